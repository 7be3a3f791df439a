package org.newsum.insight;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.text.ClusterAnalyzer;

/** Clusters of invented article bodies, analysed by the text stage, for the insight finders' own tests. */
final class InsightFixtures {

    private InsightFixtures() {
    }

    static Cluster cluster(String... bodies) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i + 1), "a" + (i + 1) + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("fixture", articles, List.of(), List.of()));
    }
}
