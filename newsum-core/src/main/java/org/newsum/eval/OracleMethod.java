package org.newsum.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.select.SelectionMethod;
import org.newsum.text.TermIndex;

/**
 * The extractive upper bound, for evaluation only: reads the cluster's reference summaries and
 * greedily adds the sentence that most raises ROUGE-1 F + ROUGE-2 F against them (ROUGE-1.5.5
 * tokens, pooled over references), while it fits the budget and still raises the score.
 */
public final class OracleMethod implements SelectionMethod {

    public static final String NAME = "oracle";
    public static final String DESCRIPTION = "upper bound for evaluation: greedy ROUGE-1 + ROUGE-2 against the references";

    private final List<Map<String, Integer>> refUnigrams = new ArrayList<>();
    private final List<Map<String, Integer>> refBigrams = new ArrayList<>();
    private final Map<String, String> stemCache = new HashMap<>();

    /** An oracle for one cluster, given its references (each one text). */
    public OracleMethod(List<String> references) {
        for (String reference : references) {
            List<String> tokens = RougeTokens.tokens(reference, true, stemCache);
            refUnigrams.add(grams(tokens, 1));
            refBigrams.add(grams(tokens, 2));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        List<List<String>> tokens = new ArrayList<>();
        for (Sentence s : sentences) {
            tokens.add(RougeTokens.tokens(s.text(), true, stemCache));
        }
        List<ScoredSentence> chosen = new ArrayList<>();
        boolean[] used = new boolean[sentences.size()];
        List<String> summary = new ArrayList<>();
        double best = 0;
        int cost = 0;
        while (true) {
            int pick = -1;
            double pickScore = best;
            for (int i = 0; i < sentences.size(); i++) {
                if (used[i] || tokens.get(i).isEmpty()
                        || cost + budget.costAfter(sentences.get(i), chosen.size()) > budget.limit()) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(summary);
                candidate.addAll(tokens.get(i));
                double score = score(candidate);
                if (score > pickScore + 1e-12) {
                    pickScore = score;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            used[pick] = true;
            cost += budget.costAfter(sentences.get(pick), chosen.size());
            summary.addAll(tokens.get(pick));
            chosen.add(new ScoredSentence(pick, pickScore - best));
            best = pickScore;
        }
        return new Selection(NAME, budget, chosen);
    }

    /**
     * How much of one sentence is reference content: the mean of its unigram and bigram precision
     * against the pooled references (0 for a sentence without tokens). A label for learning salience
     * that, unlike the greedy choice, does not depend on the summary's length.
     */
    public double precision(String sentence) {
        List<String> tokens = RougeTokens.tokens(sentence, true, stemCache);
        if (tokens.isEmpty()) {
            return 0;
        }
        return (precision(grams(tokens, 1), refUnigrams) + precision(grams(tokens, 2), refBigrams)) / 2;
    }

    private static double precision(Map<String, Integer> sys, List<Map<String, Integer>> refs) {
        double total = sys.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        double best = 0;
        for (Map<String, Integer> ref : refs) {
            double hits = 0;
            for (Map.Entry<String, Integer> e : sys.entrySet()) {
                hits += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
            }
            best = Math.max(best, hits / total);
        }
        return best;
    }

    private double score(List<String> summary) {
        return f(grams(summary, 1), refUnigrams, summary.size()) + f(grams(summary, 2), refBigrams, summary.size() - 1);
    }

    private static double f(Map<String, Integer> sys, List<Map<String, Integer>> refs, int sysCount) {
        double hits = 0;
        double refCount = 0;
        for (Map<String, Integer> ref : refs) {
            for (Map.Entry<String, Integer> e : sys.entrySet()) {
                Integer r = ref.get(e.getKey());
                if (r != null) {
                    hits += Math.min(r, e.getValue());
                }
            }
            refCount += ref.values().stream().mapToInt(Integer::intValue).sum();
        }
        return Score.of(hits, refCount, Math.max(0, sysCount) * (double) refs.size(), 0.5).f();
    }

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String key = n == 1 ? tokens.get(i) : tokens.get(i) + " " + tokens.get(i + 1);
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
