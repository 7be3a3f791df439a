package org.newsum.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;

/**
 * Arranges chosen sentences for reading: by relative position in their articles (news leads with
 * its main facts, so what comes early in its article comes early in the summary), ties by article
 * order; then removes discourse openers ("But", "However,") that would dangle because the sentence
 * before it in the summary is not the one before it in its article.
 */
public final class ReadingOrder {

    /** Conjunctions that dangle alone, and adverbs that dangle when set off by a comma. */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:(?:But|And|Yet)\\s+|(?:However|Meanwhile|Still|Also|Instead|Moreover|Furthermore|Nevertheless"
                    + "|In addition|Additionally|Separately|Likewise|Similarly|Thus|Therefore),\\s+)(?=\\S)");

    /** The summary of the given sentences in reading order. */
    public Summary arrange(Cluster cluster, String method, Budget budget, List<SummarySentence> sentences) {
        int[] perArticle = new int[cluster.articles().size()];
        for (Sentence s : cluster.sentences()) {
            perArticle[s.articleIndex()]++;
        }
        List<SummarySentence> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingDouble((SummarySentence s) -> relativePosition(cluster, perArticle, s))
                .thenComparingInt(s -> cluster.sentences().get(s.sentence()).articleIndex())
                .thenComparingInt(SummarySentence::sentence));
        List<SummarySentence> fixed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            SummarySentence s = ordered.get(i);
            int previous = i == 0 ? -1 : ordered.get(i - 1).sentence();
            boolean follows = previous >= 0 && previous == s.sentence() - 1
                    && cluster.sentences().get(previous).articleIndex()
                    == cluster.sentences().get(s.sentence()).articleIndex();
            String text = follows ? s.text() : withoutDanglingOpener(s.text());
            fixed.add(new SummarySentence(s.sentence(), text, s.score(), s.citations()));
        }
        return new Summary(method, budget, fixed);
    }

    /** Position of a sentence in its article from 0 (first) to 1 (last). */
    private static double relativePosition(Cluster cluster, int[] perArticle, SummarySentence chosen) {
        Sentence s = cluster.sentences().get(chosen.sentence());
        int count = perArticle[s.articleIndex()];
        return count <= 1 ? 0 : s.position() / (double) (count - 1);
    }

    /** "But the talks went on." becomes "The talks went on."; other sentences are unchanged. */
    static String withoutDanglingOpener(String text) {
        Matcher m = OPENER.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = text.substring(m.end());
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
            return text;
        }
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
