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
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

class SentenceModelTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);

    @Test
    void featuresHaveOneRowPerCandidateAndNoneForOthers() {
        double[][] rows = SentenceFeatures.of(CLUSTER, TERMS);
        assertThat(rows.length).isEqualTo(CLUSTER.sentences().size());
        for (Sentence s : CLUSTER.sentences()) {
            if (s.checks().strict()) {
                assertThat(rows[s.index()]).hasSize(SentenceFeatures.NAMES.size());
                assertThat(Arrays.stream(rows[s.index()]).allMatch(Double::isFinite)).isTrue();
            } else {
                assertThat(rows[s.index()]).isNull();
            }
        }
    }

    @Test
    void featuresDoNotDependOnLetterCase() {
        Cluster lower = FixtureCluster.lowerCased();
        double[][] cased = SentenceFeatures.of(CLUSTER, TERMS);
        double[][] uncased = SentenceFeatures.of(lower, TermIndex.of(lower));
        int quote = SentenceFeatures.NAMES.indexOf("quote");
        for (int i = 0; i < cased.length; i++) {
            if (cased[i] != null && uncased[i] != null) {
                assertThat(uncased[i][quote]).isEqualTo(cased[i][quote]);
                assertThat(uncased[i]).containsExactly(cased[i], org.assertj.core.data.Offset.offset(1e-12));
            }
        }
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
        assertThat(List.of(model.weights().length)).containsExactly(SentenceFeatures.NAMES.size());
    }
}
