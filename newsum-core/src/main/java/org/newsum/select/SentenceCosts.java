package org.newsum.select;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;

/**
 * Budget costs for methods that choose a set at once rather than a sequence: each sentence costs what
 * it costs after another ({@link Budget#costAfter} with one sentence before it), and the capacity is
 * raised by one separator, so a set of total cost at most the capacity fits the budget in any order.
 */
final class SentenceCosts {

    private SentenceCosts() {
    }

    /** The cost of every sentence of the cluster, by sentence index. */
    static int[] of(Cluster cluster, Budget budget) {
        int[] cost = new int[cluster.sentences().size()];
        for (int s = 0; s < cost.length; s++) {
            cost[s] = budget.costAfter(cluster.sentences().get(s), 1);
        }
        return cost;
    }

    /** The capacity matching {@link #of}: the limit plus the separator the first sentence does not pay. */
    static int capacity(Budget budget) {
        return budget.limit() + budget.costAfter("", 1) - budget.costAfter("", 0);
    }
}
