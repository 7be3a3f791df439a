package org.newsum.select;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.text.ClusterAnalyzer;

/** A small invented cluster about one story, written for these tests. */
final class FixtureCluster {

    static final String A1 = String.join("\n",
            "A landslide blocked the coastal railway near Velmor on Thursday, stranding two trains and about 600 passengers.",
            "Rail operator Nordline said engineers would need at least three days to clear the line.",
            "Local hotels offered free rooms to stranded travellers.",
            "The regional governor, Ilse Brandt, said the slope had been monitored since the spring floods.");
    static final String A2 = String.join("\n",
            "About 600 passengers were stranded when a landslide blocked the coastal railway near Velmor on Thursday.",
            "Nordline said engineers would need at least three days to clear the line, and buses will replace trains.",
            "Geologists blamed weeks of heavy rain for loosening the hillside above the tracks.",
            "The governor promised an inquiry into why warnings about the slope were not acted on.");
    static final String A3 = String.join("\n",
            "Buses will replace trains between Velmor and Ostby while the line is cleared, the operator said.",
            "The landslide struck at dawn after a night of heavy rain, witnesses said.",
            "No one was hurt, but one locomotive was partly buried under mud and rocks.",
            "Engineers began removing debris on Friday morning with two excavators.");

    private FixtureCluster() {
    }

    static Cluster cluster() {
        return cluster(false);
    }

    /** A cluster of the given article bodies (one paragraph a line), as the text stage makes it. */
    static Cluster of(String... bodies) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i + 1), "paper" + (i + 1) + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("invented", articles, List.of(), List.of()));
    }

    /** The same cluster lower-cased after each sentence's first letter, as the training split is. */
    static Cluster lowerCased() {
        return cluster(true);
    }

    private static Cluster cluster(boolean lower) {
        List<Article> articles = new ArrayList<>();
        String[] bodies = {A1, A2, A3};
        for (int i = 0; i < bodies.length; i++) {
            String body = lower ? sentenceCase(bodies[i]) : bodies[i];
            articles.add(Article.ofText(String.valueOf(i + 1), "paper" + (i + 1) + ".txt", body));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("velmor", articles, List.of(), List.of()));
    }

    private static String sentenceCase(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            out.append(lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
