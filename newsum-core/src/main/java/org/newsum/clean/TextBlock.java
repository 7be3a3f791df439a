package org.newsum.clean;

/**
 * One block of a page's text as extraction sees it: its words, the tag that holds it and how much
 * of it is link text.
 *
 * @param text         the block's text, whitespace collapsed, line breaks kept as {@code \n}
 * @param tag          the innermost block element's tag ({@code p}, {@code li}, {@code h2}, {@code tr}…)
 * @param linkDensity  the share of the text's characters that sit inside links, 0 to 1
 */
record TextBlock(String text, String tag, double linkDensity) {

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Words as budgets count them: a Chinese or Japanese paragraph is as long as its characters. */
    int words() {
        return org.newsum.model.Budget.countWords(text);
    }
}
