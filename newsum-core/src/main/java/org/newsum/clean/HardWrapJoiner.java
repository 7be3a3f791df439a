package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsum.model.Scripts;

/**
 * Joins the lines of hard-wrapped paragraphs of plain text (e-mails, text dumps, wire copy broken at
 * a fixed width) into one line each, so that the line filter judges a paragraph, not the fragments a
 * wrapper cut it into; every other line is left as it is.
 *
 * <p>Evidence, from the whole text to one line break:
 * <ol>
 *   <li>the text has a wrap width: the width {@code W} for which most breaks between consecutive lines
 *       are where a wrapper would break (the line is at most {@code W} wide, and the next line's
 *       first word would have taken it past {@code W}, give or take a quarter of {@code W} for wrappers
 *       that balance their lines), and hardly any line with a space in it is wider;</li>
 *   <li>a break is a candidate when it fits that width and the next line does not start a list item or
 *       change the indentation (an indented first line starts a paragraph). After a paragraph's first
 *       line in title case followed by a capital (a heading, a byline), the next word must not have
 *       fitted on the line at all: a heading fits a width only by chance;</li>
 *   <li>a run of candidate breaks is joined when it holds a break in mid-sentence, and its last line
 *       ends a sentence or at least a quarter of its breaks continue a clause (the next line starts in
 *       lower case, the line ends with a comma, a hyphen or a word like "of"). A list of headlines fits
 *       a width too, but none of its lines continues into the next. In a text whose breaks are mostly
 *       in mid-sentence, a paragraph cut only at sentence ends is joined too. A last line without
 *       sentence punctuation after a sentence end is furniture under a paragraph and stays out.</li>
 * </ol>
 * Short furniture lines (menus, "Share this", bylines, credits) never reach a wrap width, so they are
 * left to the line filter one by one.
 */
final class HardWrapJoiner {

    /** A line the line filter judges: one source line, or the joined lines of a wrapped paragraph. */
    record SourceLine(int number, String text) {
    }

    /** Narrower or wider lines than these are not taken for a wrap width. */
    static final int MIN_WIDTH = 20;
    static final int MAX_WIDTH = 200;
    /** How far below the width a wrapper may break a line, as a fraction 1/n of the width. */
    private static final int SLACK_FRACTION = 4;
    private static final int TAB = 8;

