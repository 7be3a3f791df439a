package org.newsum.model;


/**
 * A URL that could not be fetched, with the kind of failure so a service can answer with the right status.
 */
public final class FetchException extends NewsumException {

    /** Why a fetch failed. */
    public enum Kind {
        /** The URL is not http or https, or its host resolves to an address the policy refuses. */
        REFUSED,
        /** Connecting or reading took longer than the fetcher's time limit. */
        TIMEOUT,
        /** The page is larger than the fetcher's size cap. */
        TOO_LARGE,
        /** The page is not text or HTML (an image, a PDF, an archive). */
        NOT_AN_ARTICLE,
        /** The host is unknown or unreachable, the server answered with an error, or redirected too often. */
        FAILED
    }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
