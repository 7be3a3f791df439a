package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.TermIndex;

class SentenceModelTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);

    @Test
    void featuresHaveOneRowPerCandidateAndNoneForOthers() {
        // the fixture's sentences with a headline and a question, which may not stand in a summary
        Cluster cluster = new ClusterAnalyzer().analyze(new CleanCluster("velmor", List.of(
                Article.ofText("1", "paper1.txt", "Landslide blocks coastal railway\n" + FixtureCluster.A1),
                Article.ofText("2", "paper2.txt", FixtureCluster.A2 + "\nWho will pay to rebuild the line?"),
                Article.ofText("3", "paper3.txt", FixtureCluster.A3)), List.of(), List.of()));
        double[][] rows = SentenceFeatures.of(cluster, TermIndex.of(cluster));
        assertThat(rows.length).isEqualTo(cluster.sentences().size());
        int candidates = 0;
        for (Sentence s : cluster.sentences()) {
            if (s.checks().strict()) {
                candidates++;
                assertThat(rows[s.index()]).hasSize(SentenceFeatures.NAMES.size());
                assertThat(Arrays.stream(rows[s.index()]).allMatch(Double::isFinite)).isTrue();
            } else {
                assertThat(rows[s.index()]).as(s.text()).isNull();
            }
        }
        assertThat(candidates).isEqualTo(cluster.sentences().size() - 2);
    }

    @Test
    void featuresDoNotDependOnLetterCase() {
        Cluster lower = FixtureCluster.lowerCased();
        double[][] cased = SentenceFeatures.of(CLUSTER, TERMS);
        double[][] uncased = SentenceFeatures.of(lower, TermIndex.of(lower));
        assertThat(uncased.length).isEqualTo(cased.length);
        int compared = 0;
        for (int i = 0; i < cased.length; i++) {
            // lower case after the first letter changes no sentence's candidacy, so both have a row or neither
            assertThat(uncased[i] == null).as("row %d", i).isEqualTo(cased[i] == null);
            if (cased[i] != null) {
                assertThat(uncased[i]).as("row %d", i).containsExactly(cased[i], org.assertj.core.data.Offset.offset(1e-12));
                compared++;
            }
        }
        assertThat(compared).as("rows compared").isGreaterThanOrEqualTo(CLUSTER.sentences().size() / 2);
    }

    @Test
    void leadsAndWidelySharedSentencesScoreHigherOnTheirFeatures() {
        double[][] rows = SentenceFeatures.of(CLUSTER, TERMS);
        int first = SentenceFeatures.NAMES.indexOf("first");
        int support = SentenceFeatures.NAMES.indexOf("support-share");
        Sentence lead = CLUSTER.sentencesOf(0).get(0);
        Sentence hotels = CLUSTER.sentencesOf(0).get(2);
        assertThat(rows[lead.index()][first]).isEqualTo(1);
        assertThat(rows[hotels.index()][first]).isZero();
        assertThat(rows[lead.index()][support]).isGreaterThan(rows[hotels.index()][support]);
    }

    @Test
    void modelRoundTripsThroughJsonAndScoresAsLogisticRegression() throws IOException {
        int n = SentenceFeatures.NAMES.size();
        double[] mean = new double[n];
        double[] scale = new double[n];
        double[] weights = new double[n];
        Arrays.fill(scale, 2);
        weights[0] = 4;
        SentenceModel model = new SentenceModel(SentenceFeatures.NAMES, mean, scale, weights, -1, "a test");
        double[] row = new double[n];
        row[0] = 1;
        assertThat(model.logit(row)).isEqualTo(1.0); // -1 + 4 * (1 - 0) / 2
        assertThat(model.probability(row)).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-12));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        SentenceModel back = SentenceModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.logit(row)).isEqualTo(model.logit(row));
        assertThat(back.trainedOn()).isEqualTo("a test");
    }

    @Test
    void refusesAModelTrainedOnOtherFeatures() {
        String json = "{\"features\":[\"x\"],\"mean\":[0],\"scale\":[1],\"weights\":[1],\"bias\":0,\"trainedOn\":\"\"}";
        assertThatThrownBy(() -> SentenceModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("other features");
    }

    @Test
    void theBundledModelIsSmallAndLoads() throws IOException {
        try (var in = SentenceModel.class.getResourceAsStream(SentenceModel.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(16 * 1024);
        }
        SentenceModel model = SentenceModel.bundled();
        assertThat(model.features()).isEqualTo(SentenceFeatures.NAMES);
        assertThat(model.trainedOn()).startsWith("newsum train");
        assertThat(model.weights()).hasSize(SentenceFeatures.NAMES.size());
    }
}
