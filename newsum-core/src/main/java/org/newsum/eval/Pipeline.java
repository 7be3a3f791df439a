package org.newsum.eval;

import org.newsum.model.Article;
import org.newsum.model.StoryArticle;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Extract;
import org.newsum.model.Insights;
import org.newsum.model.Source;
import org.newsum.select.SelectionMethod;

/**
 * The pipeline that evaluation, training and the extraction benchmark measure: the façade ({@code org.newsum.Newsum}) is one. It takes a
 * selection method itself, not a name, because the oracle is built per cluster from its references.
 */
public interface Pipeline {

    /** The clean and text stages: the cluster every later stage reads. */
    Cluster analyze(Source source);

    /** What the clean stage makes of one page (a source of one article): what {@code newsum extract} prints. */
    Extract extract(Source page);

    /** The clean stage and the text stage's light path for one article of a stream, for the story stage. */
    StoryArticle storyArticle(Article article, long position);

    /** The brief of {@code source} summarized with {@code method}. */
    Brief summarize(Source source, SelectionMethod method, Budget budget, Insights.Level insights);
}
