package org.newsum.text;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Scripts;

/**
 * Splits a sentence into words and numbers with their offsets. A token is a run of letters and
 * digits, read by code point, with the combining marks that follow them ({@code e} and an acute
 * accent, Devanagari vowel signs) inside it; an apostrophe, period, hyphen or comma between two such
 * characters stays inside it ({@code don't}, {@code U.S}, {@code al-Rashid}, {@code 1,000},
 * {@code 3.5}), and a period that closes an initialism stays too ({@code U.S.}). Punctuation is not a token.
 * A Chinese or Japanese character is a token by itself, as it is a word by itself
 * ({@link Scripts#isUnspacedWord}): their text has no spaces to find words by, and single characters
 * and their pairs are what search engines index such text by.
 */
public final class Tokenizer {

    /** A token's text and its offset in the tokenized string. */
    public record Span(String text, int start) {
    }

    /** Where a token lies in the tokenized string: [start, end). */
    @FunctionalInterface
    public interface RangeSink {
        void token(int start, int end);
    }

    /** The tokens of {@code text}, offsets relative to it. */
    public List<Span> tokenize(String text) {
        List<Span> spans = new ArrayList<>();
        tokenize(text, (start, end) -> spans.add(new Span(text.substring(start, end), start)));
        return spans;
    }

    /**
     * The same tokens as {@link #tokenize(String)}, given as ranges, in order: a caller that looks words
     * up by their characters need not make a string of each.
     */
    public void tokenize(String text, RangeSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = afterMarks(text, i + Character.charCount(c));
            while (i < n && !Scripts.isUnspacedWord(c)) {
                int d = text.codePointAt(i);
                if (Scripts.isUnspacedWord(d)) {
                    break;
                } else if (Character.isLetterOrDigit(d)) {
                    i = afterMarks(text, i + Character.charCount(d));
                } else if (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))
                        && !Scripts.isUnspacedWord(text.codePointAt(i + 1))
                        && joins(d, text.codePointBefore(i), text.codePointAt(i + 1))) {
                    i = afterMarks(text, i + 1 + Character.charCount(text.codePointAt(i + 1)));
                } else {
                    break;
                }
            }
            // Keep the final period of an initialism such as "U.S." (a letter, a period, a letter, a period).
            if (i < n && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.'
                    && Character.isLetter(text.charAt(i - 1))) {
                i = afterMarks(text, i + 1);
            }
            sink.token(start, i);
        }
    }

    /** The offset after the combining marks at {@code i}: they belong to the letter before them. */
    private static int afterMarks(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c < 0x300) { // no combining mark comes before U+0300: Latin text without a lookup
                break;
            }
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '’' || c == '.' || c == '-' || c == ',' || c == '‐';
    }

    /** Commas and periods join digits (1,000 / 3.5); periods also join initials (U.S); the rest join anything. */
    private static boolean joins(int joiner, int before, int after) {
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
