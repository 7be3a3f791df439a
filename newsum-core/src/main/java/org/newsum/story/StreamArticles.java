package org.newsum.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.newsum.model.Article;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;

/**
 * The articles a stream's entry contributes, with ids unique in the stream: a line that is one article keeps its
 * id; the articles of a cluster (a cluster line, or the files of a folder) are named {@code cluster/n} or, for
 * files, by their file name, so that a stream can be made of cluster files flattened.
 */
public final class StreamArticles {

    private StreamArticles() {
    }

    /**
     * The articles of a stream's entries in order, read lazily; an entry that could not be read goes to
     * {@code onError} (its error names the file and line) when the iteration reaches it.
     */
    public static Iterator<Article> of(Iterator<SourceEntry> entries, Consumer<String> onError) {
        return new Iterator<>() {
            private final ArrayDeque<Article> queue = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (queue.isEmpty() && entries.hasNext()) {
                    SourceEntry e = entries.next();
                    if (e.source() == null) {
                        onError.accept(e.error());
                    } else {
                        queue.addAll(of(e.source()));
                    }
                }
                return !queue.isEmpty();
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return queue.poll();
            }
        };
    }

    /** The source's articles in order, renamed as above. */
    public static List<Article> of(Source source) {
        List<Article> articles = source.articles();
        if (articles.size() == 1 && articles.get(0).id().equals(source.id())) {
            return articles;
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(new Article(source.id() + "/" + a.id(), a.source(), a.url(), a.title(), a.authors(), a.date(),
                    a.format(), a.text()));
        }
        return out;
    }
}
