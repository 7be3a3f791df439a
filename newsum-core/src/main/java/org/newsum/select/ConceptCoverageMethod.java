package org.newsum.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Concept coverage (Gillick and Favre, 2009): choose the sentences whose concepts ({@link ConceptWeights})
 * weigh most in total, each concept counted once however many chosen sentences hold it, within the budget.
 * Counting a concept once is what removes redundancy: a second sentence about the same facts adds nothing.
 * Solved exactly by branch and bound ({@link CoverageSearch}) over the 150 best-covering candidates, starting
 * from the budgeted greedy answer; when the problem is too big, or the search reaches its node limit, the
 * better of greedy and the search's best so far is used. Budget left once no concept can be added goes to
 * salient sentences that repeat nothing chosen.
 */
final class ConceptCoverageMethod implements SelectionMethod {

    /**
     * Sizes and caps of the search.
     *
     * @param concepts      how concepts are weighed
     * @param poolSize      candidates kept for the exact search: those whose concepts and salience bonus weigh most
     * @param maxCandidates beyond this many candidates the cluster is searched greedily, not exactly
     * @param maxConcepts   beyond this many concepts in the pool, likewise
     * @param nodeLimit     the search's cap in branch-and-bound nodes, after which its best so far is taken
     */
    record Options(ConceptWeights.Options concepts, int poolSize, int maxCandidates, int maxConcepts,
                   long nodeLimit) {

        static final Options DEFAULT = new Options(ConceptWeights.Options.DEFAULT, 150, 5_000, 3_000, 200_000);
    }

    /** The sentences a search chose, the weight of the concepts they cover, and whether the search was exact. */
    record Solution(int[] sentences, double value, boolean exact) {
    }

    /**
     * Relative optimality gap at which the search stops: none, the optimum. On Multi-News validation clusters
     * a 1% gap was no faster, and on DUC 2003 the optimum scored 0.07 R-2 recall more.
     */
    private static final double GAP = 0;
    private static final BudgetFiller TOP_UP = new BudgetFiller(CentroidMethod.MAX_OVERLAP);

    /** Whether two sentences say the same thing, so that a solution holds at most one of them. */
    interface Repeats {
        boolean repeats(int a, int b);
    }

    private static final Repeats NO_REPEATS = (a, b) -> false;

    /**
     * With a sentence salience, two sentences can be worth taking for their salience alone although
     * they report one fact; then a sentence holding this share of another's weighted content repeats it.
     * On Multi-News validation clusters 0.3 cost 0.4 R-2 against 0.7, and 0.7 let a quote restating the
     * lead through ("the harbour stays shut" twice); 0.5 costs 0.1 R-2 and keeps such pairs apart.
     */
    static final double MAX_OVERLAP = 0.5;

    /** A per-sentence salience (by sentence index, 0 for non-candidates) that the objective adds to concepts. */
    interface Salience {
        double[] of(Cluster cluster, TermIndex terms);
    }

    private final String name;
    private final String description;
    private final Options options;
    private final Salience salience;
    private final double salienceWeight;

    ConceptCoverageMethod() {
        this(Options.DEFAULT);
    }

    ConceptCoverageMethod(Options options) {
        this("ilp", "concept coverage (Gillick & Favre): exact integer program over position-weighted bigrams", options, (cluster, terms) -> new double[cluster.sentences().size()], 0);
    }

    /**
     * Concept coverage plus a sentence salience: the objective adds, for each chosen sentence, its
     * salience scaled so the most salient sentence weighs {@code salienceWeight} times the heaviest
     * sentence's concepts.
     */
    ConceptCoverageMethod(String name, String description, Options options, Salience salience, double salienceWeight) {
        this.name = name;
        this.description = description;
        this.options = options;
        this.salience = salience;
        this.salienceWeight = salienceWeight;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        ConceptWeights concepts = ConceptWeights.of(cluster, options.concepts());
        Repeats repeats = salienceWeight > 0 ? (a, b) -> BudgetFiller.repeats(terms, a, b, MAX_OVERLAP) : NO_REPEATS;
        // the method's own salience ranks the spare-budget sentences; without one, the centroid does
        double[] salient = salienceWeight > 0 ? salience.of(cluster, terms) : CentroidSalience.scores(cluster, terms);
        Solution solution = solve(cluster, concepts, bonus(salient, concepts), repeats, budget);
        double[] value = concepts.sentenceScores();
        List<ScoredSentence> chosen = new ArrayList<>();
        for (int s : solution.sentences()) {
            chosen.add(new ScoredSentence(s, value[s]));
        }
        chosen.sort(RankedMethod.BEST_FIRST);
        // spare budget, once every reachable concept is covered: salient sentences that repeat nothing, scored below all chosen
        double floor = chosen.isEmpty() ? 1 : chosen.get(chosen.size() - 1).score();
        double top = Arrays.stream(salient).max().orElse(0);
        double[] spare = Arrays.stream(salient).map(x -> 0.5 * floor * x / top).toArray();
        // salience is zero for every sentence that is not a candidate
        List<ScoredSentence> rest = RankedMethod.ranking(spare, s -> salient[s] > 0, RankedMethod.BEST_FIRST);
        return TOP_UP.fill(name(), cluster, terms, budget, chosen, rest);
    }

