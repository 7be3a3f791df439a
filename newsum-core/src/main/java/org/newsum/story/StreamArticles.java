package org.newsum.story;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Article;
import org.newsum.model.Source;

/**
 * The articles a stream's entry contributes, with ids unique in the stream: a line that is one article keeps its
 * id; the articles of a cluster (a cluster line, or the files of a folder) are named {@code cluster/n} or, for
 * files, by their file name, so that a stream can be made of cluster files flattened.
 */
public final class StreamArticles {

    private StreamArticles() {
    }

    /** The source's articles in order, renamed as above. */
    public static List<Article> of(Source source) {
        List<Article> articles = source.articles();
        if (articles.size() == 1 && articles.get(0).id().equals(source.id())) {
            return articles;
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(new Article(source.id() + "/" + a.id(), a.source(), a.url(), a.title(), a.byline(), a.date(),
                    a.format(), a.text()));
        }
        return out;
    }
}
