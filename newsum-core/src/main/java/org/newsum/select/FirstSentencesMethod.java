package org.newsum.select;

import java.util.Comparator;

import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * The published Multi-News baseline {@code first3}: the first three sentences of each article, article
 * after article, as they come (no sentence checks, no redundancy removal), until the budget is full.
 */
final class FirstSentencesMethod extends RankedMethod {

    private static final int PER_ARTICLE = 3;

    /** Never redundant: the baseline keeps repeats. */
    FirstSentencesMethod() {
        super(Double.MAX_VALUE);
    }

    @Override
    public String name() {
        return "first3";
    }

    @Override
    public String description() {
        return "baseline: the first three sentences of each article, in article order";
    }

    @Override
    double[] scores(Cluster cluster, TermIndex terms) {
        return cluster.sentences().stream().mapToDouble(s -> 1.0 / (1 + s.position())).toArray();
    }

    @Override
    boolean ranks(Sentence sentence, double score) {
        return sentence.position() < PER_ARTICLE;
    }

    /** As the sentences come, article after article. */
    @Override
    Comparator<ScoredSentence> order() {
        return Comparator.comparingInt(ScoredSentence::sentence);
    }
}
