package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

class CentroidSalienceTest {

    /** Three reports of a market fire; only the first has a sentence about the bakery. */
    private static final Cluster MARKET = FixtureCluster.of(String.join("\n",
                    "Fire destroyed the covered market in Dunmore early on Sunday morning.",
                    "A bakery beside the market lost its ovens and its whole stock of flour.",
                    "What?"),
            String.join("\n",
                    "The covered market in Dunmore was destroyed by fire on Sunday morning.",
                    "Firefighters from three towns fought the blaze for six hours."),
            String.join("\n",
                    "Fire destroyed the covered market in Dunmore on Sunday morning as firefighters fought for six hours.",
                    "Traders say they will rebuild the market stalls before the spring fair."));

    /**
     * The centroid and the cosine, computed the long way from each sentence's term counts: a term's centroid
     * weight is its count in the cluster per article × idf × (0.5 + the share of articles using it).
     */
    @Test
    void similarityIsTheCosineWithTheCentroidComputedByBruteForce() {
        for (Cluster cluster : new Cluster[] {MARKET, FixtureCluster.cluster()}) {
            TermIndex terms = TermIndex.of(cluster);
            int articles = cluster.articles().size();
            double[][] vector = new double[terms.sentenceCount()][terms.termCount()];
            double[] count = new double[terms.termCount()];
            boolean[][] usedBy = new boolean[articles][terms.termCount()];
            for (Sentence s : cluster.sentences()) {
                for (int i = 0; i < terms.size(s.index()); i++) {
                    int t = terms.term(s.index(), i);
                    vector[s.index()][t] = terms.count(s.index(), i) * terms.idf(t);
                    count[t] += terms.count(s.index(), i);
                    usedBy[s.articleIndex()][t] = true;
                }
            }
            double[] centroid = new double[terms.termCount()];
            for (int t = 0; t < centroid.length; t++) {
                int spread = 0;
                for (boolean[] article : usedBy) {
                    spread += article[t] ? 1 : 0;
                }
                centroid[t] = count[t] / articles * terms.idf(t) * (0.5 + (double) spread / articles);
            }
            assertThat(CentroidSalience.centroid(terms)).containsExactly(centroid, within(1e-12));
            double[] similarity = CentroidSalience.similarity(terms);
            for (Sentence s : cluster.sentences()) {
                assertThat(similarity[s.index()]).as(s.text()).isCloseTo(cosine(vector[s.index()], centroid), within(1e-12));
            }
        }
    }

    @Test
    void aClusterOfOneSentenceIsItsOwnCentroid() {
        Cluster one = FixtureCluster.of("Fire destroyed the covered market in Dunmore early on Sunday morning.");
        assertThat(CentroidSalience.similarity(TermIndex.of(one))).containsExactly(new double[] {1.0}, within(1e-12));
    }

    @Test
    void whatEveryArticleReportsIsCloserToTheCentroidThanWhatOneReports() {
        double[] similarity = CentroidSalience.similarity(TermIndex.of(MARKET));
        assertThat(similarity[index("Fire destroyed")]).isGreaterThan(similarity[index("A bakery")]);
        assertThat(similarity[index("The covered market")]).isGreaterThan(similarity[index("Traders say")]);
    }

    /** Support, counted by comparing the sentence with every sentence of every other article. */
    @Test
    void supportCountsTheOtherArticlesThatCarryTheSentence() {
        for (Cluster cluster : new Cluster[] {MARKET, FixtureCluster.cluster()}) {
            TermIndex terms = TermIndex.of(cluster);
            for (Sentence s : cluster.sentences()) {
                int carriers = 0;
                for (int a = 0; a < cluster.articles().size(); a++) {
                    if (a == s.articleIndex()) {
                        continue;
                    }
                    boolean carries = false;
                    for (Sentence o : cluster.sentencesOf(a)) {
                        carries |= terms.coverage(s.index(), o.index()) >= CentroidSalience.SUPPORT_COVERAGE;
                    }
                    carriers += carries ? 1 : 0;
                }
                assertThat(CentroidSalience.support(terms, s.index())).as(s.text()).isEqualTo(carriers);
            }
        }
        TermIndex terms = TermIndex.of(MARKET);
        assertThat(CentroidSalience.support(terms, index("Fire destroyed"))).isEqualTo(2);
        assertThat(CentroidSalience.support(terms, index("A bakery"))).isZero();
    }

    @Test
    void scoresWeighSimilarityByPositionAndSupportAndAreZeroForSentencesThatFailTheChecks() {
        TermIndex terms = TermIndex.of(MARKET);
        double[] similarity = CentroidSalience.similarity(terms);
        double[] scores = CentroidSalience.scores(MARKET, terms);
        for (Sentence s : MARKET.sentences()) {
            double expected = s.checks().strict() ? similarity[s.index()] / Math.sqrt(1 + s.position())
                    * (1 + 0.5 * CentroidSalience.support(terms, s.index())) : 0;
            assertThat(scores[s.index()]).as(s.text()).isCloseTo(expected, within(1e-12));
        }
        assertThat(MARKET.sentences().get(index("What?")).checks().strict()).isFalse();
        assertThat(scores[index("What?")]).isZero();
        // each article's lead, carried by both other reports, outranks every sentence that is not a lead
        for (Sentence lead : MARKET.sentences()) {
            if (lead.position() == 0) {
                assertThat(CentroidSalience.support(terms, lead.index())).isEqualTo(2);
                for (Sentence s : MARKET.sentences()) {
                    if (s.position() > 0) {
                        assertThat(scores[lead.index()]).as(s.text()).isGreaterThan(scores[s.index()]);
                    }
                }
            }
        }
    }

    private static int index(String start) {
        return MARKET.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow().index();
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
