package org.newsum.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article of a cluster: where it came from and its text, raw (as read) or cleaned (body).
 *
 * @param id      stable id within its cluster, used for citations (e.g. {@code "a1"})
 * @param source  the name a person recognizes: a file name, a URL, or {@code "stdin"}
 * @param url     the article's URL if known, else {@code null}
 * @param title   the headline if known, else {@code null}
 * @param authors who wrote it, each as the source names them (e.g. {@code ["Jo Checker", "Sam Writer"]}), empty
 *                when unknown
 * @param date    the publication date as given by the source, else {@code null}
 * @param format  whether {@code text} is HTML or plain text
 * @param text    the raw input, or the clean body after the clean stage
 */
public record Article(String id, String source, String url, String title, List<String> authors, String date,
                      Format format, String text) {

    /** The kind of text an article holds. */
    public enum Format { TEXT, HTML }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The authors written as a byline ("A, B and C", {@link Byline#of}), or {@code null} when unknown. */
    public String byline() {
        return Byline.of(authors);
    }

    /** A plain-text article with no metadata. */
    public static Article ofText(String id, String source, String text) {
        return new Article(id, source, null, null, null, null, Format.TEXT, text);
    }

    /** The same article with a new plain-text body. */
    public Article withBody(String body) {
        return new Article(id, source, url, title, authors, date, Format.TEXT, body);
    }

    /** The same article with a title (kept when it already has one). */
    public Article withTitleIfAbsent(String newTitle) {
        return title != null ? this
                : new Article(id, source, url, newTitle, authors, date, format, text);
    }

    /** The same article with these authors (kept when it already has some). */
    public Article withAuthorsIfAbsent(List<String> newAuthors) {
        return !authors.isEmpty() || newAuthors == null || newAuthors.isEmpty() ? this
                : new Article(id, source, url, title, newAuthors, date, format, text);
    }
}
