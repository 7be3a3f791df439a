package org.newsum.model;

import java.util.Objects;

/**
 * One article given in memory rather than as a file (an article of a service request, a row of a table): its
 * text, its HTML, or the URL of the page to fetch.
 *
 * @param kind   whether {@code value} is text, HTML or a URL
 * @param value  the text, the HTML or the URL
 * @param title  the headline, or {@code null} (for a page, {@code null} keeps the page's own)
 * @param source the name to cite it by, or {@code null} for a default ("article 2", or a page's URL)
 * @param where  how messages name this input when its text is refused or changed, e.g. {@code articles[1].text}
 */
public record ArticleInput(Kind kind, String value, String title, String source, String where) {

    /** What an input gives. */
    public enum Kind { TEXT, HTML, URL }

    public ArticleInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(where, "where");
    }
}
