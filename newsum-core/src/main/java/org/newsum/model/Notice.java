package org.newsum.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a person should know about how the input was read, cleaned or summarized, e.g. that a file was
 * decoded as Windows-1252 or that one article was left. Made only by the typed factories below, one a kind.
 *
 * @param kind    what is noticed, from the catalogue: programs match it (or its {@link Kind#code() code})
 * @param message the notice in words a person can read
 */
public record Notice(Kind kind, String message) {

    /** The catalogue of notices, each with a stable code ({@link Code}). */
    public enum Kind implements Code {

        // Reading the input.
        ENCODING_FALLBACK("N101", "{input}: not valid UTF-8, read as {charset}"),
        CONTROLS_REMOVED("N102", "{input}: removed {count} control character(s), such as NUL, that are not part of a"
                + " text"),
        SEPARATED_ARTICLES("N103", "{input}: {count} articles separated by {separator}"),
        SKIPPED_UNREADABLE_FILES("N104", "{folder}: skipped {count} file(s) that cannot be read as articles:"
                + " {reasons}"),
        SKIPPED_UNREADABLE_ENTRIES("N105", "{folder}: skipped {entries} that cannot be read as articles: {names}"),
        SKIPPED_OTHER_FILES("N106", "{folder}: skipped {count} file(s) that are not .txt or .html, e.g. {name}"),
        SKIPPED_SUBFOLDERS("N107", "{folder}: skipped {count} subfolder(s), which are not read, e.g. {name}"),

        // Cleaning.
        /** One article to summarize: given alone, or the only one left after cleaning. */
        ONE_ARTICLE("N201", "one article {which}: this is a single-document summary"),
        NO_ARTICLE_LEFT("N202", "no article had text left to summarize"),
        NOT_ENGLISH("N203", "the articles are in {language} ({code}): newsum's stop words, stemming and sentence"
                + " scoring are made for English, so this summary is likely worse than for English news"),

        // The summary.
        RELAXED_FALLBACK("N301", "no sentence passed the sentence checks and fit the budget of {budget}: the summary"
                + " is the first sentences of the articles that pass the relaxed checks (prose of at least {words}"
                + " words that is not site furniture)"),
        /** The summary is empty although articles were left: why, in the summary's terms. */
        EMPTY_SUMMARY("N302", "no sentence fit the budget of {budget} or passed the sentence checks");

        private final String code;
        private final String template;

        Kind(String code, String template) {
            this.code = code;
            this.template = template;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String template() {
            return template;
        }
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    private static Notice of(Kind kind, Object... values) {
        return new Notice(kind, Code.render(kind, values));
    }

    /** The notices of {@code kind} among {@code notices}, in order. */
    public static List<Notice> ofKind(List<Notice> notices, Kind kind) {
        return notices.stream().filter(n -> n.kind() == kind).toList();
    }

    /** {@code input} was not UTF-8 and declared no charset, so it was read as {@code charset}. */
    public static Notice encodingFallback(String input, String charset) {
        return of(Kind.ENCODING_FALLBACK, input, charset);
    }

    /** {@code count} control characters were removed from {@code input}. */
    public static Notice controlsRemoved(String input, int count) {
        return of(Kind.CONTROLS_REMOVED, input, count);
    }

    /** One text, {@code input}, held {@code count} articles separated by {@code separator}. */
    public static Notice separatedArticles(String input, int count, String separator) {
        return of(Kind.SEPARATED_ARTICLES, input, count, separator);
    }

    /**
     * Files of {@code folder} that could not be read as articles were skipped: {@code count} of them, with the
     * problems of the first few already joined into {@code reasons}.
     */
    public static Notice skippedUnreadableFiles(String folder, int count, String reasons) {
        return of(Kind.SKIPPED_UNREADABLE_FILES, folder, count, reasons);
    }

    /** Entries of {@code folder} that are not files to read were skipped; {@code names} lists the first few. */
    public static Notice skippedUnreadableEntries(String folder, int count, String names) {
        return of(Kind.SKIPPED_UNREADABLE_ENTRIES, folder, count + (count == 1 ? " entry" : " entries"), names);
    }

    /** {@code count} files of {@code folder} are not .txt or .html and were skipped; {@code example} is one. */
    public static Notice skippedOtherFiles(String folder, int count, String example) {
        return of(Kind.SKIPPED_OTHER_FILES, folder, count, example);
    }

    /** {@code count} subfolders of {@code folder} were not read; {@code example} is one. */
    public static Notice skippedSubfolders(String folder, int count, String example) {
        return of(Kind.SKIPPED_SUBFOLDERS, folder, count, example);
    }

    /**
     * One article is summarized: the only one given when {@code given} is 1, else the only one of {@code given}
     * left after cleaning.
     */
    public static Notice oneArticle(int given) {
        return of(Kind.ONE_ARTICLE, given == 1 ? "only"
                : "left of " + given + " after cleaning (see what was removed)");
    }

    /** Cleaning left no article. */
    public static Notice noArticleLeft() {
        return of(Kind.NO_ARTICLE_LEFT);
    }

    /** The cluster is in {@code language} (its English name; {@code code} its language code), not English. */
    public static Notice notEnglish(String language, String code) {
        return of(Kind.NOT_ENGLISH, language, code);
    }

    /** The method chose nothing within {@code budget}, so the lead of sentences of {@code minWords} or more stands in. */
    public static Notice relaxedFallback(Budget budget, int minWords) {
        return of(Kind.RELAXED_FALLBACK, budget, minWords);
    }

    /** No sentence fit {@code budget} or passed the checks, so the summary is empty. */
    public static Notice emptySummary(Budget budget) {
        return of(Kind.EMPTY_SUMMARY, budget);
    }
}
