package org.newsum.model;

import java.time.Duration;

/**
 * How pages given by URL are fetched ({@code UrlFetcher}): time limits, the size cap and which addresses may be reached.
 *
 * @param connectTimeout the longest wait for one TCP (and TLS) connection
 * @param timeout        the longest a whole fetch may take, redirects and body included
 * @param maxBytes       the largest page body accepted
 * @param maxRedirects   the most redirects followed
 * @param policy         which resolved addresses may be connected to
 */
public record FetchOptions(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                           AddressPolicy policy) {

    /** Public addresses only, 5 s to connect, 15 s in all, 5 MB, 5 redirects. */
    public static final FetchOptions DEFAULT = new FetchOptions(Duration.ofSeconds(5), Duration.ofSeconds(15),
            5L * 1024 * 1024, 5, AddressPolicy.PUBLIC_ONLY);

    public FetchOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()
                || maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch timeouts and size cap must be positive");
        }
    }

    /**
     * For the command line: a person fetching pages from their own machine may read their intranet, so
     * every address is allowed; 10 s to connect, 30 s in all, and the input file size cap.
     */
    public static FetchOptions commandLine(IngestLimits limits) {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), limits.maxFileBytes(), 5,
                AddressPolicy.ANY);
    }

    public FetchOptions withPolicy(AddressPolicy p) {
        return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, p);
    }

    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(connectTimeout, t, maxBytes, maxRedirects, policy);
    }

    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(connectTimeout, timeout, bytes, maxRedirects, policy);
    }
}
