package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.model.Cluster;

class TermIndexTest {

    /** Five invented reports of one harbour fire, sharing words in many combinations. */
    private static final String[] REPORTS = {
        "A fire broke out in a warehouse at the Kessling harbour on Tuesday night. Firefighters from three towns "
                + "fought the blaze until dawn. Nobody was hurt, the harbour master said.",
        "Firefighters from three towns fought a warehouse fire at Kessling harbour until dawn on Wednesday. The "
                + "harbour master said nobody was hurt. The warehouse stored grain and timber.",
        "The Kessling harbour warehouse that burned on Tuesday night stored grain and timber. Insurers will inspect "
                + "the site. Ferries ran on time.",
        "Ferries ran on time on Wednesday despite the fire. The harbour master thanked the firefighters. Grain "
                + "prices did not move.",
        "Insurers will inspect the burned warehouse at Kessling harbour. Nobody was hurt in the fire, which "
                + "firefighters from three towns fought until dawn.",
    };

    @Test
    void termsAreCountedOncePerSentenceWithPostingsInOrder() {
        Cluster c = ClusterAnalyzerTest.analyze("The harbour fire spread to the harbour office.", "The fire went out.");
        TermIndex terms = TermIndex.of(c);
        int harbour = -1;
        for (int i = 0; i < terms.size(0); i++) {
            if (terms.stem(terms.term(0, i)).equals("harbour")) {
                harbour = i;
            }
        }
        assertThat(harbour).isNotNegative();
        assertThat(terms.count(0, harbour)).isEqualTo(2);
        int[] ids = terms.terms(0);
        for (int i = 1; i < ids.length; i++) {
            assertThat(ids[i]).isGreaterThan(ids[i - 1]);
        }
        int fire = terms.term(1, 0);
        assertThat(terms.stem(fire)).isEqualTo("fire");
        assertThat(terms.postings(fire)).containsExactly(0, 1);
        assertThat(terms.clusterFrequency(terms.term(0, harbour))).isEqualTo(2);
        assertThat(terms.articleFrequency(fire)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.3, 0.5, 0.7, 0.9})
    void carriersAreWhatComparingEveryPairFinds(double minCoverage) {
        Cluster c = ClusterAnalyzerTest.analyze(REPORTS);
        TermIndex terms = TermIndex.of(c);
        int matches = 0;
        for (int s = 0; s < terms.sentenceCount(); s++) {
            assertThat(terms.carriers(s, minCoverage)).as("sentence %d", s)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sentence")
                    .containsExactlyElementsOf(bruteForce(c, terms, s, minCoverage));
            for (TermIndex.Match m : terms.carriers(s, minCoverage)) {
                assertThat(terms.coverage(s, m.sentence())).isEqualTo(m.coverage());
                assertThat(c.sentences().get(m.sentence()).articleIndex()).isEqualTo(m.article());
                matches++;
            }
        }
        assertThat(matches).as("carriers found at every threshold, down to near-copies").isPositive();
    }

    /** For each other article in order, the best coverage of any of its sentences, if high enough. */
    private static List<TermIndex.Match> bruteForce(Cluster c, TermIndex terms, int s, double minCoverage) {
        List<TermIndex.Match> out = new ArrayList<>();
        int own = c.sentences().get(s).articleIndex();
        for (int a = 0; a < c.articles().size(); a++) {
            if (a == own) {
                continue;
            }
            double best = 0;
            for (int o = 0; o < terms.sentenceCount(); o++) {
                if (c.sentences().get(o).articleIndex() == a) {
                    best = Math.max(best, terms.coverage(s, o));
                }
            }
            if (best >= minCoverage && best > 0) {
                out.add(new TermIndex.Match(a, -1, best));
            }
        }
        return out;
    }
}
