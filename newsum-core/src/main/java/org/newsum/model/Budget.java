package org.newsum.model;

/**
 * How long a summary may be: a number of words, sentences or characters, never exceeded.
 *
 * @param unit  what is counted
 * @param limit the maximum count, at least 1
 */
public record Budget(Unit unit, int limit) {

    /** What a budget counts. Words are whitespace-separated; characters include single spaces between sentences. */
    public enum Unit { WORDS, SENTENCES, CHARS }

    public static final Budget DEFAULT = new Budget(Unit.WORDS, 120);

    public Budget {
        if (limit < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + limit);
        }
    }

    public static Budget words(int n) {
        return new Budget(Unit.WORDS, n);
    }

    public static Budget sentences(int n) {
        return new Budget(Unit.SENTENCES, n);
    }

    public static Budget chars(int n) {
        return new Budget(Unit.CHARS, n);
    }

    /** The cost of one sentence in this budget's unit, not counting the separator before it. */
    public int cost(String sentence) {
        return switch (unit) {
            case WORDS -> countWords(sentence);
            case SENTENCES -> 1;
            case CHARS -> sentence.length();
        };
    }

    /** The cost of adding a sentence to a summary that already holds {@code count} sentences. */
    public int costAfter(String sentence, int count) {
        int separator = unit == Unit.CHARS && count > 0 ? 1 : 0;
        return cost(sentence) + separator;
    }

    /** Whitespace-separated words, as ROUGE's word limits count them. */
    public static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Printable ASCII other than the space is never whitespace: the common case, without a lookup.
            boolean space = (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    @Override
    public String toString() {
        return limit + " " + unit.name().toLowerCase();
    }
}
