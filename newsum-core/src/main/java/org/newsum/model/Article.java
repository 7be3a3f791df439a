package org.newsum.model;

import java.util.Objects;

/**
 * One news article of a cluster: where it came from and its text, raw (as read) or cleaned (body).
 *
 * @param id      stable id within its cluster, used for citations (e.g. {@code "a1"})
 * @param source  the name a person recognizes: a file name, a URL, or {@code "stdin"}
 * @param url     the article's URL if known, else {@code null}
 * @param title   the headline if known, else {@code null}
 * @param byline  who wrote it, as the source names them (e.g. {@code "Jo Checker"}), else {@code null}
 * @param date    the publication date as given by the source, else {@code null}
 * @param format  whether {@code text} is HTML or plain text
 * @param text    the raw input, or the clean body after the clean stage
 */
public record Article(String id, String source, String url, String title, String byline, String date,
                      Format format, String text) {

    /** The kind of text an article holds. */
    public enum Format { TEXT, HTML }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    /** A plain-text article with no metadata. */
    public static Article ofText(String id, String source, String text) {
        return new Article(id, source, null, null, null, null, Format.TEXT, text);
    }

    /** The same article with a new plain-text body. */
    public Article withBody(String body) {
        return new Article(id, source, url, title, byline, date, Format.TEXT, body);
    }

    /** The same article with a title (kept when it already has one). */
    public Article withTitleIfAbsent(String newTitle) {
        return title != null ? this
                : new Article(id, source, url, newTitle, byline, date, format, text);
    }

    /** The same article with a byline (kept when it already has one). */
    public Article withBylineIfAbsent(String newByline) {
        return byline != null || newByline == null ? this
                : new Article(id, source, url, title, newByline, date, format, text);
    }
}
