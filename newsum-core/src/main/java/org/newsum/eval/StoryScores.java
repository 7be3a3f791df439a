package org.newsum.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a story clustering matches gold stories: B-cubed precision, recall and F1 (Bagga &amp; Baldwin 1998,
 * averaged over articles) and pairwise precision, recall and F1 over pairs of articles in the same story. An
 * article of the gold set that no predicted story holds (a reported duplicate or non-news article) counts as a
 * story of its own, as {@code bcubed.py} counts it.
 */
public record StoryScores(int articles, int goldStories, int predictedStories, int heldInNone,
                          double precision, double recall, double f1,
                          double pairPrecision, double pairRecall, double pairF1) {

    /**
     * Scores {@code predicted} (each story a list of article ids) against {@code gold} (article id to gold story).
     * Ids of predicted stories not in {@code gold}, or in two stories, are an {@link IllegalArgumentException}.
     */
    public static StoryScores of(Map<String, String> gold, List<List<String>> predicted) {
        Map<String, String> pred = new HashMap<>();
        int n = 0;
        for (List<String> story : predicted) {
            String label = "p" + n++;
            for (String id : story) {
                if (!gold.containsKey(id)) {
                    throw new IllegalArgumentException("article " + id + " is not in the gold stream");
                }
                if (pred.put(id, label) != null) {
                    throw new IllegalArgumentException("article " + id + " is in two predicted stories");
                }
            }
        }
        int held = pred.size();
        for (String id : gold.keySet()) {
            pred.putIfAbsent(id, "single:" + id);
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(pred.get(e.getKey()), 1, Integer::sum);
            both.merge(e.getValue() + "\u0000" + pred.get(e.getKey()), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String g = e.getValue();
            String q = pred.get(e.getKey());
            int common = both.get(g + "\u0000" + q);
            p += common / (double) predSize.get(q);
            r += common / (double) goldSize.get(g);
        }
        int size = gold.size();
        p = size == 0 ? 0 : p / size;
        r = size == 0 ? 0 : r / size;
        long tp = pairs(both);
        long pp = pairs(predSize);
        long gp = pairs(goldSize);
        double pairP = pp == 0 ? 1 : tp / (double) pp;
        double pairR = gp == 0 ? 1 : tp / (double) gp;
        return new StoryScores(size, goldSize.size(), predSize.size(), size - held, p, r, f(p, r),
                pairP, pairR, f(pairP, pairR));
    }

    private static long pairs(Map<String, Integer> sizes) {
        long s = 0;
        for (int v : sizes.values()) {
            s += (long) v * (v - 1) / 2;
        }
        return s;
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
