package org.newsum.app.serve;

import java.time.Duration;

/**
 * What one {@code newsum serve} accepts and how much work it takes on at once; a request over a limit gets a
 * clear error instead of slowing everyone down.
 *
 * @param maxRequestBytes the largest request body
 * @param maxArticles     the most articles in one request
 * @param maxArticleWords the most words in one article (for HTML, the words outside tags)
 * @param maxConcurrent   summaries computed at the same time
 * @param maxQueued       requests waiting for a free summarizer; more get 503 with Retry-After
 * @param requestTimeout  the longest one request may take, fetching, waiting and summarizing included
 */
public record ServiceLimits(long maxRequestBytes, int maxArticles, int maxArticleWords, int maxConcurrent,
                            int maxQueued, Duration requestTimeout) {

    /** 2 MB, 50 articles of 20,000 words, one summary per core, 64 waiting, 30 s. */
    public static final ServiceLimits DEFAULT = new ServiceLimits(2L * 1024 * 1024, 50, 20_000,
            Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(30));

    public ServiceLimits {
        if (maxRequestBytes < 1 || maxArticles < 1 || maxArticleWords < 1 || maxConcurrent < 1 || maxQueued < 0
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("service limits must be positive (the queue may be 0)");
        }
    }
}
