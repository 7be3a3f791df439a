package org.newsum.model;

/**
 * How long a summary may be: a number of words, sentences or characters, never exceeded.
 *
 * @param unit  what is counted
 * @param limit the maximum count, at least 1
 */
public record Budget(Unit unit, int limit) {

    /**
     * What a budget counts. Words are whitespace-separated, except that each Chinese or Japanese
     * character is a word ({@link #countWords}); characters include single spaces between sentences.
     */
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

    /** The cost of one analysed sentence: {@link #cost(String)} of its text, with the words it already counted. */
    public int cost(Sentence sentence) {
        return unit == Unit.WORDS ? sentence.wordCount() : cost(sentence.text());
    }

    /** {@link #costAfter(String, int)} of an analysed sentence, with the words it already counted. */
    public int costAfter(Sentence sentence, int count) {
        int separator = unit == Unit.CHARS && count > 0 ? 1 : 0;
        return cost(sentence) + separator;
    }

    /** The cost of adding a sentence to a summary that already holds {@code count} sentences. */
    public int costAfter(String sentence, int count) {
        int separator = unit == Unit.CHARS && count > 0 ? 1 : 0;
        return cost(sentence) + separator;
    }

    /**
     * Words as ROUGE's word limits count them: whitespace-separated tokens. A token that holds Chinese
     * or Japanese characters ({@link Scripts#isUnspacedWord}) counts each of them as a word, and each run
     * of other letters or digits in it as one more; its punctuation counts nothing. So English text
     * counts exactly as before, and {@code 北京市发布了iPhone新规。} is 9 words.
     */
    public static int countWords(String text) {
        int count = 0;
        boolean inToken = false;
        int unspaced = 0; // Chinese or Japanese characters in the current token
        int runs = 0; // runs of other letters or digits in it
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.charAt(i);
            if (c >= 0x2E80) {
                c = text.codePointAt(i);
            }
            // Printable ASCII other than the space is never whitespace: the common case, without a lookup.
            boolean space = (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
            if (space) {
                if (inToken) {
                    count += unspaced > 0 ? unspaced + runs : 1;
                }
                inToken = false;
                unspaced = 0;
                runs = 0;
                inRun = false;
            } else {
                inToken = true;
                if (Scripts.isUnspacedWord(c)) {
                    unspaced++;
                    inRun = false;
                } else if (c < 0x80 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                        : Character.isLetterOrDigit(c)) {
                    runs += inRun ? 0 : 1;
                    inRun = true;
                } else {
                    inRun = false;
                }
            }
            i += Character.charCount(c);
        }
        if (inToken) {
            count += unspaced > 0 ? unspaced + runs : 1;
        }
        return count;
    }

    @Override
    public String toString() {
        return limit + " " + unit.name().toLowerCase();
    }
}
