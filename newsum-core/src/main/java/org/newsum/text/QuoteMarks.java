package org.newsum.text;

/**
 * The double quotation marks in a stretch of text, counted in one pass for every check that asks whether
 * quotations there open, close or balance: curly openers and closers, straight marks (which open and close
 * alike), and the curly openers still unclosed at the end, where a closer with nothing open closes nothing.
 */
public record QuoteMarks(int opening, int closing, int straight, int unclosed) {

    /** The marks of {@code text[start, end)}. */
    public static QuoteMarks of(String text, int start, int end) {
        int opening = 0;
        int closing = 0;
        int straight = 0;
        int unclosed = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                opening++;
                unclosed++;
            } else if (c == '”') {
                closing++;
                unclosed = Math.max(0, unclosed - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return new QuoteMarks(opening, closing, straight, unclosed);
    }

    /** The marks of the whole text. */
    public static QuoteMarks of(String text) {
        return of(text, 0, text.length());
    }

    /** As many curly closers as openers, and the straight marks in pairs. */
    public boolean balanced() {
        return opening == closing && straight % 2 == 0;
    }

    /** Whether the text opens a quotation it does not close: a curly opener left open, or an odd straight mark. */
    public boolean opensQuotation() {
        return unclosed > 0 || straight % 2 == 1;
    }

    /** Marks that can close a quotation: curly closers and straight marks. */
    public int closers() {
        return closing + straight;
    }
}
