package org.newsum.eval;

/**
 * Perl's {@code srand}/{@code rand} on Linux, bit for bit: the 48-bit linear congruential generator of
 * {@code drand48} (which Perl uses from the C library, and since 5.20 carries as its own copy with the same
 * numbers), so that ROUGE-1.5.5's bootstrap resamples can be drawn again exactly. One instance is one
 * {@code srand(seed)} and the {@code rand} calls after it; not thread-safe.
 */
final class PerlRandom {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    /** {@code srand(seed)}: the seed's low 32 bits above the constant 0x330E, as {@code srand48} sets them. */
    PerlRandom(long seed) {
        state = ((seed & 0xFFFFFFFFL) << 16) | 0x330EL;
    }

    /** {@code rand()}: the next state over 2^48, a double in [0, 1) with no rounding. */
    double next() {
        state = (state * MULTIPLIER + INCREMENT) & MASK; // the low 48 bits survive Java's wrap-around
        return state * 0x1p-48;
    }

    /** {@code int(rand(n))}: Perl multiplies n by {@code rand()} and truncates. */
    int index(int n) {
        return (int) (n * next());
    }
}
