package org.newsum.model;

import java.util.List;

/**
 * What the clean stage makes of one page: the article a summary would read (its body and metadata), the language
 * it is in, everything removed with its reason, and what a person should know about reading it.
 *
 * @param article  the clean article, or {@code null} when the page holds none (its removal of scope article says why)
 * @param language the language's ISO 639-1 code, or {@code null} when the text is too short or unclear to tell
 * @param removals what cleaning removed: page blocks, lines, and the article itself when it was dropped
 * @param notices  things a person should know about the input, e.g. a file decoded as Windows-1252
 */
public record Extract(Article article, String language, List<Removal> removals, List<Notice> notices) {

    public Extract {
        removals = List.copyOf(removals);
        notices = List.copyOf(notices);
    }

    /** Why the page gave no article (the removal of the whole article), or {@code null} when it gave one. */
    public Removal noArticle() {
        if (article != null) {
            return null;
        }
        return removals.stream().filter(r -> r.scope() == Removal.Scope.ARTICLE).reduce((first, last) -> last)
                .orElse(null);
    }
}
