package org.newsum.select;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.newsum.model.Cancellation;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Lin and Bilmes' (2011) submodular summarization: maximize coverage plus diversity,
 * F(S) = Σ_i min(C_i(S), α·C_i(V)) + λ·Σ_k √(Σ_{j ∈ S ∩ P_k} r_j), where C_i(S) is how similar the chosen
 * sentences are to sentence i (tf-idf cosine, summed), α = a/N lets each sentence be covered only so
 * much, P_k partition the sentences into groups of similar content and r_j is sentence j's average
 * similarity to all sentences; the square root makes a second choice from one group worth less than a
 * first from another. Maximized by budgeted lazy greedy with gain/cost^r and the best-singleton check.
 * Coverage is measured over all sentences; only candidates ({@link Sentence#checks()}) are chosen. For
 * news, each sentence's coverage term and reward are weighted by its {@link PositionPrior}: covering what
 * the articles lead with matters more than covering their tails (+1.3 R-1 on Multi-News validation).
 * Near-restatements of a chosen sentence gain nothing.
 */
final class SubmodularMethod implements SelectionMethod {

    /**
     * The objective's parameters.
     *
     * @param a            saturation: each sentence is covered up to a/N of its total similarity
     * @param lambda       weight of diversity against coverage
     * @param r            cost exponent of the greedy ratio
     * @param groupSimilarity cosine at which a sentence joins a group's leader
     * @param maxNodes     sentences the objective is measured over, at most (leads kept first)
     * @param positionMix  0 treats every sentence alike; 1 weighs each sentence's coverage and reward by its
     *                     {@link PositionPrior}, so covering an article's lead counts more than covering its tail
     */
    record Options(double a, double lambda, double r, double groupSimilarity, int maxNodes, double positionMix) {

        /** Lin and Bilmes' DUC settings (λ = 6, r = 0.3) with a = 10 and the position weighting, tuned lightly. */
        static final Options DEFAULT = new Options(10, 6, 0.3, 0.2, 3_000, 1.0);
    }

    /**
     * Share of a sentence's weighted content a chosen sentence must hold for it to gain nothing. Looser than
     * the centroid method's repeat rule (0.3): the diversity term already handles partial overlap, and
     * blocking at 0.3 cost 0.5 R-1 on validation.
     */
    static final double NEAR_COPY = 0.5;

    private final Options options;

    SubmodularMethod() {
        this(Options.DEFAULT);
    }

    SubmodularMethod(Options options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "submodular";
    }

    @Override
    public String description() {
        return "submodular coverage + diversity (Lin & Bilmes), budgeted lazy greedy";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        int[] nodes = groundSet(cluster, terms);
        int n = nodes.length;
        SimilarityGraph graph = SimilarityGraph.of(terms, nodes, 0);
        double[] total = new double[n];   // C_i(V), self-similarity 1 included
        for (int i = 0; i < n; i++) {
            total[i] = 1;
            for (int k = 0; k < graph.degree(i); k++) {
                total[i] += graph.weight(i, k);
            }
        }
        double alpha = Math.min(1, options.a() / Math.max(1, n));
        double[] cap = Arrays.stream(total).map(t -> alpha * t).toArray();
        double[] importance = new double[n];
        double[] reward = new double[n];
        for (int i = 0; i < n; i++) {
            Cancellation.check();
            Sentence s = cluster.sentences().get(nodes[i]);
            importance[i] = 1 - options.positionMix() + options.positionMix() * PositionPrior.weight(s.position());
            reward[i] = importance[i] * total[i] / Math.max(1, n);
        }
        int[] group = groups(graph, reward, options.groupSimilarity());
        int[] items = IntStream.range(0, n).filter(i -> cluster.sentences().get(nodes[i]).checks().strict()).toArray();
        int[] allCost = SentenceCosts.of(cluster, budget);
        int[] cost = Arrays.stream(items).map(i -> allCost[nodes[i]]).toArray();
        BudgetedGreedy.Result result = BudgetedGreedy.maximize(cost, SentenceCosts.capacity(budget), options.r(),
                () -> new BudgetedGreedy.Objective() {
                    private final double[] covered = new double[n];
                    private final double[] groupReward = new double[n];
                    private final List<Integer> taken = new java.util.ArrayList<>();

                    @Override
                    public double gain(int item) {
                        int l = items[item];
                        for (int t : taken) {
                            if (BudgetFiller.repeats(terms, nodes[l], nodes[t], NEAR_COPY)) {
                                return 0;  // the soft diversity term alone lets small clusters take a paraphrase
                            }
                        }
                        double g = importance[l] * (Math.min(covered[l] + 1, cap[l]) - Math.min(covered[l], cap[l]));
                        for (int k = 0; k < graph.degree(l); k++) {
                            int i = graph.neighbour(l, k);
                            g += importance[i]
                                    * (Math.min(covered[i] + graph.weight(l, k), cap[i]) - Math.min(covered[i], cap[i]));
                        }
                        double before = groupReward[group[l]];
                        return g + options.lambda() * (Math.sqrt(before + reward[l]) - Math.sqrt(before));
                    }

                    @Override
                    public void add(int item) {
                        int l = items[item];
                        covered[l] += 1;
                        for (int k = 0; k < graph.degree(l); k++) {
                            covered[graph.neighbour(l, k)] += graph.weight(l, k);
                        }
                        groupReward[group[l]] += reward[l];
                        taken.add(l);
                    }
                });
        // the objective's value of each chosen sentence alone ranks them
        List<ScoredSentence> chosen = Arrays.stream(result.items())
                .mapToObj(item -> new ScoredSentence(nodes[items[item]], reward[items[item]]))
                .sorted(RankedMethod.BEST_FIRST).toList();
        return new Selection(name(), budget, chosen);
    }

    /** The sentences coverage is measured over: all with content, or for huge clusters candidates, leads first. */
    private int[] groundSet(Cluster cluster, TermIndex terms) {
        List<Sentence> all = cluster.sentences().stream().filter(s -> terms.size(s.index()) > 0).toList();
        if (all.size() > options.maxNodes()) {
            all = all.stream().filter(s -> s.checks().strict())
                    .sorted(Comparator.comparingInt(Sentence::position).thenComparingInt(Sentence::index))
                    .limit(options.maxNodes()).toList();
        }
        return all.stream().mapToInt(Sentence::index).sorted().toArray();
    }

    /**
     * A partition into groups of similar content, by leaders: the most central sentence not yet grouped
     * leads a new group and takes in its ungrouped neighbours at cosine {@code minSimilarity} or more.
     */
    static int[] groups(SimilarityGraph graph, double[] centrality, double minSimilarity) {
        int n = graph.size();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> centrality[x] != centrality[y]
                ? Double.compare(centrality[y], centrality[x]) : Integer.compare(x, y));
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int groups = 0;
        for (int leader : order) {
            if (group[leader] >= 0) {
                continue;
            }
            group[leader] = groups;
            for (int k = 0; k < graph.degree(leader); k++) {
                int member = graph.neighbour(leader, k);
                if (group[member] < 0 && graph.weight(leader, k) >= minSimilarity) {
                    group[member] = groups;
                }
            }
            groups++;
        }
        return group;
    }
}
