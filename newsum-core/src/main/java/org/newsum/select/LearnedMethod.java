package org.newsum.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Centroid salience sharpened by a trained {@link SentenceModel} (labels from a ROUGE oracle on the
 * Multi-News training split): a sentence's score is its centroid score times the model's
 * probability squared, so the model reorders what the centroid finds central rather than replacing
 * it (alone, trained on truncated lower-cased text, it ranks worse than the centroid on full
 * articles). Sentences are taken best first under the budget, skipping repeats of chosen content.
 */
final class LearnedMethod implements SelectionMethod {

    /** How sharply the model's probability reorders the centroid ranking; chosen on validation clusters. */
    static final double MODEL_EXPONENT = 2;
    /** Repeats are judged a little more leniently than centroid's, as the model already prefers varied content. */
    static final double MAX_OVERLAP = 0.4;
    private static final int CENTROID_SCORE = SentenceFeatures.NAMES.indexOf("centroid-score");

    private final SentenceModel model;
    private final BudgetFiller filler = new BudgetFiller(MAX_OVERLAP);

    LearnedMethod(SentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public String description() {
        return "centroid reordered by a logistic-regression scorer trained on Multi-News, with redundancy removal";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[][] features = SentenceFeatures.of(cluster, terms);
        List<ScoredSentence> ranked = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            if (features[s.index()] != null) {
                double[] row = features[s.index()];
                ranked.add(new ScoredSentence(s.index(),
                        row[CENTROID_SCORE] * Math.pow(model.probability(row), MODEL_EXPONENT)));
            }
        }
        ranked.sort(Comparator.comparingDouble(ScoredSentence::score).reversed()
                .thenComparingInt(ScoredSentence::sentence));
        return filler.fill(name(), cluster, terms, budget, ranked);
    }
}
