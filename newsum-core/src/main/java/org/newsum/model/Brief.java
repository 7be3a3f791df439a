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
}
