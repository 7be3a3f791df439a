package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CoverageSearchTest {

    @Test
    void findsTheOptimumOfRandomProblemsThatBruteForceChecks() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            CoverageSearch.Problem problem = randomProblem(random, 2 + random.nextInt(11), 1 + random.nextInt(15));
            CoverageSearch.Result result = CoverageSearch.solve(problem, new int[0], 0, Long.MAX_VALUE);
            assertThat(result.exact()).isTrue();
            assertThat(result.value()).as("round %d", round).isCloseTo(bruteForce(problem), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(feasible(problem, result.items())).isTrue();
        }
    }

    @Test
    void aGoodIncumbentIsKeptWhenNothingBeatsIt() {
        // two items cover the same group; either alone is optimal, and the incumbent is the second
        CoverageSearch.Problem problem = new CoverageSearch.Problem(new double[] {0, 0}, new int[] {3, 3}, 4,
                new int[][] {{0}, {0}}, new double[] {5}, CoverageSearch.noConflicts(2));
        CoverageSearch.Result result = CoverageSearch.solve(problem, new int[] {1}, 0, Long.MAX_VALUE);
        assertThat(result.items()).containsExactly(1);
        assertThat(result.value()).isEqualTo(5);
    }

    @Test
    void conflictingItemsAreNeverChosenTogether() {
        // items 0 and 1 are worth most together but repeat each other
        CoverageSearch.Problem problem = new CoverageSearch.Problem(new double[] {4, 4, 1}, new int[] {1, 1, 1}, 3,
                new int[][] {{}, {}, {}}, new double[0], new int[][] {{1}, {0}, {}});
        CoverageSearch.Result result = CoverageSearch.solve(problem, new int[0], 0, Long.MAX_VALUE);
        assertThat(result.items()).containsExactly(0, 2);
        assertThat(result.value()).isEqualTo(5);
    }

    @Test
    void theNodeLimitEndsTheSearchWithTheBestSoFarMarkedNotExact() {
        Random random = new Random(11);
        CoverageSearch.Problem problem = randomProblem(random, 40, 60);
        CoverageSearch.Result limited = CoverageSearch.solve(problem, new int[0], 0, 5);
        assertThat(limited.exact()).isFalse();
        assertThat(feasible(problem, limited.items())).isTrue();
        assertThat(limited.value()).isGreaterThan(0);
        CoverageSearch.Result full = CoverageSearch.solve(problem, new int[0], 0, Long.MAX_VALUE);
        assertThat(full.value()).isGreaterThanOrEqualTo(limited.value());
    }

    @Test
    void aGapStopsEarlyButStaysWithinIt() {
        Random random = new Random(3);
        for (int round = 0; round < 100; round++) {
            CoverageSearch.Problem problem = randomProblem(random, 12, 12);
            double optimum = bruteForce(problem);
            CoverageSearch.Result result = CoverageSearch.solve(problem, new int[0], 0.05, Long.MAX_VALUE);
            assertThat(result.value() * 1.05).isGreaterThanOrEqualTo(optimum - 1e-9);
        }
    }

    private static CoverageSearch.Problem randomProblem(Random random, int items, int groups) {
        double[] own = new double[items];
        int[] cost = new int[items];
        int[][] groupsOf = new int[items][];
        for (int j = 0; j < items; j++) {
            own[j] = random.nextInt(3) == 0 ? random.nextDouble() : 0;
            cost[j] = 1 + random.nextInt(9);
            groupsOf[j] = random.ints(random.nextInt(5), 0, groups).distinct().toArray();
        }
        double[] weight = random.doubles(groups, 0.1, 3).toArray();
        boolean[][] conflict = new boolean[items][items];
        for (int j = 0; j < items; j++) {
            for (int k = j + 1; k < items; k++) {
                conflict[j][k] = conflict[k][j] = random.nextInt(8) == 0;
            }
        }
        int[][] conflicts = new int[items][];
        for (int j = 0; j < items; j++) {
            final int row = j;
            conflicts[j] = java.util.stream.IntStream.range(0, items).filter(k -> conflict[row][k]).toArray();
        }
        int capacity = 5 + random.nextInt(20);
        return new CoverageSearch.Problem(own, cost, capacity, groupsOf, weight, conflicts);
    }

    private static double bruteForce(CoverageSearch.Problem p) {
        int n = p.own().length;
        double best = 0;
        for (int m = 0; m < 1 << n; m++) {
            final int mask = m;
            int[] items = java.util.stream.IntStream.range(0, n).filter(j -> (mask >> j & 1) == 1).toArray();
            if (feasible(p, items)) {
                best = Math.max(best, value(p, items));
            }
        }
        return best;
    }

    private static boolean feasible(CoverageSearch.Problem p, int[] items) {
        int used = 0;
        for (int j : items) {
            used += p.cost()[j];
            for (int k : items) {
                if (Arrays.stream(p.conflicts()[j]).anyMatch(c -> c == k)) {
                    return false;
                }
            }
        }
        return used <= p.capacity();
    }

    private static double value(CoverageSearch.Problem p, int[] items) {
        boolean[] covered = new boolean[p.groupWeight().length];
        double v = 0;
        for (int j : items) {
            v += p.own()[j];
            for (int g : p.groupsOf()[j]) {
                covered[g] = true;
            }
        }
        for (int g = 0; g < covered.length; g++) {
            v += covered[g] ? p.groupWeight()[g] : 0;
        }
        return v;
    }
}