    private static final Pattern BULLET = Pattern.compile("^[*•·▪◦‣]\\s+\\S");
    private static final Pattern DASH_OR_NUMBER = Pattern.compile("^(?:[-–—]|\\d{1,2}[.)]|\\(\\w{1,2}\\))\\s+\\S");
    /** Words that leave a clause open at the end of a line. */
    private static final Set<String> OPEN_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
            "from", "with", "into", "onto", "over", "under", "about", "than", "between", "among", "against", "during",
            "after", "before", "through", "without", "within", "across", "toward", "towards", "via", "per", "upon",
            "because", "since", "until", "whether", "if", "and", "or", "but", "nor", "that",
            "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "his", "her", "its", "their",
            "our", "your", "my", "this", "these", "those", "who", "which", "whose", "where", "when", "while",
            "said", "says", "not", "no", "will", "would", "could", "should", "can", "may", "might", "must");
    /** Lower-case words a title may hold. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "vs");
    /** A last word that is an abbreviation ("Mr.", "U.S.", "p.m."): a period that may not end the sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\b\\p{Lu}\\p{Ll}{0,3}|\\b\\p{L}(?:\\.\\p{L})+)\\.$");

    private enum Kind { SENTENCE_END, CONTINUES, MAY_CONTINUE }

    /** One source line, measured once. */
    private record Line(String text, int indent, int width, int firstWord) {

        static Line of(String raw) {
            String text = raw.replace('\u00a0', ' ').strip();
            int indent = 0;
            for (int i = 0; i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == '\u00a0'); i++) {
                indent = raw.charAt(i) == '\t' ? (indent / TAB + 1) * TAB : indent + 1;
            }
            int space = firstSpace(text);
            return new Line(text, indent, indent + text.codePointCount(0, text.length()),
                    text.codePointCount(0, space));
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    private HardWrapJoiner() {
    }

    /** The lines of {@code text} (any line ends) as they are. */
    static List<SourceLine> split(String text) {
        String[] raw = lines(text);
        List<SourceLine> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            out.add(new SourceLine(i + 1, raw[i]));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /** The lines of {@code text} (any line ends) with the lines of each hard-wrapped paragraph joined. */
    static List<SourceLine> unwrap(String text) {
        String[] raw = lines(text);
        Line[] lines = new Line[raw.length];
        for (int i = 0; i < raw.length; i++) {
            lines[i] = raw[i].isBlank() ? new Line("", 0, 0, 0) : Line.of(raw[i]);
        }
        int width = wrapWidth(lines);
        boolean[] joined = width == 0 ? new boolean[lines.length] : joinedBreaks(lines, width);
        List<SourceLine> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 >= lines.length || !joined[i]) {
                out.add(new SourceLine(i + 1, raw[i]));
                continue;
            }
            int first = i;
            StringBuilder paragraph = new StringBuilder(lines[i].text());
            while (i + 1 < lines.length && joined[i]) {
                String next = lines[i + 1].text();
                if (!joinsWithoutSpace(paragraph, next)) {
                    paragraph.append(' ');
                }
                paragraph.append(next);
                i++;
            }
            out.add(new SourceLine(first + 1, paragraph.toString()));
        }
        return out;
    }

    /**
     * The width the text is wrapped at, or 0 when it is not wrapped: the width at which most breaks fit
     * and few lines are wider (each wider line counts against two breaks); the narrowest of equals.
     */
    private static int wrapWidth(Line[] lines) {
        int[] fitting = new int[MAX_WIDTH + 1]; // breaks that fit each width
        int[] wider = new int[MAX_WIDTH + 2]; // lines with a space in them at least this wide
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank()) {
                continue;
            }
            if (l.firstWord() < l.text().codePointCount(0, l.text().length())) {
                wider[Math.min(l.width(), MAX_WIDTH + 1)]++;
            }
            // The widths a break fits are the line's width and the next few: stop at the first that it does not.
            for (int w = Math.max(l.width(), MIN_WIDTH); i + 1 < lines.length && w <= MAX_WIDTH
                    && fits(l, lines[i + 1], w); w++) {
                fitting[w]++;
            }
        }
        for (int w = MAX_WIDTH; w >= 0; w--) {
            wider[w] += wider[w + 1];
        }
        int best = 0;
        int bestScore = 0;
        for (int w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
            int over = wider[w + 1];
            int score = fitting[w] - 2 * over;
            if (fitting[w] >= 1 && 4 * over <= fitting[w] && score > bestScore) {
                best = w;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether a wrapper at {@code width} could have broken between {@code line} and {@code next}: the
     * next word would not have fitted, or nearly so, on a line at least half as wide as the text (a quarter
     * when it would not have fitted at all: a long word wraps early in a narrow column).
     */
    private static boolean fits(Line line, Line next, int width) {
        if (line.blank() || next.blank() || line.width() > width) {
            return false;
        }
        return fitsExactly(line, next, width) ? 4 * line.width() >= width
                : 2 * line.width() >= width && line.width() + 1 + next.firstWord() > width - width / SLACK_FRACTION;
    }

    /**
     * Whether a greedy wrapper at {@code width} had to break there: the next word would not have fitted.
     * A heading fits the width only by chance, and this window is narrower than {@link #fits}'s.
     */
    private static boolean fitsExactly(Line line, Line next, int width) {
        return line.width() + 1 + next.firstWord() > width;
    }

    /** For each line, whether it is joined to the next. */
    private static boolean[] joinedBreaks(Line[] lines, int width) {
        boolean[] joined = new boolean[lines.length];
        Kind[] kinds = new Kind[lines.length];
        int firstLineIndent = firstLineIndent(lines, width);
        int start = 0; // first line of the current paragraph
        boolean item = false; // the paragraph is a list item
        boolean listSeen = false; // a list item was seen since the last blank line
        for (int i = 0; i + 1 < lines.length; i++) {
            Line line = lines[i];
            Line next = lines[i + 1];
            if (line.blank()) {
                start = i + 1;
                item = false;
                listSeen = false;
                continue;
            }
            if (i == start) {
                item = startsItem(line, i > 0 ? lines[i - 1] : null, listSeen);
                listSeen |= item;
            }
            if (next.blank()) {
                continue; // the blank line starts the next paragraph
            }
            kinds[i] = kind(line, next);
            // In a wrapped text, a line at least half as wide that goes on in lower case is cut, however short.
            boolean cut = fits(line, next, width) || line.width() <= width && 2 * line.width() >= width
                    && Character.isLowerCase(next.text().codePointAt(0));
            joined[i] = cut && !startsItem(next, line, listSeen)
                    && !changesIndent(line, next, i == start, item, firstLineIndent)
                    && !(i == start && kinds[i] == Kind.MAY_CONTINUE && isTitleCase(line.text())
                            && !fitsExactly(line, next, width));
            if (!joined[i]) {
                start = i + 1;
            }
        }
        int candidates = 0;
        int midSentence = 0;
        for (int i = 0; i < lines.length; i++) {
            if (joined[i]) {
                candidates++;
                midSentence += kinds[i] == Kind.SENTENCE_END ? 0 : 1;
            }
        }
        // Most breaks in mid-sentence: the text is wrapped, and a break at a sentence end is one more.
        boolean wrapped = midSentence > 0 && 2 * midSentence >= candidates;
        for (int i = 0; i < lines.length; ) {
            if (!joined[i]) {
                i++;
                continue;
            }
            int end = i; // the run joins lines i..end
            while (end < lines.length && joined[end]) {
                end++;
            }
            // A last line without sentence punctuation under a sentence end is furniture, not the paragraph's end.
            if (endsSentence(lines[end - 1].text()) && !isAbbreviation(lines[end - 1].text())
                    && !LineFilter.hasSentenceEnd(lines[end].text())) {
                joined[--end] = false;
            }
            if (!isWrappedParagraph(kinds, i, end, lines[end].text(), wrapped)) {
                for (int k = i; k < end; k++) {
                    joined[k] = false;
                }
            }
            i = end + 1;
        }
        return joined;
    }

    /**
     * Whether the breaks after lines {@code from..to-1} look like prose cut by a wrapper (see the class
     * comment); in a text that is {@code wrapped}, a paragraph may be cut only at sentence ends.
     */
    private static boolean isWrappedParagraph(Kind[] kinds, int from, int to, String lastLine, boolean wrapped) {
        int continues = 0;
        int mayContinue = 0;
        for (int k = from; k < to; k++) {
            if (kinds[k] == Kind.CONTINUES) {
                continues++;
            } else if (kinds[k] == Kind.MAY_CONTINUE) {
                mayContinue++;
            }
        }
        if (continues + mayContinue == 0) {
            return wrapped && endsSentence(lastLine);
        }
        return continues > 0 && 3 * continues >= mayContinue || LineFilter.hasSentenceEnd(lastLine);
    }

    /**
     * What the break between {@code line} and {@code next} says about the sentence. After a sentence end
     * it is one whatever follows: a lower-cased sentence starts in lower case too.
     */
    private static Kind kind(Line line, Line next) {
        String text = line.text();
        if (endsSentence(text) && !isAbbreviation(text)) {
            return Kind.SENTENCE_END;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isLowerCase(next.text().codePointAt(0)) || ",;:-–—(/&".indexOf(last) >= 0
                || OPEN_WORDS.contains(lastWord(text))) {
            return Kind.CONTINUES;
        }
        return Kind.MAY_CONTINUE;
    }

    private static boolean isAbbreviation(String text) {
        return ABBREVIATION_END.matcher(text).find();
    }

    private static boolean endsSentence(String text) {
        return LineFilter.hasSentenceEnd(text) && !text.endsWith(":") && !text.endsWith(";");
    }

    /**
     * Whether the line starts a list item. A dash or a number opens an item only in a list or after a
     * line that ends a sentence or a lead-in: a wrapper also puts a spaced dash of prose, or the "20." of
     * "by Oct. 20.", at a line's start.
     */
    private static boolean startsItem(Line line, Line previous, boolean listSeen) {
        if (BULLET.matcher(line.text()).lookingAt()) {
            return true;
        }
        if (!DASH_OR_NUMBER.matcher(line.text()).lookingAt()) {
            return false;
        }
        return listSeen || previous == null || previous.blank()
                || LineFilter.hasSentenceEnd(previous.text()) && !isAbbreviation(previous.text());
    }

    /**
     * Whether {@code next} is indented differently from {@code line} in a way that starts a paragraph:
     * more (an indented first line; under a list item's first line, more is its hanging indent), or less
     * after a paragraph's second line. In a text whose paragraphs start with an indented first line
     * ({@code firstLineIndent}, see {@link #firstLineIndent}), any line indented that much starts one,
     * also after a one-line paragraph as indented as it is.
     */
    private static boolean changesIndent(Line line, Line next, boolean lineStartsParagraph, boolean item,
            int firstLineIndent) {
        if (next.indent() > line.indent()) {
            return !(lineStartsParagraph && item);
        }
        if (next.indent() < line.indent()) {
            return !lineStartsParagraph;
        }
        return firstLineIndent > 0 && next.indent() >= firstLineIndent && !item;
    }

    /**
     * The least indentation of a paragraph's first line in a text whose paragraphs are marked by an
     * indented first line, or 0: the smallest indentation of a line after which the paragraph goes on,
     * in mid-sentence, less indented.
     */
    private static int firstLineIndent(Line[] lines, int width) {
        int least = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            Line line = lines[i];
            Line next = lines[i + 1];
            if (!line.blank() && !next.blank() && next.indent() < line.indent() && fits(line, next, width)
                    && kind(line, next) != Kind.SENTENCE_END && (least == 0 || line.indent() < least)) {
                least = line.indent();
            }
        }
        return least;
    }

    /** Whether every word of the line is capitalized but for small words such as "of": a heading, a byline. */
    static boolean isTitleCase(String text) {
        int capitalized = 0;
        for (String word : text.split("\\s+")) {
            int i = 0;
            while (i < word.length() && !Character.isLetter(word.codePointAt(i))) {
                i += Character.charCount(word.codePointAt(i));
            }
            if (i == word.length()) {
                continue; // a number or a sign
            }
            int c = word.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                capitalized++;
            } else if (capitalized == 0 || !TITLE_SMALL_WORDS.contains(word.substring(i))) {
                return false;
            }
        }
        return capitalized >= 2;
    }

    /** The last word of the text if it is made of letters, else "". */
    private static String lastWord(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start > 0 && !Character.isWhitespace(text.charAt(start - 1)) ? "" : text.substring(start, end);
    }

    /**
     * Whether two lines of a paragraph join without a space: after a hyphen or dash that follows a letter
     * (a wrapper breaks "well-known" after the hyphen), and between characters of scripts written without
     * spaces (Chinese, Japanese).
     */
    private static boolean joinsWithoutSpace(CharSequence paragraph, String next) {
        int n = paragraph.length();
        char last = paragraph.charAt(n - 1);
        int first = next.codePointAt(0);
        if ("-–—".indexOf(last) >= 0 && n > 1 && Character.isLetterOrDigit(paragraph.charAt(n - 2))) {
            return Character.isLetterOrDigit(first);
        }
        return Scripts.isUnspacedWord(Character.codePointBefore(paragraph, n)) || Scripts.isUnspacedWord(first);
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
