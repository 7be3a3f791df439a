package org.newsum.model;

import java.util.function.BooleanSupplier;

/**
 * What the text stage's sentence checks found for one sentence, judged when the sentence is made: whether it may
 * stand in a summary, by the strict checks every selection method applies, and by the relaxed checks that the
 * summary falls back on when a method chooses nothing. The strict verdict is decided at once; the relaxed one,
 * which only the fallback asks for, may be left to its first use (then decided once, by the text stage's rule),
 * so that the costliest rule does not run on every sentence for a verdict most clusters never read.
 * Immutable in what it says: equal verdicts are equal, however they were reached.
 */
public final class SentenceChecks {

    private static final SentenceChecks NEITHER = new SentenceChecks(false, false);
    private static final SentenceChecks STRICT_ONLY = new SentenceChecks(true, false);
    private static final SentenceChecks RELAXED_ONLY = new SentenceChecks(false, true);
    private static final SentenceChecks BOTH = new SentenceChecks(true, true);

    private final boolean strict;
    private volatile BooleanSupplier relaxedRule; // null once decided
    private volatile boolean relaxed;

    private SentenceChecks(boolean strict, boolean relaxed) {
        this.strict = strict;
        this.relaxed = relaxed;
    }

    private SentenceChecks(boolean strict, BooleanSupplier relaxedRule) {
        this.strict = strict;
        this.relaxedRule = relaxedRule;
    }

    /** The verdicts, shared: a cluster has one of four values for each of its many sentences. */
    public static SentenceChecks of(boolean strict, boolean relaxed) {
        return strict ? (relaxed ? BOTH : STRICT_ONLY) : (relaxed ? RELAXED_ONLY : NEITHER);
    }

    /** A strict verdict now, and a relaxed one that {@code relaxedRule} decides when it is first asked for. */
    public static SentenceChecks deferred(boolean strict, BooleanSupplier relaxedRule) {
        return new SentenceChecks(strict, java.util.Objects.requireNonNull(relaxedRule, "relaxedRule"));
    }

    /** A whole declarative sentence of reasonable length that a reader can follow on its own. */
    public boolean strict() {
        return strict;
    }

    /**
     * Prose of the sources, not site furniture, though it may fail the strict checks (a strict sentence usually
     * passes these too, but one made mostly of numbers does not).
     */
    public boolean relaxed() {
        if (relaxedRule != null) {
            synchronized (this) {
                if (relaxedRule != null) {
                    relaxed = relaxedRule.getAsBoolean();
                    relaxedRule = null;
                }
            }
        }
        return relaxed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceChecks other && strict == other.strict && relaxed() == other.relaxed();
    }

    @Override
    public int hashCode() {
        return (strict ? 2 : 0) + (relaxed() ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SentenceChecks[strict=" + strict + ", relaxed=" + relaxed() + "]";
    }
}
