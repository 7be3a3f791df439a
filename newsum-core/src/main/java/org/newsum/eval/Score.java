package org.newsum.eval;

/**
 * Recall, precision and F of one ROUGE metric.
 *
 * @param r recall
 * @param p precision
 * @param f F-measure
 */
public record Score(double r, double p, double f) {

    public static final Score ZERO = new Score(0, 0, 0);

    /** Recall, precision and F from hit and gram counts, as ROUGE-1.5.5 computes them. */
    static Score of(double hits, double referenceCount, double systemCount, double alpha) {
        double r = referenceCount > 0 ? hits / referenceCount : 0;
        double p = systemCount > 0 ? hits / systemCount : 0;
        double f = (1 - alpha) * p + alpha * r > 0 ? p * r / ((1 - alpha) * p + alpha * r) : 0;
        return new Score(r, p, f);
    }
}
