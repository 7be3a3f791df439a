package org.newsum.clean;

/**
 * One block of a page's text as extraction sees it: its words, the tag that holds it and how much
 * of it is link text.
 *
 * @param text         the block's text, whitespace collapsed, line breaks kept as {@code \n}
 * @param tag          the innermost block element's tag ({@code p}, {@code li}, {@code h2}, {@code tr}…)
 * @param linkDensity  the share of the text's characters that sit inside links, 0 to 1
 * @param words        the text's words as budgets count them ({@link org.newsum.model.Budget#countWords}): a
 *                     Chinese or Japanese paragraph is as long as its characters
 */
record TextBlock(String text, String tag, double linkDensity, int words) {

    /** A block of {@code text}, its words counted once here: the filters ask for them several times. */
    TextBlock(String text, String tag, double linkDensity) {
        this(text, tag, linkDensity, org.newsum.model.Budget.countWords(text));
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
