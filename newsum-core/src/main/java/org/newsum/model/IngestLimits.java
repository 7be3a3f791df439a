package org.newsum.model;

/**
 * Limits that protect newsum from input it cannot sensibly summarize.
 *
 * @param maxFileBytes  the largest single file (or stdin, or JSON line) accepted
 * @param maxArticles   the most articles one cluster may hold
 */
public record IngestLimits(long maxFileBytes, int maxArticles) {

    public static final IngestLimits DEFAULT = new IngestLimits(32L * 1024 * 1024, 1000);

    public IngestLimits {
        if (maxFileBytes < 1 || maxArticles < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
