package org.newsum.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Mention;
import org.newsum.model.Quote;
import org.newsum.model.Source;
import org.newsum.select.Methods;

/**
 * Quote spans and speakers scored on attribution-annotated articles in BRAT standoff form ({@code text/<name>.txt}
 * and {@code attributions/<name>_<annotator>.ann} with {@code Source}, {@code Cue} and {@code Content} spans tied by
 * {@code E} lines). Each article is run through the pipeline on its own with full insights.
 *
 * <ul>
 *   <li><b>Gold quotes.</b> A Content span's fragments, neighbours joined when only spaces and marks stand between
 *   them within a paragraph, are its quoted pieces (a Content broken by {@code "…," he said. "…"} has one per side;
 *   one cut into sentences by the annotation tool is one); a piece is direct when most (over half) of its letters lie
 *   inside quotation marks, so {@code "of course" she would run} is reported speech with a quoted phrase.</li>
 *   <li><b>Overlap</b> of a found and a gold span: shared characters over the characters of either (intersection over
 *   union), both trimmed of spaces, quotation marks and trailing commas or stops. Spans are matched one to one,
 *   best overlap first, at overlap &ge; 0.3 and &ge; 0.8.</li>
 *   <li><b>Precision</b> leaves out a found quote that matches no direct piece but lies mostly inside an indirect
 *   Content span: a phrase quoted inside reported speech ({@code that he was "a good man"}).</li>
 *   <li><b>Speaker right</b> (over the pieces matched at 0.3 whose attribution has a Source): the found speaker's
 *   surname (its last name word, suffixes such as Jr. aside) is the last word of a name in the Source span, or,
 *   for a speaker given as a description, the description's last word is in the Source span. A Source without a
 *   name (a pronoun, "the official") stands for the name of the nearest annotated Source before it that opens
 *   with a name (not "the FBI"), the annotation's own chain of speakers.</li>
 * </ul>
 */
public final class QuoteBenchmark {

    /** The two overlap thresholds quote spans are matched at. */
    public static final double LOOSE = 0.3;
    public static final double STRICT = 0.8;

