package org.newsum.text;

/**
 * Whether a text carries letter case, so that rules reading capitals (where a sentence starts, what an
 * initial is) know when they may. Real prose capitalizes names and acronyms inside sentences: in news a
 * tenth of the words after a sentence's first are capitalized, in dense scientific prose still one in a
 * hundred. Text lower-cased for a corpus (with only its sentence starts put back) has none there, and
 * scripts without capitals have none at all; in both, a capital says nothing.
 */
public final class LetterCase {

    /** Fewer words inside sentences than this are too little evidence: the text is taken to carry case. */
    static final int MIN_WORDS = 40;
    /** Capitalized words inside sentences below one in this many: the text does not carry case. */
    static final int WORDS_PER_CAPITAL = 200;

    private LetterCase() {
    }

    /**
     * Whether {@code text} carries case: of its words that do not open a sentence (a word after {@code . ! ?}
     * or a line break opens one), at least one in {@value #WORDS_PER_CAPITAL} starts with a capital, counted over
     * the whole text or over its start once that holds {@value #MIN_WORDS} such words (cased text shows it in
     * its first sentences, and the scan stops there); or there are fewer than {@value #MIN_WORDS} to tell.
     */
    public static boolean carried(CharSequence text) {
        int inside = 0;
        int capitalized = 0;
        boolean opening = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!opening) {
                    inside++;
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        capitalized++;
                    }
                    if (inside >= MIN_WORDS && (long) capitalized * WORDS_PER_CAPITAL >= inside) {
                        return true; // the verdict for cased text comes within its first sentences: read no further
                    }
                }
                opening = false;
                i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                        || text.charAt(i) == '’' || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                opening = true;
            }
            i++;
        }
        return inside < MIN_WORDS || (long) capitalized * WORDS_PER_CAPITAL >= inside;
    }
}
