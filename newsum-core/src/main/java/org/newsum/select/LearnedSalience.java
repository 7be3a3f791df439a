package org.newsum.select;

import java.util.function.Supplier;

import org.newsum.model.Cluster;
import org.newsum.text.TermIndex;

/**
 * Centroid salience sharpened by a trained {@link SentenceModel} (labels from a ROUGE oracle on the
 * Multi-News training split): a candidate's salience is its centroid score times the model's
 * probability squared, so the model reorders what the centroid finds central rather than replacing
 * it (alone, trained on truncated lower-cased text, it ranks worse than the centroid on full articles).
 */
public final class LearnedSalience {

    /** How sharply the model's probability reorders the centroid ranking; chosen on validation clusters. */
    static final double MODEL_EXPONENT = 2;
    private static final int CENTROID_SCORE = SentenceFeatures.NAMES.indexOf("centroid-score");

    private final Supplier<SentenceModel> model;

    public LearnedSalience(SentenceModel model) {
        this.model = () -> model;
    }

    private LearnedSalience(Supplier<SentenceModel> model) {
        this.model = model;
    }

    /**
     * The salience of the model that ships with newsum, read when the first cluster is scored: listing the methods
     * ({@code --version}, {@code --help}, another method) reads no model.
     */
    static LearnedSalience bundled() {
        return new LearnedSalience(() -> Bundled.MODEL);
    }

    /** Reads the bundled model now (on a thread with time to spare), so that the first cluster scored need not. */
    static void loadBundled() {
        java.util.Objects.requireNonNull(Bundled.MODEL);
    }

    private static final class Bundled {
        static final SentenceModel MODEL = SentenceModel.bundled();
    }

    /** The salience of every candidate sentence, by sentence index (0 for sentences that may not stand in a summary). */
    public double[] scores(Cluster cluster, TermIndex terms) {
        double[][] features = SentenceFeatures.of(cluster, terms);
        double[] out = new double[features.length];
        SentenceModel model = this.model.get();
        for (int i = 0; i < features.length; i++) {
            if (features[i] != null) {
                out[i] = features[i][CENTROID_SCORE] * Math.pow(model.probability(features[i]), MODEL_EXPONENT);
            }
        }
        return out;
    }
}
