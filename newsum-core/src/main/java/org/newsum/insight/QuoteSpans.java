package org.newsum.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quotation spans of one article body, in text order: double quotation marks (curly, straight, guillemets)
 * paired within a paragraph, and, as news style writes a quote of several paragraphs, an opening mark left
 * unclosed at a paragraph's end running to that end and continuing into the next paragraph when it opens with
 * a mark again. Curly single marks pair only outside double ones (inside they are a quote within the quote). Titles
 * of works in quotation marks ({@code the film “The Long Night at Sea”}) are not quotes. Pure.
 */
final class QuoteSpans {

    /** Fewer words than this make no quote at all ("“yes”" is a word quoted, not a statement). */
    private static final int MIN_WORDS = 2;
    /** A title is short: longer runs of capitalized words are headlines quoted whole, rarely work titles. */
    private static final int MAX_TITLE_WORDS = 10;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "vs", "as", "is", "but", "nor");
    /** Nouns and verbs that announce a title: {@code the book “...”}, {@code a show called “...”}. */
    // Compiled once: String.matches and replaceAll compile their pattern at every call.
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ENDS_IN_MARK = Pattern.compile(".*[.!?,;:…]$");
    private static final Pattern ENDS_IN_STOP = Pattern.compile(".*[.!?]$");
    private static final Pattern TITLE_CUE = Pattern.compile("(?i)\\b(book|memoir|novel|film|movie|documentary|show|"
            + "series|song|album|play|musical|opera|poem|article|essay|column|op-ed|headline|report|program|"
            + "programme|podcast|titled|entitled|called|dubbed|named)\\W*$");

    /**
     * One quotation span.
     *
     * @param open      offset of the opening mark
     * @param close     offset of the closing mark, or the paragraph's end when the quote runs on
     * @param start     first character of the quoted text (after the mark and spaces)
     * @param text      the quoted text, trimmed, without a trailing comma
     * @param paragraph index of the paragraph, counted from 0 over non-blank lines
     * @param runsOn    whether the quote is left open at the paragraph's end
     * @param continues whether it goes on with the previous paragraph's open quote
     */
    record Span(int open, int close, int start, String text, int paragraph, boolean runsOn, boolean continues) {

        int end() {
            return start + text.length();
        }
    }

    private QuoteSpans() {
    }

    /** The quotation spans of a body, in order of their opening marks. */
    static List<Span> of(String body) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        int paragraph = -1;
        boolean open = false; // the previous paragraph ended inside a quotation
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            if (!body.substring(lineStart, lineEnd).isBlank()) {
                paragraph++;
                open = paragraph(body, lineStart, lineEnd, paragraph, open, out);
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(out);
    }

    /** The spans of one paragraph; true when it ends inside an open quotation. */
    private static boolean paragraph(String body, int from, int to, int paragraph, boolean wasOpen, List<Span> out) {
        int first = from;
        while (first < to && Character.isWhitespace(body.charAt(first))) {
            first++;
        }
        int openAt = -1;
        char opener = 0;
        List<int[]> doubles = new ArrayList<>();
        for (int i = first; i < to; i++) {
            char c = body.charAt(i);
            if (openAt < 0) {
                if (c == '“' || c == '«' || c == '"' && opensStraight(body, i, from, to)) {
                    openAt = i;
                    opener = c;
                }
            } else if (c == '”' && opener == '“' || c == '»' && opener == '«' || c == '"' && opener == '"'
                    || (c == '"' || c == '“') && opener == '“' && !opensStraight(body, i, from, to)
                    || c == '”' && opener == '"') {
                doubles.add(new int[] {openAt, i});
                openAt = -1;
            }
        }
        boolean runsOn = openAt >= 0;
        int before = out.size();
        for (int[] d : doubles) {
            add(body, d[0], d[1], paragraph, false, wasOpen && d[0] == first, out);
        }
        if (runsOn) {
            add(body, openAt, to, paragraph, true, wasOpen && openAt == first, out);
        }
        singles(body, first, to, doubles, runsOn ? openAt : to, paragraph, out);
        out.subList(before, out.size()).sort(java.util.Comparator.comparingInt(Span::open));
        return runsOn;
    }

    /** A straight mark opens where a word starts after it: at the paragraph's start or after a space or bracket. */
    private static boolean opensStraight(String body, int i, int from, int to) {
        boolean spaceBefore = i == from || Character.isWhitespace(body.charAt(i - 1)) || "([—–-".indexOf(body.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < to && !Character.isWhitespace(body.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    /** Curly singles outside the double-quoted stretches: an opener after a space, a closer that ends a word. */
    private static void singles(String body, int from, int to, List<int[]> doubles, int openFrom, int paragraph,
                                List<Span> out) {
        int i = from;
        while (i < to) {
            int open = body.indexOf('‘', i);
            if (open < 0 || open >= to || open >= openFrom) {
                return;
            }
            if (inside(open, doubles) || open > from && Character.isLetterOrDigit(body.charAt(open - 1))) {
                i = open + 1;
                continue;
            }
            int close = open + 1;
            while (close >= 0) {
                close = body.indexOf('’', close);
                if (close < 0 || close >= to) {
                    return;
                }
                if (close + 1 < to && Character.isLetter(body.charAt(close + 1))) {
                    close++; // an apostrophe inside: "harbour’s"
                    continue;
                }
                break;
            }
            add(body, open, close, paragraph, false, false, out);
            i = close + 1;
        }
    }

    private static boolean inside(int at, List<int[]> spans) {
        for (int[] s : spans) {
            if (at > s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static void add(String body, int open, int close, int paragraph, boolean runsOn, boolean continues,
                            List<Span> out) {
        int start = open + 1;
        while (start < close && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        String text = TRAILING_COMMAS.matcher(body.substring(start, close).strip()).replaceAll("");
        if (QuoteFinder.words(text).size() < MIN_WORDS || isTitle(body, open, text)) {
            return;
        }
        out.add(new Span(open, close, start, text, paragraph, runsOn, continues));
    }

    /**
     * Whether quoted words are the title of a work: a few words with no comma or mark at the end (a stop may be the
     * sentence's, set inside the marks), either
     * capitalized right after a word that announces a title ("the book", "titled"), or every one but the small ones
     * capitalized and not opening a sentence of their own.
     */
    static boolean isTitle(String body, int open, String text) {
        String lead = body.substring(Math.max(0, open - 30), open);
        // American style sets the sentence's stop inside the marks: "on “Meet the Harbour.”" ends with the title.
        text = text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
        String[] words = WHITESPACE.split(text);
        if (words.length > MAX_TITLE_WORDS || ENDS_IN_MARK.matcher(text).matches() || text.isEmpty()) {
            return false;
        }
        if (TITLE_CUE.matcher(lead).find() && Character.isUpperCase(text.charAt(0))) {
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
            boolean small = i > 0 && TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
            if (!small && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        // Capitals after a sentence's end are every sentence's: "He said: “Come Home”" is speech quoted.
        String before = lead.stripTrailing();
        return !before.isEmpty() && !before.endsWith(":") && !ENDS_IN_STOP.matcher(before).matches();
    }
}
