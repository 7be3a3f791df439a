package org.newsum.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import org.newsum.model.Scripts;

/**
 * Splits one paragraph into sentences with character offsets. OpenNLP's English sentence model
 * proposes the boundaries; two rule passes correct what it gets wrong in news text: it never splits
 * after a title, an initial or an initialism that continues the sentence ({@code Mr. Okafor},
 * {@code J.P. Lindqvist}, {@code U.K. -Norway}), and it does split after a closing quotation followed
 * by a new capitalized sentence. A quotation of several sentences stays one unit, so that no
 * sentence starts inside a quotation ({@code "Not yet. Not before the tide turns," she said.}). A third
 * pass splits after the sentence ends of Chinese, Japanese, Hindi and Arabic ({@code 。！？।؟}), which
 * the English model passes over. Sentences glued without a space ({@code ...a delay.But the ...}) are split, and
 * a closing bracket or quotation mark the model put at the start of the next sentence goes back to the one it
 * closes. In text that carries no case ({@link LetterCase}) the rules that read capitals read letters instead:
 * {@code u.s.} is an initialism and {@code d.} an initial as {@code U.S.} and {@code D.} are.
 * Not thread-safe: use one per thread.
 */
public final class SentenceSplitter {

    /** The sentence model shipped in {@code opennlp-models-sentdetect-en}. */
    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final SentenceModel SHARED_MODEL = loadModel();
    /** Whether the model weighs exactly '.', '!' and '?' and ends a sentence after the token, as {@link #detect} assumes. */
    private static final boolean KNOWN_ENDS = SHARED_MODEL.useTokenEnd()
            && new String(SHARED_MODEL.getFactory().getEOSCharacters()).chars().sorted()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                    .equals("!.?");

