package org.newsum.select;

import java.util.Arrays;

import org.newsum.model.Cancellation;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * LexRank (Erkan and Radev, 2004): a sentence is central when sentences similar to it are central,
 * computed as the stationary distribution of a random walk on the tf-idf cosine graph of the cluster's
 * candidate sentences, with damping. The continuous variant weights each link by its cosine; the
 * threshold variant keeps links at or above a cosine threshold, unweighted. Every node keeps a link to
 * itself (its cosine with itself is 1), as in the original similarity matrix, so no node is a dead end.
 */
public final class LexRank {

    /**
     * How to rank.
     *
     * @param damping   probability of following a link rather than jumping to a random sentence
     * @param threshold 0 for continuous LexRank; otherwise the cosine a link needs, and links are unweighted
     */
    public record Options(double damping, double threshold) {

        /** Continuous LexRank with the usual damping. */
        public static final Options CONTINUOUS = new Options(0.85, 0);
        /** Threshold LexRank at the cosine 0.1 that Erkan and Radev found best. */
        public static final Options THRESHOLD = new Options(0.85, 0.1);

        public Options {
            if (damping < 0 || damping >= 1 || threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("damping must be in [0, 1) and threshold in [0, 1]");
            }
        }
    }

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-10;

    private LexRank() {
    }

    /**
     * Continuous LexRank of the cluster's candidate sentences ({@link Sentence#checks()}), by sentence index:
     * non-candidates score 0 and the candidates' scores sum to 1.
     */
    public static double[] scores(Cluster cluster, TermIndex terms) {
        return scores(cluster, terms, Options.CONTINUOUS);
    }

    /** LexRank of the cluster's candidate sentences with the given options, by sentence index (summing to 1). */
    public static double[] scores(Cluster cluster, TermIndex terms, Options options) {
        int[] nodes = cluster.sentences().stream()
                .filter(s -> terms.size(s.index()) > 0 && s.checks().strict())
                .mapToInt(Sentence::index).toArray();
        SimilarityGraph graph = SimilarityGraph.of(terms, nodes, Math.max(options.threshold(), 1e-9));
        double[] rank = rank(graph, options);
        double[] bySentence = new double[cluster.sentences().size()];
        for (int i = 0; i < nodes.length; i++) {
            bySentence[nodes[i]] = rank[i];
        }
        return bySentence;
    }

    /** LexRank of the nodes of a graph, by node number: the stationary distribution, summing to 1. */
    public static double[] rank(SimilarityGraph graph, Options options) {
        int n = graph.size();
        if (n == 0) {
            return new double[0];
        }
        boolean continuous = options.threshold() == 0;
        // out-weight of each node, its self-link included
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 1;
            for (int k = 0; k < graph.degree(i); k++) {
                out[i] += continuous ? graph.weight(i, k) : 1;
            }
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        double[] next = new double[n];
        double jump = (1 - options.damping()) / n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Cancellation.check();
            // the graph is symmetric, so the mass node i receives is the sum over its neighbours j of p_j w_ji / out_j
            double change = 0;
            for (int i = 0; i < n; i++) {
                double in = p[i] / out[i];
                for (int k = 0; k < graph.degree(i); k++) {
                    int j = graph.neighbour(i, k);
                    in += p[j] * (continuous ? graph.weight(i, k) : 1) / out[j];
                }
                next[i] = jump + options.damping() * in;
                change += Math.abs(next[i] - p[i]);
            }
            double[] swap = p;
            p = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return p;
    }
}
