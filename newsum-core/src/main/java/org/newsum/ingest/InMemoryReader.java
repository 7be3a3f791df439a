package org.newsum.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsum.model.Article;
import org.newsum.model.ArticleInput;
import org.newsum.model.FetchException;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.UnreadArticles;

/**
 * Reads articles given in memory (a service request's texts, HTML and links) into one {@link Source}: a text gets
 * the checks a file gets (binary data refused, control characters removed with a notice), and the pages given by
 * URL are fetched at the same time on a bounded pool of threads shared by every read, each within the read's
 * deadline; a page still waiting for a thread at the deadline is not fetched at all. Thread-safe; close it to stop
 * its threads.
 */
public final class InMemoryReader implements AutoCloseable {

    private final UrlFetcher fetcher;
    private final ThreadPoolExecutor fetchers;
    private final ScheduledExecutorService timer;

    /** A reader that fetches with {@code fetcher}, at most {@code maxFetches} pages at a time across all reads. */
    public InMemoryReader(UrlFetcher fetcher, int maxFetches) {
        this.fetcher = fetcher;
        // Unbounded queue: the caller bounds the reads in flight, and each read its articles.
        this.fetchers = new ThreadPoolExecutor(maxFetches, maxFetches, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("newsum-fetch"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("newsum-fetch-deadlines"));
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The source of {@code inputs}, later: article ids 1, 2, … in input order, each cited by its input's source name
     * ("article N" for a text without one, the URL for a page) and the notices of reading them. A text that is
     * refused fails it at once, before any page is fetched; otherwise it fails, once every page is fetched or given
     * up at {@code deadlineNanos} (a {@link System#nanoTime()} value), with {@link UnreadArticles} naming every page
     * that could not be read.
     */
    public CompletableFuture<Source> read(String id, List<ArticleInput> inputs, long deadlineNanos) {
        List<Notice> notices = new ArrayList<>();
        List<Article> texts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ArticleInput in = inputs.get(i);
            if (in.kind() == ArticleInput.Kind.URL) {
                texts.add(null);
                continue;
            }
            TextDecoder.Decoded decoded;
            try {
                decoded = TextDecoder.ofString(in.value(), in.where());
            } catch (NewsumException e) {
                return CompletableFuture.failedFuture(new UnreadArticles(List.of(new UnreadArticles.Failure(i, in, e))));
            }
            notices.addAll(decoded.notices(in.where()));
            String articleId = String.valueOf(i + 1);
            texts.add(new Article(articleId, in.source() != null ? TextDecoder.printable(in.source())
                    : "article " + articleId, null, TextDecoder.printable(in.title()), null, null,
                    in.kind() == ArticleInput.Kind.HTML ? Article.Format.HTML : Article.Format.TEXT, decoded.text()));
        }
        List<CompletableFuture<Article>> articles = new ArrayList<>();
        List<Future<?>> fetches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (texts.get(i) != null) {
                articles.add(CompletableFuture.completedFuture(texts.get(i)));
                continue;
            }
            ArticleInput in = inputs.get(i);
            String articleId = String.valueOf(i + 1);
            CompletableFuture<Article> page = new CompletableFuture<>();
            fetches.add(fetchers.submit(() -> {
                try {
                    page.complete(fetch(in, articleId, deadlineNanos, notices));
                } catch (FetchException | RuntimeException e) {
                    page.completeExceptionally(e);
                }
            }));
            articles.add(page);
        }
        ScheduledFuture<?> expiry = fetches.isEmpty() ? null : timer.schedule(() -> {
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).completeExceptionally(new FetchException(FetchException.Kind.TIMEOUT,
                        inputs.get(i).value() + ": not fetched within the time limit"))) {
                    fetches.forEach(f -> f.cancel(false));
                }
            }
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        String sourceId = TextDecoder.printable(id);
        return CompletableFuture.allOf(articles.toArray(CompletableFuture[]::new)).handle((done, failure) -> {
            if (expiry != null) {
                expiry.cancel(false);
            }
            List<Article> read = new ArrayList<>();
            List<UnreadArticles.Failure> failed = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                try {
                    read.add(articles.get(i).join());
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof NewsumException problem)) {
                        throw e;
                    }
                    failed.add(new UnreadArticles.Failure(i, inputs.get(i), problem));
                }
            }
            if (!failed.isEmpty()) {
                throw new CompletionException(new UnreadArticles(failed));
            }
            List<Notice> all;
            synchronized (notices) {
                all = List.copyOf(notices);
            }
            return new Source(sourceId, read, List.of(), all);
        });
    }

    private Article fetch(ArticleInput in, String id, long deadline, List<Notice> notices) throws FetchException {
        UrlFetcher.Fetched fetched = fetcher.fetch(id, in.value(), deadline);
        synchronized (notices) {
            notices.addAll(fetched.notices());
        }
        Article a = fetched.article();
        return new Article(a.id(), in.source() != null ? TextDecoder.printable(in.source()) : a.source(), a.url(),
                TextDecoder.printable(in.title()), a.authors(), a.date(), a.format(), a.text());
    }

    @Override
    public void close() {
        fetchers.shutdownNow();
        timer.shutdownNow();
    }
}
