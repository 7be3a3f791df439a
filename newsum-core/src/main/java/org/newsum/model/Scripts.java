package org.newsum.model;

/**
 * What every stage needs to know about scripts other than the Latin alphabet: which characters are
 * words on their own and which end a sentence. Chinese and Japanese are written without spaces
 * between words, so each Han ideograph and each kana counts as one word, as word processors count
 * East Asian text (Korean is written with spaces and counts by them, like English). Sentences may end
 * with the ideographic full stop and full-width marks ({@code 。！？}), the Devanagari danda
 * ({@code ।}) or the Arabic question mark ({@code ؟}) as well as with {@code . ! ?}.
 */
public final class Scripts {

    /** Full stops and exclamation marks beyond ASCII: a statement may end with one. */
    private static final String STATEMENT_ENDS = "。！｡।॥";
    /** Question marks beyond ASCII. */
    private static final String QUESTION_MARKS = "？؟";
    /** Closing quotation marks and brackets of CJK text that may follow a sentence's last mark. */
    private static final String CJK_CLOSERS = "」』）】〕〉》";

    private Scripts() {
    }

    /** Whether the code point is a word by itself: a Han ideograph, a kana or the katakana length mark. */
    public static boolean isUnspacedWord(int codePoint) {
        if (codePoint < 0x2E80) { // below the CJK radicals: most text, without a script lookup
            return false;
        }
        if (codePoint == 0x30FC) { // ー lengthens a katakana vowel; Unicode files it under no script
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) && Character.isLetter(codePoint);
    }

    /** Whether {@code c} ends a statement in a script whose full stop is not the ASCII period. */
    public static boolean isOtherStatementEnd(char c) {
        return c >= 0x900 && STATEMENT_ENDS.indexOf(c) >= 0;
    }

    /** Whether {@code c} is a question mark other than the ASCII one. */
    public static boolean isOtherQuestionMark(char c) {
        return c >= 0x600 && QUESTION_MARKS.indexOf(c) >= 0;
    }

    /** Whether {@code c} is a closing quotation mark or bracket of CJK text. */
    public static boolean isCjkCloser(char c) {
        return c >= 0x3000 && CJK_CLOSERS.indexOf(c) >= 0;
    }
}
