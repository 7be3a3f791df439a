package org.newsum.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words and numbers with their offsets. A token is a run of letters and
 * digits; an apostrophe, period, hyphen or comma between two such characters stays inside it
 * ({@code don't}, {@code U.S}, {@code al-Assad}, {@code 1,000}, {@code 3.5}), and a period that
 * closes an initialism stays too ({@code U.S.}). Punctuation is not a token.
 */
public final class Tokenizer {

    /** A token's text and its offset in the tokenized string. */
    public record Span(String text, int start) {
    }

    /** The tokens of {@code text}, offsets relative to it. */
    public List<Span> tokenize(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && joins(c, text.charAt(i - 1), text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            // Keep the final period of an initialism such as "U.S." (a letter, a period, a letter, a period).
            if (i < n && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.'
                    && Character.isLetter(text.charAt(i - 1))) {
                i++;
            }
            spans.add(new Span(text.substring(start, i), start));
        }
        return spans;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-' || c == ',' || c == '‐';
    }

    /** Commas and periods join digits (1,000 / 3.5); periods also join initials (U.S); the rest join anything. */
    private static boolean joins(char joiner, char before, char after) {
        if (joiner == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (joiner == '.') {
            return (Character.isDigit(before) && Character.isDigit(after))
                    || (Character.isLetter(before) && Character.isLetter(after) && Character.isUpperCase(after)
                    && Character.isUpperCase(before));
        }
        return true;
    }
}
