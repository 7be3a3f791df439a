package org.newsum.app.serve;

import java.util.List;

import org.newsum.model.ArticleInput;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Method;

/**
 * One {@code POST /api/briefs} request, validated: the articles, the budget, the method.
 *
 * @param id       the brief's id ({@code "brief"} when not given)
 * @param articles the articles in request order, each named in messages by its field ({@code articles[i].text})
 * @param budget   the summary's length
 * @param method   the selection method
 * @param insights how much of what the sources agree and disagree on the brief carries
 */
record BriefRequest(String id, List<ArticleInput> articles, Budget budget, Method method, Insights.Level insights) {

    BriefRequest {
        articles = List.copyOf(articles);
    }
}
