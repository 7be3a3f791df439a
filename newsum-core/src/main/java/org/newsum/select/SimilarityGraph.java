package org.newsum.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsum.text.TermIndex;

import org.newsum.model.Cancellation;

/**
 * The sparse graph of tf-idf cosine similarity between chosen sentences of a cluster, found through the
 * term index's postings rather than by comparing every pair: two sentences are linked only when they
 * share a term. To keep big clusters cheap, the most common terms are left out of the search when
 * reading all their postings would cost more than {@code maxWork} pair visits; sentences that share
 * only such terms are weakly similar anyway (common terms have low idf). Weights are exact cosines.
 * Immutable; nodes are numbered 0..size-1 in the order of the given sentences.
 */
public final class SimilarityGraph {

    /** Pair visits allowed while searching postings: about a second's work for any cluster size. */
    public static final long DEFAULT_MAX_WORK = 4_000_000L;

    private final int[] sentences;
    private final int[][] neighbours;  // per node: linked nodes, ascending, never the node itself
    private final double[][] weights;  // per node: cosine to each neighbour

    private SimilarityGraph(int[] sentences, int[][] neighbours, double[][] weights) {
        this.sentences = sentences;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /** The graph over {@code sentences} (sentence indices) linking pairs with cosine at least {@code minSimilarity}. */
    public static SimilarityGraph of(TermIndex terms, int[] sentences, double minSimilarity) {
        return of(terms, sentences, minSimilarity, DEFAULT_MAX_WORK);
    }

    /** As {@link #of(TermIndex, int[], double)}, with an explicit cap on pair visits. */
    public static SimilarityGraph of(TermIndex terms, int[] sentences, double minSimilarity, long maxWork) {
        int n = sentences.length;
        int[] node = new int[terms.sentenceCount()];
        Arrays.fill(node, -1);
        for (int i = 0; i < n; i++) {
            node[sentences[i]] = i;
        }
        // per term: the nodes holding it, ascending
        int[] df = new int[terms.termCount()];
        for (int s : sentences) {
            for (int k = 0; k < terms.size(s); k++) {
                df[terms.term(s, k)]++;
            }
        }
        boolean[] searched = searchedTerms(df, maxWork);
        int[][] holders = new int[df.length][];
        int[] fill = new int[df.length];
        for (int t = 0; t < df.length; t++) {
            holders[t] = searched[t] ? new int[df[t]] : null;
        }
        for (int i = 0; i < n; i++) {
            int s = sentences[i];
            for (int k = 0; k < terms.size(s); k++) {
                int t = terms.term(s, k);
                if (searched[t]) {
                    holders[t][fill[t]++] = i;
                }
            }
        }
        List<List<Integer>> links = new ArrayList<>(n);
        List<List<Double>> linkWeights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new ArrayList<>());
            linkWeights.add(new ArrayList<>());
        }
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        for (int i = 0; i < n; i++) {
            Cancellation.check();
            int s = sentences[i];
            for (int k = 0; k < terms.size(s); k++) {
                int t = terms.term(s, k);
                if (!searched[t]) {
                    continue;
                }
                for (int j : holders[t]) {
                    if (j <= i || seenBy[j] == i) {
                        continue;  // each unordered pair once, from its lower node
                    }
                    seenBy[j] = i;
                    double w = terms.cosine(s, sentences[j]);
                    if (w >= minSimilarity && w > 0) {
                        links.get(i).add(j);
                        linkWeights.get(i).add(w);
                        links.get(j).add(i);
                        linkWeights.get(j).add(w);
                    }
                }
            }
        }
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> l = links.get(i);
            List<Double> w = linkWeights.get(i);
            Integer[] order = new Integer[l.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(l.get(a), l.get(b)));
            neighbours[i] = new int[order.length];
            weights[i] = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                neighbours[i][k] = l.get(order[k]);
                weights[i][k] = w.get(order[k]);
            }
        }
        return new SimilarityGraph(sentences.clone(), neighbours, weights);
    }

    /** Which terms to search: all, unless the commonest must go to keep the pair visits under the cap. */
    private static boolean[] searchedTerms(int[] df, long maxWork) {
        boolean[] searched = new boolean[df.length];
        long work = 0;
        for (int d : df) {
            work += (long) d * d;
        }
        Arrays.fill(searched, true);
        if (work <= maxWork) {
            return searched;
        }
        Integer[] byDf = new Integer[df.length];
        for (int t = 0; t < df.length; t++) {
            byDf[t] = t;
        }
        Arrays.sort(byDf, (a, b) -> df[a] != df[b] ? Integer.compare(df[b], df[a]) : Integer.compare(a, b));
        for (int t : byDf) {
            if (work <= maxWork) {
                break;
            }
            searched[t] = false;
            work -= (long) df[t] * df[t];
        }
        return searched;
    }

    /** Number of nodes. */
    public int size() {
        return sentences.length;
    }

    /** The sentence index of a node. */
    public int sentence(int node) {
        return sentences[node];
    }

    /** Number of nodes linked to {@code node}, not counting itself. */
    public int degree(int node) {
        return neighbours[node].length;
    }

    /** The {@code k}-th neighbour of {@code node} (ascending node numbers). */
    public int neighbour(int node, int k) {
        return neighbours[node][k];
    }

    /** Cosine between {@code node} and its {@code k}-th neighbour. */
    public double weight(int node, int k) {
        return weights[node][k];
    }
}
