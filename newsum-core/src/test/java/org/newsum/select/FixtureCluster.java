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
        List<Article> articles = new ArrayList<>();
        String[] bodies = {A1, A2, A3};
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i + 1), "paper" + (i + 1) + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("velmor", articles, List.of(), List.of()));
    }
}
