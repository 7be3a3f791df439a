package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetedGreedyTest {

    /** A modular objective: each item is worth its value, once. */
    private static BudgetedGreedy.Objective values(double... value) {
        return new BudgetedGreedy.Objective() {
            private final boolean[] taken = new boolean[value.length];

            @Override
            public double gain(int item) {
                return taken[item] ? 0 : value[item];
            }

            @Override
            public void add(int item) {
                taken[item] = true;
            }
        };
    }

    @Test
    void takesTheBestRatiosThatFit() {
        BudgetedGreedy.Result r = BudgetedGreedy.maximize(new int[] {5, 5, 5, 5}, 10, 1,
                () -> values(1, 4, 3, 2));
        assertThat(r.items()).containsExactly(1, 2);
        assertThat(r.value()).isEqualTo(7);
    }

    @Test
    void theBestSingletonBeatsACheapGreedyStart() {
        // by ratio the cheap item goes first and then the valuable one no longer fits
        BudgetedGreedy.Result r = BudgetedGreedy.maximize(new int[] {1, 10}, 10, 1, () -> values(1, 9));
        assertThat(r.items()).containsExactly(1);
        assertThat(r.value()).isEqualTo(9);
    }
}
