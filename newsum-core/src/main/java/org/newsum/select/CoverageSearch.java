package org.newsum.select;

import java.util.Arrays;

import org.newsum.model.Cancellation;

/**
 * Budgeted weighted coverage solved by depth-first branch and bound: choose items of total cost at most
 * the capacity maximizing the items' own values plus the weights of the groups they cover, each group
 * counted once, no two conflicting items together. This is the concept-coverage integer program of
 * {@link ConceptCoverageMethod} with its concepts already merged into groups.
 *
 * <p>The bound at a node is the fractional knapsack over the free items' marginal gains: coverage is
 * submodular, so the gains of any set of further items add up to at least what the set is worth, and the
 * fractional knapsack bounds any such sum. Each node branches on the item with the best gain per cost,
 * taking it first, so the first leaf is the greedy answer and good incumbents come early. The search
 * stops once no node can beat the incumbent by more than the relative gap, or after a node limit (then
 * the answer is the best found, not proven): a count, not a clock, so the answer never depends on load.
 */
final class CoverageSearch {

    /**
     * @param own         each item's own value, counted when it is chosen
     * @param cost        each item's cost
     * @param capacity    the most the chosen items may cost together
     * @param groupsOf    the groups each item covers
     * @param groupWeight each group's weight, counted once when any chosen item covers it
     * @param conflicts   for each item, the items it may not be chosen with (symmetric)
     */
    record Problem(double[] own, int[] cost, int capacity, int[][] groupsOf, double[] groupWeight, int[][] conflicts) {
    }

    /** The chosen items (ascending), their value, and whether the search proved it within the gap of the best. */
    record Result(int[] items, double value, boolean exact) {
    }

    private final Problem p;
    private final double gap;
    private final long nodeLimit;
    private final int n;
    private final int[] covered;
    private final int[] blocked;
    private final byte[] status; // 0 undecided, 1 chosen, -1 left out
    private final double[][] gains;
    private final int[][] orders;
    private long nodes;
    private boolean stopped;
    private double best;
    private boolean[] bestSet;

    private CoverageSearch(Problem p, double gap, long nodeLimit) {
        this.p = p;
        this.gap = gap;
        this.nodeLimit = nodeLimit;
        this.n = p.own().length;
        this.covered = new int[p.groupWeight().length];
        this.blocked = new int[n];
        this.status = new byte[n];
        this.gains = new double[n + 1][n];
        this.orders = new int[n + 1][n];
        this.bestSet = new boolean[n];
    }

    /**
     * The best set found, starting from the incumbent {@code start} (a feasible set, possibly empty).
     *
     * @param gap       relative optimality gap at which a node is not worth searching (0.01: within 1%)
     * @param nodeLimit nodes visited at most
     */
    static Result solve(Problem problem, int[] start, double gap, long nodeLimit) {
        CoverageSearch search = new CoverageSearch(problem, gap, nodeLimit);
        for (int item : start) {
            search.bestSet[item] = true;
        }
        search.best = search.value(search.bestSet);
        search.branch(0, 0, problem.capacity());
        int[] items = java.util.stream.IntStream.range(0, search.n).filter(j -> search.bestSet[j]).toArray();
        return new Result(items, search.best, !search.stopped);
    }

    /** The value of a set: own values plus each covered group's weight once. */
    double value(boolean[] set) {
        boolean[] seen = new boolean[p.groupWeight().length];
        double v = 0;
        for (int j = 0; j < n; j++) {
            if (set[j]) {
                v += p.own()[j];
                for (int g : p.groupsOf()[j]) {
                    if (!seen[g]) {
                        seen[g] = true;
                        v += p.groupWeight()[g];
                    }
                }
            }
        }
        return v;
    }

    private void branch(int depth, double value, int room) {
        if ((nodes & 1023) == 0) {
            Cancellation.check();
        }
        if (stopped || ++nodes > nodeLimit) {
            stopped = true;
            return;
        }
        double[] gain = gains[depth];
        int[] order = orders[depth];
        int free = 0;
        for (int j = 0; j < n; j++) {
            if (status[j] != 0 || blocked[j] > 0 || p.cost()[j] > room) {
                continue;
            }
            double g = p.own()[j];
            for (int c : p.groupsOf()[j]) {
                if (covered[c] == 0) {
                    g += p.groupWeight()[c];
                }
            }
            if (g > 0) {
                gain[j] = g;
                order[free++] = j;
            }
        }
        if (free == 0) {
            return;
        }
        sortByRatio(order, free, gain);
        double bound = value;
        int left = room;
        for (int k = 0; k < free; k++) {
            int j = order[k];
            if (p.cost()[j] <= left) {
                bound += gain[j];
                left -= p.cost()[j];
            } else {
                bound += gain[j] * left / p.cost()[j];
                break;
            }
        }
        if (bound <= best * (1 + gap) + 1e-12) {
            return;
        }
        int item = order[0];
        double with = value + gain[item];
        choose(item, 1);
        if (with > best + 1e-12) {
            best = with;
            for (int j = 0; j < n; j++) {
                bestSet[j] = status[j] == 1;
            }
        }
        branch(depth + 1, with, room - p.cost()[item]);
        choose(item, -1);
        status[item] = -1;
        branch(depth + 1, value, room);
        status[item] = 0;
    }

    /** Takes an item into the set (+1) or back out of it (-1). */
    private void choose(int item, int step) {
        status[item] = (byte) (step > 0 ? 1 : 0);
        for (int c : p.groupsOf()[item]) {
            covered[c] += step;
        }
        for (int k : p.conflicts()[item]) {
            blocked[k] += step;
        }
    }

    /** Insertion sort of the first {@code size} items by gain per cost, best first, ties to the lower item. */
    private void sortByRatio(int[] order, int size, double[] gain) {
        for (int i = 1; i < size; i++) {
            int j = order[i];
            double r = gain[j] / Math.max(1, p.cost()[j]);
            int k = i - 1;
            while (k >= 0 && before(j, r, order[k], gain)) {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = j;
        }
    }

    private boolean before(int a, double ratioA, int b, double[] gain) {
        double ratioB = gain[b] / Math.max(1, p.cost()[b]);
        return ratioA > ratioB || ratioA == ratioB && a < b;
    }

    static int[][] noConflicts(int n) {
        int[][] none = new int[n][];
        Arrays.fill(none, new int[0]);
        return none;
    }
}
