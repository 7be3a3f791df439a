package org.newsum.app.serve;

import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Notice;
import org.newsum.select.SelectionMethod;

/**
 * One {@code POST /api/briefs} request, validated: the articles, the budget, the method.
 *
 * @param id       the brief's id ({@code "brief"} when not given)
 * @param articles the articles in request order
 * @param budget   the summary's length
 * @param method   the selection method
 * @param insights how much of what the sources agree and disagree on the brief carries
 * @param notices  what reading the request changed in it (control characters removed from a text)
 */
record BriefRequest(String id, List<ArticleInput> articles, Budget budget, SelectionMethod method,
                    Insights.Level insights, List<Notice> notices) {

    BriefRequest {
        articles = List.copyOf(articles);
        notices = List.copyOf(notices);
    }

    /** What one article of a request gives: its text, its HTML or its URL. */
    enum Kind { TEXT, HTML, URL }

    /**
     * One article as the client sent it.
     *
     * @param kind   which of {@code text}, {@code html} or {@code url} it gave
     * @param value  the text, the HTML or the URL
     * @param title  the headline, or null
     * @param source the name to cite it by, or null for a default
     */
    record ArticleInput(Kind kind, String value, String title, String source) {
    }
}
