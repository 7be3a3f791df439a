package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.TermIndex;

class LexRankTest {

    /** A hub sentence sharing words with each spoke; the spokes share nothing with each other. */
    private static Cluster star() {
        String[] bodies = {
                "The orchard festival drew farmers, bakers and cider makers to the valley town.",
                "Farmers from nearby hills sold pears at the festival market.",
                "Bakers queued since dawn with loaves of walnut bread.",
                "Cider makers poured samples from oak barrels all afternoon.",
                "The valley town closed its main street to traffic for the weekend."};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i), "a" + i + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("star", articles, List.of(), List.of()));
    }

    @Test
    void centralSentenceRanksFirstInBothVariants() {
        Cluster cluster = star();
        TermIndex terms = TermIndex.of(cluster);
        for (LexRank.Options options : List.of(LexRank.Options.CONTINUOUS, LexRank.Options.THRESHOLD)) {
            double[] rank = LexRank.scores(cluster, terms, options);
            int hub = cluster.sentences().stream().filter(s -> s.text().startsWith("The orchard"))
                    .mapToInt(Sentence::index).findFirst().orElseThrow();
            for (int s = 0; s < rank.length; s++) {
                if (s != hub) {
                    assertThat(rank[hub]).as("%s", options).isGreaterThan(rank[s]);
                }
            }
        }
    }

    @Test
    void scoresAreADistributionOverCandidates() {
        Cluster cluster = FixtureCluster.cluster();
        TermIndex terms = TermIndex.of(cluster);
        for (LexRank.Options options : List.of(LexRank.Options.CONTINUOUS, LexRank.Options.THRESHOLD)) {
            double[] rank = LexRank.scores(cluster, terms, options);
            assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-9));
            for (Sentence s : cluster.sentences()) {
                if (s.checks().strict()) {
                    assertThat(rank[s.index()]).isGreaterThan(0);
                } else {
                    assertThat(rank[s.index()]).isZero();
                }
            }
        }
    }

    @Test
    void aGraphWithoutLinksGivesEveryNodeTheSameScore() {
        Cluster cluster = star();
        TermIndex terms = TermIndex.of(cluster);
        int[] spokes = cluster.sentences().stream().filter(s -> !s.text().startsWith("The ")).mapToInt(Sentence::index)
                .toArray();
        double[] rank = LexRank.rank(SimilarityGraph.of(terms, spokes, 0), LexRank.Options.CONTINUOUS);
        assertThat(rank).containsOnly(1.0 / spokes.length);
    }

    @Test
    void graphHoldsExactCosinesOfPairsSharingATermAndDropsCommonTermsUnderATightCap() {
        Cluster cluster = FixtureCluster.cluster();
        TermIndex terms = TermIndex.of(cluster);
        int[] all = cluster.sentences().stream().mapToInt(Sentence::index).toArray();
        SimilarityGraph full = SimilarityGraph.of(terms, all, 0);
        int links = 0;
        for (int i = 0; i < all.length; i++) {
            for (int j = 0; j < all.length; j++) {
                double expected = i == j ? 0 : terms.cosine(all[i], all[j]);
                assertThat(weight(full, i, j)).isCloseTo(expected, within(1e-12));
                links += expected > 0 ? 1 : 0;
            }
        }
        SimilarityGraph capped = SimilarityGraph.of(terms, all, 0, 10);
        int cappedLinks = 0;
        for (int i = 0; i < all.length; i++) {
            cappedLinks += capped.degree(i);
            for (int k = 0; k < capped.degree(i); k++) {
                assertThat(capped.weight(i, k)).isEqualTo(terms.cosine(all[i], all[capped.neighbour(i, k)]));
            }
        }
        assertThat(cappedLinks).isLessThan(links);
    }

    private static double weight(SimilarityGraph graph, int i, int j) {
        for (int k = 0; k < graph.degree(i); k++) {
            if (graph.neighbour(i, k) == j) {
                return graph.weight(i, k);
            }
        }
        return 0;
    }
}
