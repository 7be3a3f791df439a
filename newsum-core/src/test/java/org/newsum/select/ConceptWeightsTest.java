package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.text.ClusterAnalyzer;

class ConceptWeightsTest {

    private static Cluster cluster(String... bodies) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i), "c" + i + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("concepts", articles, List.of(), List.of()));
    }

    private static int id(ConceptWeights concepts, String bigram) {
        return IntStream.range(0, concepts.conceptCount()).filter(c -> concepts.bigram(c).equals(bigram))
                .findFirst().orElse(-1);
    }

    @Test
    void weighsByArticlesDiscountedByFirstPositionAndDropsWhatOneArticleSays() {
        Cluster cluster = cluster(
                "The glacier retreated sharply this year. A mountain guide measured the ice.",
                "The glacier retreated by forty metres. A mountain guide warned hikers.",
                "The glacier retreated again, officials said. A mountain guide counted crevasses. Tourists still came.");
        ConceptWeights concepts = ConceptWeights.of(cluster, new ConceptWeights.Options(0.25, 1.0,
                ConceptWeights.Bigrams.NOT_ALL_STOP));
        int glacier = id(concepts, "glacier retreat");
        int guide = id(concepts, "mountain guid");
        assertThat(glacier).isNotNegative();
        assertThat(guide).isNotNegative();
        assertThat(concepts.articleFrequency(glacier)).isEqualTo(3);
        // both in three articles, but the glacier comes first in each
        assertThat(concepts.weight(glacier)).isGreaterThan(concepts.weight(guide));
        assertThat(id(concepts, "tourist still")).as("one article only").isNegative();
        assertThat(id(concepts, "to the")).as("stop words only").isNegative();
        assertThat(id(concepts, "the glacier")).isNotNegative();
    }

    @Test
    void withoutPositionDiscountAWeightIsTheArticleCount() {
        Cluster cluster = cluster("Divers found the old wreck on Sunday.", "The old wreck lay under sand for a century.");
        ConceptWeights concepts = ConceptWeights.of(cluster, new ConceptWeights.Options(0.25, 0,
                ConceptWeights.Bigrams.CONTENT_ONLY));
        int reef = id(concepts, "old wreck");
        assertThat(reef).isNotNegative();
        assertThat(concepts.weight(reef)).isEqualTo(2.0);
        double[] scores = concepts.sentenceScores();
        assertThat(scores[0]).isEqualTo(2.0 * concepts.size(0));
    }

    @Test
    void minimumArticlesFollowTheShareButNeverDropBelowTwo() {
        ConceptWeights.Options options = new ConceptWeights.Options(0.25, 0.5, ConceptWeights.Bigrams.NOT_ALL_STOP);
        assertThat(options.minArticles(1)).isEqualTo(1);
        assertThat(options.minArticles(2)).isEqualTo(2);
        assertThat(options.minArticles(8)).isEqualTo(2);
        assertThat(options.minArticles(10)).isEqualTo(3);
    }
}
