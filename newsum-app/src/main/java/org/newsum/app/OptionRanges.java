package org.newsum.app;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/** Checks the options and parameters given on a command line against their {@link Range}s. */
final class OptionRanges {

    private OptionRanges() {
    }

    /** Checks every option and parameter given on the command line of the command that will run. */
    static void check(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            List<ArgSpec> given = new java.util.ArrayList<>(p.matchedOptions());
            given.addAll(p.matchedPositionals());
            for (ArgSpec arg : given) {
                if (!(arg.userObject() instanceof Field field) || field.getAnnotation(Range.class) == null) {
                    continue;
                }
                Range range = field.getAnnotation(Range.class);
                Object value = arg.getValue();
                for (Object v : value instanceof Collection<?> c ? c : List.of(value)) {
                    if (v instanceof Number n && (n.doubleValue() < range.min() || n.doubleValue() > range.max()
                            || Double.isNaN(n.doubleValue()))) {
                        throw new CommandLine.ParameterException(p.commandSpec().commandLine(), name(arg)
                                + " must be from " + format(range.min(), n) + " to " + format(range.max(), n) + ", not "
                                + v + (range.why().isEmpty() ? "" : " (" + range.why() + ")"));
                    }
                }
            }
        }
    }

    private static String name(ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String format(double bound, Number like) {
        if (like instanceof Double || like instanceof Float) {
            return String.format(Locale.ROOT, "%s", bound);
        }
        return String.valueOf((long) bound);
    }
}
