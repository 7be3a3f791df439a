package org.newsum.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's score of one extracted text against the true article body: the
 * overlap of their multisets of 4-token shingles, as true positives, false positives and false negatives.
 *
 * <p>Tokens are {@code \w+} runs (Unicode, case kept). As in the benchmark's own script, a text of one to
 * three tokens is a single shingle of all its tokens, and a text without tokens has no shingles. Empty
 * sides, page by page: both empty (no fp, no fn) scores precision and recall 1; an empty extraction of a
 * non-empty body scores precision 0 and recall 0; an extraction where the body is empty scores precision 0
 * and recall 1. {@link #summarize} then follows the benchmark's {@code evaluate.py}: a page without
 * extracted shingles has no precision and one without true shingles no recall, so each is left out of
 * that mean (an empty output costs recall only).
 *
 * @param tp shingles in both texts (multiset intersection)
 * @param fp shingles only in the extraction
 * @param fn shingles only in the true body
 */
public record ExtractionScore(long tp, long fp, long fn) {

    /** Shingle length in tokens. */
    public static final int SHINGLE = 4;

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Scores {@code extracted} against {@code truth}; either may be {@code null} (no text). */
    public static ExtractionScore of(String truth, String extracted) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> got = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int want = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(want, e.getValue());
            fp += Math.max(0, e.getValue() - want);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        return new ExtractionScore(tp, fp, fn);
    }

    /** The multiset of shingles of a text, each shingle its tokens joined by one space. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int count = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            out.merge(shingle, 1, Integer::sum);
        }
        return out;
    }

    /** The {@code \w+} tokens of a text, case kept. */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher m = TOKEN.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * tp / (tp + fp); 1 when nothing was wrong or missing, 0 when nothing was extracted but something was due
     * (such a page is left out of {@link #summarize}'s precision).
     */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 1 when nothing was wrong or missing, or when there was nothing to find. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    /** The harmonic mean of this page's precision and recall (0 when both are 0). */
    public double f1() {
        return harmonic(precision(), recall());
    }

    /**
     * The benchmark's summary over pages: precision is the mean over the pages with extracted shingles,
     * recall the mean over the pages with true shingles, F1 the harmonic mean of those two means (not the
     * mean of per-page F1).
     *
     * @param precisionPages the pages in the precision mean (the others extracted nothing)
     * @param recallPages    the pages in the recall mean (the others had no article body)
     */
    public record Summary(double precision, double recall, double f1, int pages, int precisionPages,
                          int recallPages) {
    }

    /**
     * Macro-averages the pages' scores as the benchmark's {@code evaluate.py} does
     * ({@code metrics_from_tp_fp_fns}): precision over pages with {@code tp + fp > 0}, recall over pages
     * with {@code tp + fn > 0}; a mean over no pages is 0.
     */
    public static Summary summarize(List<ExtractionScore> pages) {
        double p = 0;
        double r = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (ExtractionScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                p += s.precision();
                precisionPages++;
            }
            if (s.tp() + s.fn() > 0) {
                r += s.recall();
                recallPages++;
            }
        }
        p = precisionPages == 0 ? 0 : p / precisionPages;
        r = recallPages == 0 ? 0 : r / recallPages;
        return new Summary(p, r, harmonic(p, r), pages.size(), precisionPages, recallPages);
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
