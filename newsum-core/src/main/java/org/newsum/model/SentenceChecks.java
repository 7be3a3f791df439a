package org.newsum.model;

/**
 * What the text stage's sentence checks found for one sentence, judged once when the sentence is made:
 * whether it may stand in a summary, by the strict checks every selection method applies, and by the
 * relaxed checks that the summary falls back on when a method chooses nothing.
 *
 * @param strict  a whole declarative sentence of reasonable length that a reader can follow on its own
 * @param relaxed prose of the sources, not site furniture, though it may fail the strict checks (a strict
 *                sentence usually passes these too, but one made mostly of numbers does not)
 */
public record SentenceChecks(boolean strict, boolean relaxed) {

    private static final SentenceChecks NEITHER = new SentenceChecks(false, false);
    private static final SentenceChecks STRICT_ONLY = new SentenceChecks(true, false);
    private static final SentenceChecks RELAXED_ONLY = new SentenceChecks(false, true);
    private static final SentenceChecks BOTH = new SentenceChecks(true, true);

    /** The verdicts, shared: a cluster has one of four values for each of its many sentences. */
    public static SentenceChecks of(boolean strict, boolean relaxed) {
        return strict ? (relaxed ? BOTH : STRICT_ONLY) : (relaxed ? RELAXED_ONLY : NEITHER);
    }
}
