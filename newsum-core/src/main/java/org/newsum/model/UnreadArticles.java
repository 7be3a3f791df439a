package org.newsum.model;

import java.util.List;

/**
 * Articles given in memory that could not be read, each with its place among the inputs and its problem: a
 * {@link FetchException} for a page that could not be fetched, a {@link NewsumException} for a text refused.
 */
public final class UnreadArticles extends NewsumException {

    /**
     * One input that could not be read.
     *
     * @param index   its place among the inputs, from 0
     * @param input   the input
     * @param problem why it could not be read, naming it
     */
    public record Failure(int index, ArticleInput input, NewsumException problem) {
    }

    private final transient List<Failure> failures;

    /** The failures in input order; there is at least one, and the message is the first's. */
    public UnreadArticles(List<Failure> failures) {
        super(failures.get(0).problem().getMessage(), failures.get(0).problem());
        this.failures = List.copyOf(failures);
    }

    public List<Failure> failures() {
        return failures;
    }
}
