package org.newsum.app;

import java.util.Iterator;
import java.util.List;

import org.newsum.Newsum;
import org.newsum.eval.Evaluation;
import org.newsum.model.Method;

import picocli.CommandLine;

/**
 * Converts a method name given on the command line, in any case, into its {@link Method} ({@link Method#byName}
 * says when a name is unknown): commands that summarize take the façade's methods; the evaluating ones
 * ({@link Evaluating}) take the oracle too.
 */
public class MethodConverter implements CommandLine.ITypeConverter<Method> {

    private final List<Method> methods;

    /** The façade's methods. */
    public MethodConverter() {
        this(Newsum.methods());
    }

    MethodConverter(List<Method> methods) {
        this.methods = methods;
    }

    @Override
    public Method convert(String name) {
        try {
            return Method.byName(name, methods);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    private static List<String> names(List<Method> methods) {
        return methods.stream().map(Method::name).toList();
    }

    /** The methods an evaluation runs: the façade's and the oracle. */
    public static final class Evaluating extends MethodConverter {
        public Evaluating() {
            super(Evaluation.methods());
        }
    }

    /** The façade's method names, the default first: for help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(Newsum.methods()).iterator();
        }
    }

    /** The names an evaluation runs, the oracle last: for help and completion. */
    public static final class EvaluatingNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(Evaluation.methods()).iterator();
        }
    }

    /** The default method as the default of {@code --method}, so that help names it: a command's default provider. */
    public static final class Default implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(CommandLine.Model.ArgSpec arg) {
            return arg instanceof CommandLine.Model.OptionSpec o && o.longestName().equals("--method")
                    ? Newsum.defaultMethod().name() : null;
        }
    }
}
