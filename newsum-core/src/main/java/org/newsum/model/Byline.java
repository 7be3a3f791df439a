package org.newsum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A byline read as the list of people it names, and a list of authors written as a byline: "By Ada Marsh, Tom Reed
 * and Lena Fisk" is three authors, written back as "Ada Marsh, Tom Reed and Lena Fisk".
 */
public final class Byline {

    private static final Pattern BY = Pattern.compile("^(?i:(written |reported |posted |words |story )?by)[:\\s]+");
    /** Between names: a comma, a semicolon, "and", "&", "with" (not the comma of "Jr." or a title after a name). */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:[,;]\\s*(?:(?i:and)\\s+)?|\\s(?i:and|&|with)\\s)\\s*");
    /** Parts after a comma that are not a name: "Jr.", a role ("Staff Writer"), an outlet. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(jr\\.?|sr\\.?|ii|iii|phd|md)$|\\b(reporter|writer|correspondent|editor|staff|contributor|columnist"
                    + "|associated press|reuters|news|times|post|media|wire|agency|gazette|herald|for |special to)\\b");

    private Byline() {
    }

    /** The names of a byline, in order, without "By", roles and duplicates; empty for {@code null} or blank. */
    public static List<String> names(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null || byline.isBlank()) {
            return names;
        }
        String b = BY.matcher(byline.strip().replaceAll("\\s+", " ")).replaceFirst("");
        for (String part : BETWEEN.split(b)) {
            String name = part.strip();
            if (name.isEmpty() || NOT_A_NAME.matcher(name).find() && !names.isEmpty()) {
                continue;
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The authors as a byline: "A", "A and B", "A, B and C"; {@code null} when there are none. */
    public static String of(List<String> authors) {
        if (authors == null || authors.isEmpty()) {
            return null;
        }
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }
}
