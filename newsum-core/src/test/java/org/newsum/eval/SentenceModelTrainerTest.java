package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Source;
import org.newsum.select.SentenceFeatures;
import org.newsum.select.SentenceModel;

class SentenceModelTrainerTest {

    @Test
    void solvesALinearSystem() {
        double[] x = SentenceModelTrainer.solve(new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2});
        assertThat(x[0]).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(x[1]).isCloseTo(7.0 / 11, within(1e-12));
    }

    @Test
    void fitRecoversTheSignalFeatureAndIgnoresNoise() {
        Random random = new Random(7);
        int d = SentenceFeatures.NAMES.size();
        List<double[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double[] r = new double[d];
            for (int j = 0; j < d; j++) {
                r[j] = random.nextGaussian();
            }
            rows.add(r);
            double p = 1 / (1 + Math.exp(-(2 * r[3] - 1)));
            targets.add(random.nextDouble() < p ? 1.0 : 0.0);
        }
        SentenceModel model = SentenceModelTrainer.fit(rows, targets, 1.0, "synthetic");
        double[] w = model.weights();
        assertThat(w[3]).isBetween(1.6, 2.4);
        for (int j = 0; j < d; j++) {
            if (j != 3) {
                assertThat(Math.abs(w[j])).isLessThan(0.2);
            }
        }
        assertThat(model.bias()).isBetween(-1.3, -0.7);
        List<Boolean> labels = targets.stream().map(t -> t > 0.5).toList();
        assertThat(SentenceModelTrainer.auc(model, rows, labels)).isGreaterThan(0.8);
    }

    @Test
    void aucCountsHowOftenPositivesOutrankNegatives() {
        int d = SentenceFeatures.NAMES.size();
        double[] weights = new double[d];
        weights[0] = 1;
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        SentenceModel model = new SentenceModel(SentenceFeatures.NAMES, new double[d], ones, weights, 0, "t");
        List<double[]> rows = List.of(row(d, 0.1), row(d, 0.4), row(d, 0.35), row(d, 0.8));
        List<Boolean> labels = List.of(false, false, true, true);
        assertThat(SentenceModelTrainer.auc(model, rows, labels)).isEqualTo(0.75);
    }

    @Test
    void trainsReproduciblyOnClustersWithReferences() {
        List<Source> sources = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            List<Article> articles = List.of(
                    Article.ofText("1", "a.txt", story(c, "Officials in Tarrow said the bridge over the Lenn river "
                            + "would reopen on Monday after repairs costing " + (c + 2) + " million.")),
                    Article.ofText("2", "b.txt", story(c, "The bridge over the Lenn river in Tarrow will reopen on "
                            + "Monday, officials said, after repairs.")));
            sources.add(new Source("c" + c, articles, List.of("The Lenn river bridge in Tarrow reopens on Monday "
                    + "after repairs, officials said."), List.of()));
        }
        SentenceModelTrainer trainer = new SentenceModelTrainer(new Newsum());
        SentenceModelTrainer.Options options = new SentenceModelTrainer.Options(Budget.words(20), 0, 3, 0.25, 1.0, 2,
                SentenceModelTrainer.Target.ORACLE);
        SentenceModelTrainer.Report a = trainer.train(sources, options, "test", done -> { });
        SentenceModelTrainer.Report b = trainer.train(sources, options, "test", done -> { });
        assertThat(a.model().weights()).containsExactly(b.model().weights());
        assertThat(a.clusters()).isEqualTo(12);
        assertThat(a.examples()).isGreaterThan(a.positives()).isPositive();
        assertThat(a.positives()).isPositive();
    }

    private static String story(int c, String lead) {
        return String.join("\n", lead,
                "Traffic had been diverted through the village of Mossby for " + (c + 3) + " weeks.",
                "A local bakery reported its busiest month in years thanks to the detour.",
                "Engineers found corrosion in two of the supporting cables during a routine inspection.");
    }

    private static double[] row(int d, double first) {
        double[] r = new double[d];
        r[0] = first;
        return r;
    }
}