    private double[] bonus(double[] s, ConceptWeights concepts) {
        double[] bonus = new double[s.length];
        if (salienceWeight <= 0) {
            return bonus;
        }
        double top = Arrays.stream(s).max().orElse(0);
        double heaviest = Arrays.stream(concepts.sentenceScores()).max().orElse(0);
        for (int i = 0; i < bonus.length && top > 0; i++) {
            bonus[i] = salienceWeight * heaviest * s[i] / top;
        }
        return bonus;
    }

    /** The best set of candidate sentences for the budget: exact when small enough, else greedy. */
    Solution solve(Cluster cluster, ConceptWeights concepts, Budget budget) {
        return solve(cluster, concepts, new double[cluster.sentences().size()], NO_REPEATS, budget);
    }

    /**
     * As {@link #solve(Cluster, ConceptWeights, Budget)}, with {@code bonus[s]} added to the objective for
     * each chosen sentence {@code s}: a sentence salience that concepts alone do not see; no two chosen
     * sentences repeat each other.
     */
    Solution solve(Cluster cluster, ConceptWeights concepts, double[] bonus, Repeats repeats, Budget budget) {
        int[] cost = SentenceCosts.of(cluster, budget);
        int capacity = SentenceCosts.capacity(budget);
        double[] concept = concepts.sentenceScores();
        double[] value = new double[concept.length];
        for (int i = 0; i < value.length; i++) {
            value[i] = concept[i] + bonus[i];
        }
        int[] candidates = cluster.sentences().stream()
                .filter(s -> concept[s.index()] > 0 && cost[s.index()] <= capacity && s.checks().strict())
                .mapToInt(Sentence::index).toArray();
        if (candidates.length == 0) {
            return new Solution(new int[0], 0, true);
        }
        if (candidates.length > options.maxCandidates()) {
            return greedy(candidates, concepts, bonus, repeats, cost, capacity);
        }
        // the exact search runs over the candidates whose concepts weigh most; few good sentences lie beyond them
        int[] pool = Arrays.stream(candidates).boxed()
                .sorted((a, b) -> value[a] != value[b] ? Double.compare(value[b], value[a]) : Integer.compare(a, b))
                .limit(options.poolSize()).mapToInt(Integer::intValue).sorted().toArray();
        int[] local = new int[concepts.conceptCount()];
        Arrays.fill(local, -1);
        List<Integer> used = new ArrayList<>();
        int[][] holds = new int[pool.length][];
        for (int j = 0; j < pool.length; j++) {
            holds[j] = concepts.concepts(pool[j]);
            for (int k = 0; k < holds[j].length; k++) {
                int c = holds[j][k];
                if (local[c] < 0) {
                    local[c] = used.size();
                    used.add(c);
                }
                holds[j][k] = local[c];
            }
        }
        Solution greedy = greedy(candidates, concepts, bonus, repeats, cost, capacity);
        if (used.size() > options.maxConcepts()) {
            return greedy;
        }
        double[] weight = used.stream().mapToDouble(concepts::weight).toArray();
        int[] poolCost = Arrays.stream(pool).map(s -> cost[s]).toArray();
        double[] poolBonus = Arrays.stream(pool).mapToDouble(s -> bonus[s]).toArray();
        int[] start = Arrays.stream(greedy.sentences()).map(sentence -> Arrays.binarySearch(pool, sentence))
                .filter(j -> j >= 0).toArray();
        Solution exact = exact(pool, holds, weight, poolBonus, repeats, poolCost, capacity, start);
        return exact.value() < greedy.value() - 1e-9 ? greedy : exact;
    }

    /** Gain-per-cost greedy over the candidates, with the best-singleton check. */
    static Solution greedy(int[] candidates, ConceptWeights concepts, int[] cost, int capacity) {
        return greedy(candidates, concepts, new double[concepts.sentenceScores().length], NO_REPEATS, cost, capacity);
    }

