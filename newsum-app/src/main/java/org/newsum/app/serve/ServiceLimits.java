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
 * @param maxQueued       requests in the service besides those being summarized (fetching their links or waiting
 *                        for a summarizer); more get 503 with Retry-After before their body is read
 * @param requestTimeout  the longest one request may take, fetching, waiting and summarizing included
 * @param readTimeout     the longest a request's headers, and then its body, may take to arrive
 * @param maxFetches      links fetched at the same time, across all requests
 */
public record ServiceLimits(long maxRequestBytes, int maxArticles, int maxArticleWords, int maxConcurrent,
                            int maxQueued, Duration requestTimeout, Duration readTimeout, int maxFetches) {

    /** 2 MB, 50 articles of 20,000 words, one summary per core, 64 more in the service, 30 s, 10 s to send, 16 links. */
    public static final ServiceLimits DEFAULT = new ServiceLimits(2L * 1024 * 1024, 50, 20_000,
            Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(30));

    public ServiceLimits {
        if (maxRequestBytes < 1 || maxArticles < 1 || maxArticleWords < 1 || maxConcurrent < 1 || maxQueued < 0
                || maxFetches < 1 || requestTimeout.isNegative() || requestTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("service limits must be positive (the queue may be 0)");
        }
    }

    /** With the default read time limit (10 s) and links fetched at once (16). */
    public ServiceLimits(long maxRequestBytes, int maxArticles, int maxArticleWords, int maxConcurrent, int maxQueued,
                         Duration requestTimeout) {
        this(maxRequestBytes, maxArticles, maxArticleWords, maxConcurrent, maxQueued, requestTimeout,
                Duration.ofSeconds(10), 16);
    }

    public ServiceLimits withReadTimeout(Duration d) {
        return new ServiceLimits(maxRequestBytes, maxArticles, maxArticleWords, maxConcurrent, maxQueued,
                requestTimeout, d, maxFetches);
    }

    public ServiceLimits withMaxFetches(int n) {
        return new ServiceLimits(maxRequestBytes, maxArticles, maxArticleWords, maxConcurrent, maxQueued,
                requestTimeout, readTimeout, n);
    }
}
