package org.newsum.eval;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Source;
import org.newsum.text.LetterCase;
import org.newsum.text.SentenceSplitter;

/**
 * The papers' First-3 baseline, for evaluation only: the first three sentences of each article in article order,
 * split by the pipeline's splitter from each article's text as read, with no cleaning and no sentence checks. It
 * is what published tables call "First-3" on Multi-News, so that our methods are compared with it in one run.
 */
public final class PlainFirstSentences {

    public static final String NAME = "first3-plain";
    public static final String DESCRIPTION = "baseline for evaluation: the first 3 sentences of each article as read, "
            + "no cleaning, no sentence checks";
    /** Sentences taken from the top of each article. */
    public static final int PER_ARTICLE = 3;

    private PlainFirstSentences() {
    }

    /**
     * The baseline summary of {@code source}: up to {@value #PER_ARTICLE} sentences of each article in turn, while
     * they fit a sentence or character budget; with a word budget all of them, for the evaluation's cut to the
     * budget to end the last one, as the papers cut theirs.
     */
    public static List<String> summary(Source source, Budget budget, SentenceSplitter splitter) {
        List<String> out = new ArrayList<>();
        int cost = 0;
        for (Article article : source.articles()) {
            List<String> first = firstSentences(article.text(), splitter);
            for (String sentence : first) {
                if (budget.unit() != Budget.Unit.WORDS) {
                    int next = budget.costAfter(sentence, out.size());
                    if (cost + next > budget.limit()) {
                        return out;
                    }
                    cost += next;
                }
                out.add(sentence);
            }
        }
        return out;
    }

    /** The first {@value #PER_ARTICLE} sentences of a text, each line a paragraph as the text stage reads it. */
    static List<String> firstSentences(String text, SentenceSplitter splitter) {
        List<String> out = new ArrayList<>();
        boolean cased = LetterCase.carried(text);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (int[] span : splitter.split(line, cased)) {
                out.add(line.substring(span[0], span[1]));
                if (out.size() == PER_ARTICLE) {
                    return out;
                }
            }
        }
        return out;
    }
}