    /** Gain-per-cost greedy, each sentence's bonus counted once when it is chosen, repeats of chosen ones worth nothing. */
    static Solution greedy(int[] candidates, ConceptWeights concepts, double[] bonus, Repeats repeats, int[] cost,
                           int capacity) {
        int[] candidateCost = Arrays.stream(candidates).map(s -> cost[s]).toArray();
        BudgetedGreedy.Result r = BudgetedGreedy.maximize(candidateCost, capacity, 1.0, () -> new BudgetedGreedy.Objective() {
            private final boolean[] covered = new boolean[concepts.conceptCount()];
            private final List<Integer> taken = new ArrayList<>();

            @Override
            public double gain(int item) {
                for (int chosen : taken) {
                    if (repeats.repeats(candidates[item], chosen)) {
                        return 0;
                    }
                }
                double g = bonus[candidates[item]];
                for (int i = 0; i < concepts.size(candidates[item]); i++) {
                    int c = concepts.concept(candidates[item], i);
                    g += covered[c] ? 0 : concepts.weight(c);
                }
                return g;
            }

            @Override
            public void add(int item) {
                taken.add(candidates[item]);
                for (int i = 0; i < concepts.size(candidates[item]); i++) {
                    covered[concepts.concept(candidates[item], i)] = true;
                }
            }
        });
        return new Solution(Arrays.stream(r.items()).map(j -> candidates[j]).sorted().toArray(), r.value(), false);
    }

    /**
     * The integer program: maximize Σ w_c·c_c + Σ bonus_j·s_j subject to Σ cost_j·s_j ≤ capacity,
     * c_c ≤ Σ_{j holds c} s_j and no two repeating sentences, s and c binary; searched from the incumbent
     * {@code start} (pool positions). A solution that the search did not prove optimal is not exact.
     */
    private Solution exact(int[] sentences, int[][] holds, double[] weight, double[] bonus, Repeats repeats, int[] cost,
                           int capacity, int[] start) {
        // Concepts held by the same pool sentences act as one: their weights add up. A concept held by one
        // sentence is covered exactly when that sentence is chosen, so its weight moves onto the sentence.
        // An exact rewriting that leaves the search a fraction of the concepts to track.
        double[] objective = bonus.clone();
        List<List<Integer>> holders = new ArrayList<>();
        for (int i = 0; i < weight.length; i++) {
            holders.add(new ArrayList<>(2));
        }
        for (int j = 0; j < sentences.length; j++) {
            for (int i : holds[j]) {
                holders.get(i).add(j);
            }
        }
        java.util.Map<List<Integer>, Integer> groupOf = new java.util.HashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        List<Double> groupWeight = new ArrayList<>();
        for (int i = 0; i < weight.length; i++) {
            List<Integer> h = holders.get(i);
            if (h.size() == 1) {
                objective[h.get(0)] += weight[i];
            } else if (h.size() > 1) {
                Integer g = groupOf.computeIfAbsent(h, key -> {
                    groups.add(key);
                    groupWeight.add(0.0);
                    return groups.size() - 1;
                });
                groupWeight.set(g, groupWeight.get(g) + weight[i]);
            }
        }
        int[][] groupsOf = new int[sentences.length][];
        int[] count = new int[sentences.length];
        for (List<Integer> group : groups) {
            for (int j : group) {
                count[j]++;
            }
        }
        for (int j = 0; j < sentences.length; j++) {
            groupsOf[j] = new int[count[j]];
            count[j] = 0;
        }
        for (int g = 0; g < groups.size(); g++) {
            for (int j : groups.get(g)) {
                groupsOf[j][count[j]++] = g;
            }
        }
        List<List<Integer>> conflicting = new ArrayList<>();
        for (int j = 0; j < sentences.length; j++) {
            conflicting.add(new ArrayList<>());
        }
        for (int j = 0; j < sentences.length; j++) {
            for (int k = j + 1; k < sentences.length; k++) {
                if (repeats.repeats(sentences[j], sentences[k])) {
                    conflicting.get(j).add(k);
                    conflicting.get(k).add(j);
                }
            }
        }
        int[][] conflicts = conflicting.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        CoverageSearch.Problem problem = new CoverageSearch.Problem(objective, cost, capacity, groupsOf,
                groupWeight.stream().mapToDouble(Double::doubleValue).toArray(), conflicts);
        CoverageSearch.Result result = CoverageSearch.solve(problem, start, GAP, options.nodeLimit());
        return new Solution(Arrays.stream(result.items()).map(j -> sentences[j]).toArray(), result.value(),
                result.exact());
    }
}