    /** Abbreviations that are not sentence ends when a name or a lower-case word follows. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "capt", "cpl", "maj", "adm", "prof", "rev", "hon", "pres", "supt", "det",
            "insp", "fr", "sr", "jr", "messrs", "cmdr", "cdr", "atty", "sens", "reps", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "aug", "sept",
            "sep", "oct", "nov", "dec", "approx", "est", "dept", "univ", "inc", "corp", "co", "ltd", "bros",
            "ave", "blvd", "rd", "e.g", "i.e", "cf", "al", "fig");
    /** Words that end an abbreviation but may also end a sentence (then a capitalized word follows). */
    private static final Set<String> COMPANY = Set.of("inc", "corp", "co", "ltd", "bros", "jr", "sr");
    /** Capitalized words that usually start a new sentence, so "... the U.K. The ..." is split. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they",
            "we", "i", "you", "but", "and", "this", "that", "these", "those", "there", "in", "on", "at", "his",
            "her", "their", "its", "our", "as", "after", "before", "when", "while", "if", "so", "yet", "for",
            "some", "many", "most", "one", "two", "officials", "meanwhile", "however", "still", "also");

    private static final int MAX_QUOTE_MERGES = 4;
    /** The longest last word (letters and periods, as "R.C." or "U.S.") an abbreviation check reads. */
    private static final int MAX_LAST_WORD = 200;
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.$");
    private static final Pattern INITIALISM_THEN_WORD = Pattern.compile("\\b((?:\\p{Lu}\\.){2,})\\s+(\\p{Lu}\\p{Ll}*)\\b");
    private static final Pattern CASELESS_INITIALISM_THEN_WORD = Pattern.compile(
            "\\b((?:\\p{L}\\.){2,})\\s+(\\p{Lu}\\p{Ll}*)\\b");
    /** What every match of {@link #INITIALISM_THEN_WORD} holds; far cheaper to look for than a match. */
    private static final Pattern INITIALISM_CUE = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\.");
    private static final Pattern CASELESS_INITIALISM_CUE = Pattern.compile("\\p{L}\\.\\p{L}\\.");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)*\\p{L}");
    private static final Pattern CAPITAL_INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");
    private static final Pattern CASELESS_INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}");
    /** A lower-case initialism that a name or day may follow in any text: {@code a.m.}, {@code p.m.}. */
    private static final Pattern LOWER_INITIALISM = Pattern.compile("(\\p{Ll}\\.)+\\p{Ll}");
    /**
     * Two sentences glued without a space: a word ending in two lower-case letters (not an initialism such as
     * {@code e.g.}), its end mark and any closing quotation mark, then a capitalized word (or "I"), after an opening
     * quotation mark if any ({@code ...a delay."The}: a straight mark between a stop and a letter opens). Only where text
     * carries case, and not inside a web or mail address.
     */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll})([.!?][”’]?)(?=[“‘\"]?\\p{Lu}[\\p{Ll}'’ ])");
    /** What every match of {@link #GLUED} holds: an end mark right before a letter or an opening quotation mark. */
    private static final Pattern GLUED_CUE = Pattern.compile("\\p{Ll}[.!?][”’]?[“‘\"]?\\p{Lu}");
    /** A number that ends a sentence, which the model reads on into the next: {@code ...on Sept. 3. Although...}. */
    private static final Pattern NUMBER_END = Pattern.compile("(\\d\\.)\\s+(?=[\"“]?\\p{Lu}\\p{Ll})");
    /** A sentence in brackets ended inside them, then the next sentence: {@code (... in the room.) "So ...}. */
    private static final Pattern BRACKET_END = Pattern.compile("(\\p{Ll}[.!?][)\\]])\\s+(?=[\"“‘]?\\p{Lu})");
    /** Fewer words in brackets than this is an aside such as {@code (R-Calif.)}, not a sentence. */
    private static final int MIN_BRACKETED_WORDS = 3;
    private static final Pattern QUOTE_BOUNDARY = Pattern.compile("([.!?][\"”’])\\s+(?=[\"“‘]?\\p{Lu})");
    /**
     * Detokenized text spaces its straight quotation marks ({@code ... a sad day. " the pier ...}): after a stop, a
     * straight mark with space on both sides ends a sentence where it closes a quotation, and one after the stop
     * starts the next where it opens one. Which it does, only counting the marks before it tells.
     */
    private static final Pattern SPACED_QUOTE = Pattern.compile("[.!?](\\s\"|(?=\\s+\"\\s))(?=\\s+\"?\\s?\\p{L})");
    /**
     * Sentence ends the English model does not know: the ideographic full stop and full-width marks,
     * with the closing quotation marks and brackets after them ({@code 。」}), the danda, the Arabic
     * question mark. Chinese and Japanese put no space after them.
     */
    private static final Pattern OTHER_STOP = Pattern.compile("([。！？｡।॥؟]+[”’」』）)】〕〉》]*)(?=\\s*\\S)");

    private final SentenceDetectorME detector = new SentenceDetectorME(SHARED_MODEL);

    /** The sentence model every splitter shares, loaded once. */
    static SentenceModel sharedModel() {
        return SHARED_MODEL;
    }

    /**
     * The model's sentences, without asking it where its answer is already known. The model weighs only a
     * '.', '!' or '?' that ends a whitespace-delimited token, and ends a sentence after that token; so when
     * no such mark lies before the paragraph's last token, every answer it can give is the whole paragraph,
     * trimmed of its white space (one sentence per paragraph is common in news).
     */
    Span[] detect(String paragraph) {
        int end = paragraph.length();
        while (end > 0 && StringUtil.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && StringUtil.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        if (start == end || !KNOWN_ENDS) {
            return detector.sentPosDetect(paragraph);
        }
        int lastToken = end;
        while (lastToken > start && !StringUtil.isWhitespace(paragraph.charAt(lastToken - 1))) {
            lastToken--;
        }
        for (int i = start; i < lastToken; i++) {
            char c = paragraph.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return detector.sentPosDetect(paragraph);
            }
        }
        return new Span[] {new Span(start, end)};
    }

    /** Offsets [start, end) of the sentences of {@code paragraph} of text that carries case, trimmed of surrounding space. */
    public List<int[]> split(String paragraph) {
        return split(paragraph, true);
    }

    /**
     * Offsets [start, end) of the sentences of {@code paragraph}, trimmed of surrounding space, in text that carries
     * case or not ({@link LetterCase#carried}).
     */
    public List<int[]> split(String paragraph, boolean cased) {
        List<int[]> spans = new ArrayList<>();
        for (Span s : detect(paragraph)) {
            spans.add(new int[] {s.getStart(), s.getEnd()});
        }
        if (spans.isEmpty() && !paragraph.isBlank()) {
            spans.add(new int[] {0, paragraph.length()});
        }
        spans = splitAtClosingQuotes(paragraph, spans);
        if (paragraph.contains(" \" ")) {
            spans = splitAtSpacedQuotes(paragraph, spans, cased);
        }
        if (hasOtherStop(paragraph)) {
            spans = splitAt(paragraph, spans, OTHER_STOP, m -> true);
        }
        if (cased && GLUED_CUE.matcher(paragraph).find()) {
            spans = splitAt(paragraph, spans, GLUED, m -> !inAddress(paragraph, m.start()));
        }
        if (hasStopAfter(paragraph, true)) {
            spans = splitAt(paragraph, spans, NUMBER_END, m -> true);
        }
        if (hasStopAfter(paragraph, false)) {
            spans = splitAt(paragraph, spans, BRACKET_END, m -> bracketedSentence(paragraph, m.end(1)));
        }
        if ((cased ? INITIALISM_CUE : CASELESS_INITIALISM_CUE).matcher(paragraph).find()) {
            spans = splitAfterInitialisms(paragraph, spans, cased);
        }
        spans = mergeAfterAbbreviations(paragraph, spans, cased);
        spans = closersToTheSentenceTheyClose(paragraph, spans);
        spans = mergeOpenQuotations(paragraph, spans);
        List<int[]> trimmed = new ArrayList<>();
        for (int[] s : spans) {
            int start = s[0];
            int end = s[1];
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                trimmed.add(new int[] {start, end});
            }
        }
        return trimmed;
    }

    /** Whether the text holds a sentence end of {@link #OTHER_STOP}: far cheaper to look for than a match. */
    private static boolean hasOtherStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x600 && (Scripts.isOtherStatementEnd(c) || Scripts.isOtherQuestionMark(c))) {
                return true;
            }
        }
        return false;
    }

    /** Splits {@code ...here." The next} where the model kept both in one sentence. */
    private static List<int[]> splitAtClosingQuotes(String text, List<int[]> spans) {
        return splitAt(text, spans, QUOTE_BOUNDARY, m -> true);
    }

    private static int straightMarks(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the text has a stop after a digit followed by a space ({@link #NUMBER_END}), or a stop before a closing
     * bracket ({@link #BRACKET_END}): a scan far cheaper than either pattern's search, which most paragraphs fail.
     */
    private static boolean hasStopAfter(String text, boolean digit) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (digit ? i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1))
                    : i + 1 < text.length() && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == ']')) {
                return true;
            }
        }
        return !digit && (text.contains("!)") || text.contains("?)"));
    }

    /** Whether the text at {@code at} lies in a web or mail address: its run of non-space holds a slash, "@" or "www.". */
    private static boolean inAddress(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String piece = text.substring(start, end);
        return piece.indexOf('/') >= 0 || piece.indexOf('@') >= 0 || piece.contains("www.");
    }

    /** Whether the brackets closed just before {@code end} hold a sentence of a few words, not a short aside. */
    private static boolean bracketedSentence(String text, int end) {
        char close = text.charAt(end - 1);
        int open = text.lastIndexOf(close == ')' ? '(' : '[', end - 1);
        return open >= 0 && text.substring(open + 1, end - 1).strip().split("\\s+").length >= MIN_BRACKETED_WORDS;
    }

    /**
     * Splits at the {@link #SPACED_QUOTE}s: after a closing mark ({@code day. "} | {@code the pier}), before an opening
     * one ({@code day.} | {@code " we}); where text carries case, only before a capital.
     */
    private static List<int[]> splitAtSpacedQuotes(String text, List<int[]> spans, boolean cased) {
        int[] before = new int[text.length() + 1]; // straight marks before each offset
        for (int i = 0; i < text.length(); i++) {
            before[i + 1] = before[i] + (text.charAt(i) == '"' ? 1 : 0);
        }
        return splitAt(text, spans, SPACED_QUOTE, m -> {
            int quote = text.indexOf('"', m.start());
            boolean closes = before[quote] % 2 == 1;
            boolean closing = m.end(1) > m.start(1); // the mark is in the sentence that ends
            int next = m.end();
            while (next < text.length() && !Character.isLetter(text.charAt(next))) {
                next++;
            }
            return closes == closing && next < text.length() && (!cased || Character.isUpperCase(text.charAt(next)));
        });
    }

    /** Splits {@code ...moved to the U.K. The move...}, which the model reads as one sentence. */
    private static List<int[]> splitAfterInitialisms(String text, List<int[]> spans, boolean cased) {
        return splitAt(text, spans, cased ? INITIALISM_THEN_WORD : CASELESS_INITIALISM_THEN_WORD,
                m -> SENTENCE_STARTERS.contains(m.group(2).toLowerCase(Locale.ROOT)));
    }

    /**
     * Moves closing brackets and quotation marks that open a sentence ({@code ) The deal ...}, {@code " the pier ...})
     * to the end of the sentence before, which they close: the model splits after a full stop inside them. A
     * straight mark closes when an odd number of them comes before it.
     */
    private static List<int[]> closersToTheSentenceTheyClose(String text, List<int[]> spans) {
        int counted = 0; // straight marks are counted up to here, once over the paragraph
        int marks = 0;
        for (int i = 1; i < spans.size(); i++) {
            int[] s = spans.get(i);
            int at = s[0];
            while (at < s[1] && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int end = at;
            while (end < s[1] && ")]”’\"".indexOf(text.charAt(end)) >= 0) {
                if (text.charAt(end) == '"') {
                    marks += straightMarks(text, counted, end);
                    counted = end;
                    if (marks % 2 == 0) {
                        break; // it opens a quotation
                    }
                }
                end++;
            }
            if (end > at) {
                spans.get(i - 1)[1] = end;
                s[0] = end;
            }
        }
        return spans;
    }

    /** Cuts each span after group 1 of every match of {@code boundary} that {@code accept} confirms. */
    private static List<int[]> splitAt(String text, List<int[]> spans, Pattern boundary,
                                       java.util.function.Predicate<Matcher> accept) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int start = s[0];
            Matcher m = boundary.matcher(text).region(s[0], s[1]);
            while (m.find()) {
                int cut = m.end(1);
                if (cut > start && cut < s[1] && accept.test(m)) {
                    out.add(new int[] {start, cut});
                    start = cut;
                }
            }
            out.add(new int[] {start, s[1]});
        }
        return out;
    }

    /** Joins a sentence that ends in a title, initial or initialism to the next one when it continues it. */
    private static List<int[]> mergeAfterAbbreviations(String text, List<int[]> spans, boolean cased) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                if (continues(tail(text, prev[0], prev[1]), text.substring(s[0], s[1]).strip(), cased)) {
                    prev[1] = s[1];
                    continue;
                }
            }
            out.add(new int[] {s[0], s[1]});
        }
        return out;
    }

    /**
     * The end of text[start, end) without trailing space: as much as {@link #continues} reads (the last
     * word), not the whole span, which grows with every merge and made a run of abbreviations quadratic.
     */
    private static String tail(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(Math.max(start, end - MAX_LAST_WORD), end);
    }

    /** Joins sentences while a quotation opened in them is still open, up to a few sentences. */
    private static List<int[]> mergeOpenQuotations(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        int merged = 0;
        boolean open = false;
        for (int[] s : spans) {
            if (open && !out.isEmpty() && merged < MAX_QUOTE_MERGES) {
                int[] prev = out.get(out.size() - 1);
                prev[1] = s[1];
                merged++;
            } else {
                out.add(new int[] {s[0], s[1]});
                merged = 0;
            }
            int[] last = out.get(out.size() - 1);
            open = quotationOpen(text, last[0], last[1]);
        }
        return out;
    }

    /** Whether text[start, end) opens a double quotation it does not close. */
    static boolean quotationOpen(String text, int start, int end) {
        return QuoteMarks.of(text, start, end).opensQuotation();
    }

    static boolean continues(String previous, String next, boolean cased) {
        if (next.isEmpty()) {
            return true;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return previous.endsWith("."); // "... 9:15 a.m. on Friday", "... Inc. said"
        }
        // The last word is in the trailing run of letters and periods; searching only there finds the
        // same match as searching the whole sentence, without trying every earlier position.
        int run = previous.length();
        while (run > 0) {
            int c = previous.codePointBefore(run);
            if (c != '.' && !Character.isLetter(c)) {
                break;
            }
            run -= Character.charCount(c);
        }
        Matcher m = LAST_WORD.matcher(previous).region(run, previous.length());
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        String nextWord = firstWord(next);
        if (first == '-' || first == '–' || Character.isDigit(first)) {
            return INITIALS.matcher(word).matches() || TITLES.contains(lower); // "U.K. -Norway", "No. 3"
        }
        if (word.length() == 1 && (Character.isUpperCase(word.charAt(0)) || !cased)) {
            return true; // an initial: "J. Lindqvist"
        }
        if ((cased ? CAPITAL_INITIALS : CASELESS_INITIALS).matcher(word).matches()
                || LOWER_INITIALISM.matcher(word).matches()) {
            // an initialism: "J.P. Lindqvist", "E.U. Commissioner" and "4:30 p.m. Thursday" continue; "the U.K. The"
            // does not
            return !SENTENCE_STARTERS.contains(nextWord);
        }
        if (TITLES.contains(lower)) {
            return !COMPANY.contains(lower) || !SENTENCE_STARTERS.contains(nextWord);
        }
        return false;
    }

    /** The first run of letters in the text (past any opening marks), lower-cased. */
    private static String firstWord(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Reads the shared sentence model now (on a thread with time to spare), so that the first split need not. */
    public static void loadSharedModel() {
        java.util.Objects.requireNonNull(SHARED_MODEL);
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing sentence model " + MODEL + " (opennlp-models-sentdetect-en)");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
