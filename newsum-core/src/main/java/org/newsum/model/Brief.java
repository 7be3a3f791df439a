package org.newsum.model;

import java.util.List;

/**
 * What newsum produces for one cluster: the summary, what the sources agree and disagree on, and its
 * provenance (sources, removals, notices).
 *
 * @param id       the cluster id
 * @param summary  the ordered, cited summary
 * @param insights support, quotes, figures and entities; {@link Insights#NONE} when none were computed
 * @param articles the articles that were summarized, with their clean bodies (citations point into them)
 * @param removals what cleaning removed, with reasons
 * @param notices  things a person should know about the input
 */
public record Brief(String id, Summary summary, Insights insights, List<Article> articles, List<Removal> removals,
                    List<Notice> notices) {

    public Brief {
        java.util.Objects.requireNonNull(insights, "insights");
        articles = List.copyOf(articles);
        removals = List.copyOf(removals);
        notices = List.copyOf(notices);
    }

    /**
     * Why the summary is empty, or nothing when it has sentences: every article was removed in cleaning (their
     * removals), or the notice the pipeline added to say why no sentence was chosen ({@link Notice.Kind#EMPTY_SUMMARY}).
     */
    public java.util.Optional<EmptyReason> emptyReason() {
        if (!summary.sentences().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Removal> removedArticles = articles.isEmpty()
                ? removals.stream().filter(r -> r.scope() == Removal.Scope.ARTICLE).toList() : List.of();
        return java.util.Optional.of(new EmptyReason(removedArticles,
                Notice.ofKind(notices, Notice.Kind.EMPTY_SUMMARY).stream().findFirst().orElse(null)));
    }

    /**
     * Why a summary is empty: the removals of the articles when cleaning removed every one, else the notice that
     * explains it ({@code null} when there is none).
     *
     * @param removedArticles each article's removal, when none was left to summarize; else empty
     * @param notice          the notice that says why no sentence was chosen, or {@code null}
     */
    public record EmptyReason(List<Removal> removedArticles, Notice notice) {

        /** The most articles a message names; the rest are counted. */
        private static final int NAMED = 3;

        public EmptyReason {
            removedArticles = List.copyOf(removedArticles);
        }

        /** In words, e.g. "every article was removed: article 1 empty article; article 2 duplicate of article 1 …". */
        public String message() {
            if (!removedArticles.isEmpty()) {
                List<String> why = removedArticles.stream().map(r -> "article " + r.articleId() + " " + r.message())
                        .distinct().toList();
                return "every article was removed: " + String.join("; ", why.subList(0, Math.min(NAMED, why.size())))
                        + (why.size() > NAMED ? "; and " + (why.size() - NAMED) + " more" : "");
            }
            return notice != null ? notice.message() : "no sentence passed the sentence checks";
        }
    }
}
