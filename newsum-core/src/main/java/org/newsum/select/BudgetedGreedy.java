package org.newsum.select;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

import org.newsum.model.Cancellation;

/**
 * Budgeted lazy greedy maximization of a monotone submodular set function (Lin and Bilmes, 2010-2011):
 * repeatedly take the item with the best gain per cost^r, skipping items that no longer fit, then
 * compare the result with the best single item, which guards against a cheap start crowding out one
 * valuable long item. Gains only shrink as the set grows (submodularity), so a stale gain is an upper
 * bound and only the top of the queue needs refreshing. Ties go to the lower item number.
 */
final class BudgetedGreedy {

    /** A set function under construction: the gain of adding an item to the set so far, and the adding. */
    interface Objective {
        double gain(int item);

        void add(int item);
    }

    /** The items chosen and the objective's value of the set. */
    record Result(int[] items, double value) {
    }

    private BudgetedGreedy() {
    }

    /**
     * Chooses among items {@code 0..cost.length-1} a set of total cost at most {@code capacity}.
     *
     * @param fresh supplies a new, empty objective (called twice: greedy run and singleton check)
     * @param r     the cost exponent: 1 is gain per unit cost, 0 ignores cost
     */
    static Result maximize(int[] cost, int capacity, double r, Supplier<Objective> fresh) {
        Objective objective = fresh.get();
        double[] scale = new double[cost.length];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        for (int i = 0; i < cost.length; i++) {
            scale[i] = Math.pow(Math.max(1, cost[i]), r);
            if (cost[i] <= capacity) {
                queue.add(new double[] {Double.POSITIVE_INFINITY, i});
            }
        }
        List<Integer> chosen = new ArrayList<>();
        double value = 0;
        int used = 0;
        while (!queue.isEmpty()) {
            Cancellation.check();
            double[] top = queue.poll();
            int item = (int) top[1];
            if (used + cost[item] > capacity) {
                continue;  // budgets only fill up, so it will never fit
            }
            double gain = objective.gain(item);
            double ratio = gain / scale[item];
            double[] next = queue.peek();
            if (next != null && ratio < next[0]) {
                top[0] = ratio;
                queue.add(top);
                continue;
            }
            if (gain <= 0) {
                break;  // the best remaining item adds nothing, so none does
            }
            objective.add(item);
            chosen.add(item);
            value += gain;
            used += cost[item];
        }
        Objective empty = fresh.get();
        int best = -1;
        double bestValue = value;
        for (int i = 0; i < cost.length; i++) {
            if (cost[i] <= capacity) {
                double single = empty.gain(i);
                if (single > bestValue) {
                    best = i;
                    bestValue = single;
                }
            }
        }
        if (best >= 0) {
            return new Result(new int[] {best}, bestValue);
        }
        return new Result(chosen.stream().mapToInt(Integer::intValue).toArray(), value);
    }
}
