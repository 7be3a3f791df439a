package org.newsum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry of newsum's one catalogue of messages: a {@link Reason} something was removed, or the kind of a
 * {@link Notice}. Each has a stable code and a message template; programs match the code, people read the
 * message.
 *
 * <p>Codes are a letter and three digits, as spaCy numbers its errors and warnings: {@code R} for a reason a
 * page element, text block, line or article was removed ({@code R1xx} site furniture, {@code R2xx} whole
 * articles), {@code N} for a notice ({@code N1xx} about reading the input, {@code N2xx} about cleaning,
 * {@code N3xx} about the summary), {@code Q} for why a quote has no speaker ({@link Unattributed}). A code never changes meaning and is never reused; a message may be
 * reworded. Templates name their parameters in braces ({@code "{input}: not valid UTF-8, read as {charset}"}),
 * filled in order by the entry's typed factory.
 */
public sealed interface Code permits Reason, Notice.Kind, Unattributed {

    /** The stable code, e.g. {@code "R101"}. */
    String code();

    /** The message with its parameters in braces, e.g. {@code "language: {language} (cluster is {cluster})"}. */
    String template();

    /** The names of the template's parameters, in order. */
    default List<String> parameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(template());
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** {@code {name}} in a template. */
    Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** The template with each parameter replaced by the value in the same position. */
    static String render(Code code, Object... values) {
        Matcher m = PARAMETER.matcher(code.template());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            if (i == values.length) {
                throw new IllegalArgumentException(code.code() + " needs " + code.parameters());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values[i++])));
        }
        if (i != values.length) {
            throw new IllegalArgumentException(code.code() + " takes " + code.parameters());
        }
        m.appendTail(out);
        return out.toString();
    }
}