    private static final String MARKS = "\"“”‘’'«»";
    private static final java.util.regex.Pattern SUFFIX_OR_INITIAL = java.util.regex.Pattern.compile(
            "\\p{Lu}|Jr|Sr|II|III|IV");
    private static final Set<String> NOT_NAME = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Jr",
            "Sr", "II", "III", "IV", "He", "She", "They", "I", "We", "It", "You", "The", "A", "An", "His", "Her",
            "Their", "This", "That", "Sources", "Officials", "President", "Senator", "Governor");

    /**
     * One quoted piece of an annotated article.
     *
     * @param start   offset of the piece in the text
     * @param end     end offset
     * @param direct  whether it is a direct quote
     * @param source  the annotated Source span's text, or null
     * @param speaker the names the piece's speaker goes by (the Source's, or the nearest named one's before it);
     *                empty when unknown
     */
    public record GoldQuote(int start, int end, boolean direct, String source, List<String> speaker) {
        public GoldQuote {
            speaker = List.copyOf(speaker);
        }
    }

    /** The readable articles of a folder, and one line per annotation file that could not be read. */
    public record Corpus(List<AnnotatedArticle> articles, List<String> failures) {
        public Corpus {
            articles = List.copyOf(articles);
            failures = List.copyOf(failures);
        }
    }

    /** An annotated article: its name, text and quoted pieces in text order. */
    public record AnnotatedArticle(String name, String text, List<GoldQuote> quotes) {
        public AnnotatedArticle {
            quotes = List.copyOf(quotes);
        }
    }

    /** A quote the pipeline found: its span in the article's text (-1 when not found there) and speaker. */
    public record FoundQuote(int start, int end, String text, String speaker, String reason) {
    }

    /** What one article scored. */
    public record ArticleResult(AnnotatedArticle article, List<FoundQuote> found, int[] loose, int[] strict) {
    }

    /**
     * Counts over all articles: quotes at each threshold, and speakers over the pieces matched at {@link #LOOSE}.
     *
     * @param gold           direct pieces
     * @param found          found quotes, all
     * @param left           found quotes left out of precision (inside indirect speech), per threshold
     * @param matched        matched pairs, per threshold
     * @param attributed     matched pieces with an annotated speaker (at {@link #LOOSE})
     * @param right          of those, with the right speaker
     * @param none           of those, with no speaker found
     * @param unplaced       found quotes whose text could not be placed in the article's text
     * @param namedAttributed of {@code attributed}, those whose Source span itself holds a name (no pronoun chain)
     * @param namedRight     of those, with the right speaker
     */
    public record Counts(int articles, int gold, int found, int[] left, int[] matched, int attributed, int right,
                         int none, int unplaced, int namedAttributed, int namedRight) {

        public double precision(int t) {
            int d = found - left[t];
            return d == 0 ? 0 : matched[t] / (double) d;
        }

        public double recall(int t) {
            return gold == 0 ? 0 : matched[t] / (double) gold;
        }

        public double f1(int t) {
            double p = precision(t);
            double r = recall(t);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return attributed == 0 ? 0 : right / (double) attributed;
        }
    }

    /** Diagnostics: one line per gold piece and per found quote that did not score, for development. */
    public record Report(Counts counts, List<String> errors) {
        public Report {
            errors = List.copyOf(errors);
        }
    }

    private QuoteBenchmark() {
    }

    /**
     * The annotated articles of a folder, in name order; with several annotation files for one text the first by
     * name is read. A folder without {@code text/} and {@code attributions/} or without annotations is an
     * {@link IllegalArgumentException}; an annotation without its text, or one that does not parse or points outside
     * its text, is a failure naming the file and the line, and the others are read.
     */
    public static Corpus read(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException("no text/ and attributions/ folders");
        }
        Map<String, Path> annotation = new TreeMap<>();
        try (Stream<Path> files = Files.list(anns)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".ann")) {
                    annotation.putIfAbsent(n.replaceAll("_[0-9A-Za-z]+\\.ann$", ""), p);
                }
            }
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotation.entrySet()) {
            Path txt = texts.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(txt)) {
                failures.add("attributions/" + e.getValue().getFileName() + ": no text/" + e.getKey() + ".txt");
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            try {
                out.add(new AnnotatedArticle(e.getKey(), text, parse(text, ann)));
            } catch (IllegalArgumentException bad) {
                failures.add("attributions/" + e.getValue().getFileName() + ": " + bad.getMessage());
            }
        }
        if (annotation.isEmpty()) {
            throw new IllegalArgumentException("no .ann files in attributions/");
        }
        return new Corpus(out, failures);
    }

    private record Span(String type, int[][] fragments, String text) {
        int start() {
            return fragments[0][0];
        }
    }

    /** The quoted pieces of one text from its BRAT annotation. */
    static List<GoldQuote> parse(String text, String ann) {
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int lineNo = 0;
        for (String line : ann.split("\n")) {
            lineNo++;
            if (line.matches("T\\d+\t.*")) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    throw new IllegalArgumentException("line " + lineNo + ": a T line without type and offsets");
                }
                int sp = f[1].indexOf(' ');
                String type = sp < 0 ? f[1] : f[1].substring(0, sp);
                String[] parts = sp < 0 ? new String[0] : f[1].substring(sp + 1).split(";");
                int[][] fr = new int[parts.length][];
                try {
                    for (int i = 0; i < parts.length; i++) {
                        String[] se = parts[i].trim().split(" ");
                        fr[i] = new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
                        if (fr[i][0] < 0 || fr[i][1] > text.length() || fr[i][0] > fr[i][1]) {
                            throw new IllegalArgumentException("line " + lineNo + ": offsets outside the text");
                        }
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException bad) {
                    throw new IllegalArgumentException("line " + lineNo + ": offsets are not two numbers");
                }
                if (fr.length > 0) {
                    java.util.Arrays.sort(fr, Comparator.comparingInt((int[] x) -> x[0]));
                    int end = java.util.Arrays.stream(fr).mapToInt(x -> x[1]).max().orElseThrow();
                    spans.put(f[0], new Span(type, fr, text.substring(fr[0][0], end)));
                }
            } else if (line.matches("E\\d+\t.*")) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    events.add(f[1].split(" "));
                }
            }
        }
        boolean[] inside = insideMarks(text);
        // The sources in text order, with their names, for pronouns and descriptions to stand for.
        TreeMap<Integer, List<String>> named = new TreeMap<>();
        for (Span s : spans.values()) {
            if (s.type().equals("Source")) {
                List<String> names = names(s.text());
                // A person's name: "he" and "she" stand for people, not for "the Post" or "the FBI".
                if (!names.isEmpty() && Character.isUpperCase(s.text().charAt(0))
                        && !s.text().matches("(The|A|An|This|That|These)\\b.*")) {
                    named.put(s.start(), names);
                }
            }
        }
        List<GoldQuote> out = new ArrayList<>();
        for (String[] event : events) {
            Span content = null;
            Span source = null;
            for (String arg : event) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                Span s = spans.get(arg.substring(colon + 1));
                if (arg.startsWith("Content:")) {
                    content = s;
                } else if (arg.startsWith("Source:")) {
                    source = s;
                }
            }
            if (content == null || !content.type().equals("Content")) {
                continue;
            }
            List<String> speaker = List.of();
            if (source != null) {
                speaker = names(source.text());
                if (speaker.isEmpty()) {
                    Map.Entry<Integer, List<String>> before = named.lowerEntry(source.start());
                    speaker = before == null ? List.of() : before.getValue();
                }
            }
            for (int[] fr : pieces(text, content.fragments())) {
                int[] t = trim(text, fr[0], fr[1]);
                if (t[0] >= t[1]) {
                    continue;
                }
                int letters = 0;
                int in = 0;
                for (int i = t[0]; i < t[1]; i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        letters++;
                        in += inside[i] ? 1 : 0;
                    }
                }
                boolean direct = letters > 0 && in * 2 > letters;
                out.add(new GoldQuote(fr[0], fr[1], direct, source == null ? null : source.text(), speaker));
            }
        }
        out.sort(Comparator.comparingInt(GoldQuote::start));
        return out;
    }

    /**
     * The quoted pieces of a Content span: its fragments, with neighbours joined when only spaces and quotation marks
     * stand between them in one paragraph (the annotation tool cuts a quote into sentences; the words of a cue
     * between two fragments, "…," said Varga. "…", keep them two pieces).
     */
    static List<int[]> pieces(String text, int[][] fragments) {
        List<int[]> out = new ArrayList<>();
        for (int[] fr : fragments) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && fr[0] >= last[1] && joinable(text.substring(last[1], fr[0]))) {
                last[1] = Math.max(last[1], fr[1]);
            } else {
                out.add(new int[] {fr[0], fr[1]});
            }
        }
        return out;
    }

    private static boolean joinable(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * Per character, whether it lies between paired double quotation marks of its paragraph (line): a curly or
     * straight mark or a guillemet opens, and the next closing one of any kind closes, as does an opening curly mark
     * typed right after a word ({@code “Not yet,“ he said}).
     */
    static boolean[] insideMarks(String text) {
        boolean[] inside = new boolean[text.length()];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
            } else if (!open) {
                open = c == '“' || c == '«' || c == '"';
            } else if (c == '”' || c == '»' || c == '"'
                    || c == '“' && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                open = false;
            }
            inside[i] = open;
        }
        return inside;
    }

    /**
     * The names a source span holds: the last word of each run of capitalized words (titles, pronouns and suffixes
     * aside), a possessive run ("Smith's aide Jones") only when no other run is there.
     */
    static List<String> names(String source) {
        List<String> plain = new ArrayList<>();
        List<String> possessive = new ArrayList<>();
        String last = null;
        int depth = 0;
        for (String w : source.split("[\\s\\p{Z}—–]+")) { // a no-break space parts words too
            boolean opensParen = w.startsWith("(");
            depth += opensParen ? 1 : 0;
            String bare = w.replaceAll("[’']s\\W*$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
            boolean name = depth == 0 && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                    && !NOT_NAME.contains(bare) && bare.length() > 1;
            boolean ownerOrEnd = w.matches(".*[’']s\\W*$");
            if (last != null && !w.matches(".*[,;:)]$") && SUFFIX_OR_INITIAL.matcher(bare).matches()) {
                continue; // "Ilse J. Varga Jr.": initials and suffixes go on with the name
            }
            if (name) {
                last = bare;
            }
            if (last != null && (!name || ownerOrEnd || w.matches(".*[,;:)]$"))) {
                (name && ownerOrEnd ? possessive : plain).add(last.toLowerCase(Locale.ROOT));
                last = null;
            }
            depth = Math.max(0, depth - (w.contains(")") ? 1 : 0));
        }
        if (last != null) {
            plain.add(last.toLowerCase(Locale.ROOT));
        }
        return plain.isEmpty() ? possessive : plain;
    }

    /** Whether a found speaker is the gold piece's. */
    static boolean sameSpeaker(String found, GoldQuote gold) {
        List<String> f = names(found);
        if (!f.isEmpty()) {
            String head = f.get(f.size() - 1);
            return gold.speaker().contains(head) || gold.source() != null && names(gold.source()).contains(head);
        }
        String[] words = found.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return gold.source() != null && List.of(gold.source().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(head);
    }

    /** A span without spaces, quotation marks or trailing commas and stops at its ends. */
    static int[] trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || MARKS.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || MARKS.indexOf(text.charAt(end - 1)) >= 0
                || ",.".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new int[] {start, end};
    }

    static double overlap(int[] a, int[] b) {
        int inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        if (inter <= 0) {
            return 0;
        }
        int union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
        return inter / (double) union;
    }

    /** The quotes the pipeline finds in one article, placed in its text. */
    static List<FoundQuote> find(Pipeline pipeline, AnnotatedArticle a) {
        Source source = new Source(a.name(), List.of(Article.ofText(a.name(), a.name(), a.text())), List.of(), List.of());
        Brief brief = pipeline.summarize(source, Methods.defaultMethod(), Budget.DEFAULT,
                Insights.Level.FULL);
        List<FoundQuote> out = new ArrayList<>();
        for (Quote q : brief.insights().quotes()) {
            for (Mention m : q.mentions()) {
                int[] at = place(a.text(), m);
                out.add(new FoundQuote(at[0], at[1], m.text(),
                        q.speaker(), q.reason() == null ? null : q.reason().code()));
            }
        }
        out.sort(Comparator.comparingInt(FoundQuote::start));
        return out;
    }

    /**
     * Where a mention of the clean body stands in the original text, as {start, end}: the occurrence of its text
     * nearest its offset, whitespace runs read as one space (cleaning turns a no-break space or a doubled space into
     * one), or {-1, -1}.
     */
    static int[] place(String text, Mention m) {
        if (m.end() <= text.length() && text.startsWith(m.text(), m.start())) {
            return new int[] {m.start(), m.end()};
        }
        StringBuilder flat = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (space && flat.length() > 0 && flat.charAt(flat.length() - 1) == ' ') {
                continue;
            }
            at[flat.length()] = i;
            flat.append(space ? ' ' : text.charAt(i));
        }
        at[flat.length()] = text.length();
        String needle = m.text().replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ");
        int best = -1;
        for (int i = flat.indexOf(needle); i >= 0; i = flat.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(at[i] - m.start()) < Math.abs(at[best] - m.start())) {
                best = i;
            }
        }
        if (best < 0) {
            return new int[] {-1, -1};
        }
        int last = best + needle.length() - 1;
        return new int[] {at[best], at[last] + 1};
    }

    /** Scores the pipeline's quotes and speakers on the articles; {@code errors} lists what did not score. */
    public static Report run(Pipeline pipeline, List<AnnotatedArticle> articles, boolean errors) {
        int gold = 0;
        int found = 0;
        int[] left = new int[2];
        int[] matched = new int[2];
        int attributed = 0;
        int right = 0;
        int none = 0;
        int unplaced = 0;
        int namedAttributed = 0;
        int namedRight = 0;
        List<String> lines = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            List<FoundQuote> f = find(pipeline, a);
            List<GoldQuote> direct = a.quotes().stream().filter(GoldQuote::direct).toList();
            gold += direct.size();
            found += f.size();
            double[] thresholds = {LOOSE, STRICT};
            for (int t = 0; t < 2; t++) {
                int[] match = match(a.text(), direct, f, thresholds[t]);
                for (int i = 0; i < f.size(); i++) {
                    FoundQuote q = f.get(i);
                    if (q.start() < 0) {
                        unplaced += t == 0 ? 1 : 0;
                    }
                    if (match[i] >= 0) {
                        matched[t]++;
                        if (t == 0) {
                            GoldQuote g = direct.get(match[i]);
                            if (g.source() != null) {
                                attributed++;
                                boolean named = !names(g.source()).isEmpty();
                                namedAttributed += named ? 1 : 0;
                                namedRight += named && q.speaker() != null && sameSpeaker(q.speaker(), g) ? 1 : 0;
                                if (q.speaker() == null) {
                                    none++;
                                    if (errors) {
                                        lines.add(line(a, "NONE", g, q));
                                    }
                                } else if (sameSpeaker(q.speaker(), g)) {
                                    right++;
                                } else if (errors) {
                                    lines.add(line(a, "WRONG", g, q));
                                }
                            }
                        }
                    } else if (q.start() >= 0 && insideIndirect(a, q)) {
                        left[t]++;
                    } else if (errors && t == 0) {
                        lines.add(line(a, "FP", null, q));
                    }
                }
                if (errors && t == 0) {
                    boolean[] hit = new boolean[direct.size()];
                    for (int m : match) {
                        if (m >= 0) {
                            hit[m] = true;
                        }
                    }
                    for (int g = 0; g < direct.size(); g++) {
                        if (!hit[g]) {
                            lines.add(line(a, "FN", direct.get(g), nearest(a.text(), direct.get(g), f)));
                        }
                    }
                }
            }
        }
        return new Report(new Counts(articles.size(), gold, found, left, matched, attributed, right, none, unplaced,
                namedAttributed, namedRight),
                lines);
    }

    private static String line(AnnotatedArticle a, String kind, GoldQuote g, FoundQuote q) {
        StringBuilder s = new StringBuilder(kind).append('\t').append(a.name());
        if (g != null) {
            s.append("\tgold[").append(g.start()).append('-').append(g.end()).append("]=").append(snippet(a.text().substring(g.start(), g.end())))
                    .append(" src=").append(g.source()).append(' ').append(g.speaker());
        }
        if (q != null) {
            s.append("\tfound[").append(q.start()).append('-').append(q.end()).append("]=").append(snippet(q.text())).append(" spk=")
                    .append(q.speaker()).append(q.reason() == null ? "" : " " + q.reason());
        }
        return s.toString();
    }

    /** The found quote overlapping a gold piece most, whether matched or not, or null: what a miss was near. */
    private static FoundQuote nearest(String text, GoldQuote g, List<FoundQuote> found) {
        int[] gs = trim(text, g.start(), g.end());
        FoundQuote best = null;
        double most = 0;
        for (FoundQuote q : found) {
            double o = q.start() < 0 ? 0 : overlap(gs, trim(text, q.start(), q.end()));
            if (o > most) {
                most = o;
                best = q;
            }
        }
        return best;
    }

    private static String snippet(String s) {
        s = s.replace('\n', ' ');
        return s.length() <= 70 ? s : s.substring(0, 70) + "…";
    }

    private static boolean insideIndirect(AnnotatedArticle a, FoundQuote q) {
        int[] span = trim(a.text(), q.start(), q.end());
        int len = Math.max(1, span[1] - span[0]);
        for (GoldQuote g : a.quotes()) {
            if (!g.direct()) {
                int inter = Math.min(span[1], g.end()) - Math.max(span[0], g.start());
                if (inter * 2 > len) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One-to-one matching, best overlap first: per found quote, the gold piece it matches, or -1. */
    static int[] match(String text, List<GoldQuote> gold, List<FoundQuote> found, double threshold) {
        record Pair(int f, int g, double overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).start() < 0) {
                continue;
            }
            int[] fs = trim(text, found.get(i).start(), found.get(i).end());
            for (int j = 0; j < gold.size(); j++) {
                double o = overlap(fs, trim(text, gold.get(j).start(), gold.get(j).end()));
                if (o >= threshold) {
                    pairs.add(new Pair(i, j, o));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.overlap()).thenComparingInt(Pair::f).thenComparingInt(Pair::g));
        int[] match = new int[found.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] used = new boolean[gold.size()];
        for (Pair p : pairs) {
            if (match[p.f()] < 0 && !used[p.g()]) {
                match[p.f()] = p.g();
                used[p.g()] = true;
            }
        }
        return match;
    }
}
