package org.newsum.app.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.newsum.Newsum;
import org.newsum.model.FetchException;
import org.newsum.ingest.UrlFetcher;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Removal;
import org.newsum.model.Source;

/**
 * Turns a validated request into a {@link Brief}: fetches the URL articles through ingest's {@link UrlFetcher},
 * all at once on a bounded pool of fetch threads, then summarizes with the {@link Newsum} façade on the
 * {@link SummarizationQueue}, all within the request's time limit and without a server thread waiting. The
 * service's own logic is only this wiring: everything else is the pipeline's.
 */
final class BriefService implements AutoCloseable {

    private final BiFunction<Source, Newsum.Options, Brief> summarizer;
    private final ServiceLimits limits;
    private final UrlFetcher fetcher;
    private final ScheduledExecutorService timer;
    private final ThreadPoolExecutor fetchers;
    private final SummarizationQueue queue;

    BriefService(ServiceLimits limits, UrlFetcher fetcher) {
        this(limits, fetcher, new Newsum()::summarize);
    }

    /** With another summarizer in place of the façade: for tests that need a slow or failing one. */
    BriefService(ServiceLimits limits, UrlFetcher fetcher, BiFunction<Source, Newsum.Options, Brief> summarizer) {
        this.summarizer = summarizer;
        this.limits = limits;
        this.fetcher = fetcher;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("newsum-deadlines"));
        // Unbounded queue: admission bounds the requests, and each request its articles.
        this.fetchers = new ThreadPoolExecutor(limits.maxFetches(), limits.maxFetches(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("newsum-fetch"));
        this.queue = new SummarizationQueue(limits.maxConcurrent(), limits.maxQueued(), timer);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether a request arriving now would find room: asked before its body is read, so load is shed cheaply. */
    boolean hasRoom() {
        return queue.hasRoom();
    }

    /**
     * The brief for a request, later; it fails with the {@link ApiException} the client should see (a brief with
     * nothing in its summary is a 422). Fails at once with 503 when the service is full.
     */
    CompletableFuture<Brief> brief(BriefRequest request) throws ApiException {
        SummarizationQueue.Ticket ticket = queue.admit();
        long deadline = System.nanoTime() + limits.requestTimeout().toNanos();
        Newsum.Options options = new Newsum.Options(request.budget(), request.method(), request.insights());
        CompletableFuture<Brief> brief = source(request, deadline)
                .thenCompose(source -> queue.run(() -> summarizer.apply(source, options), deadline, seconds()))
                .thenApply(b -> {
                    if (b.summary().sentences().isEmpty()) {
                        throw new CompletionException(new ApiException(422, "articles", "nothing to summarize ("
                                + nothingToSummarize(b) + ")"));
                    }
                    return b;
                });
        brief.whenComplete((b, e) -> ticket.close());
        return brief;
    }

    /** The request's articles, its links fetched concurrently and every failing link reported. */
    private CompletableFuture<Source> source(BriefRequest request, long deadline) {
        List<CompletableFuture<Article>> articles = new ArrayList<>();
        List<Future<?>> fetches = new ArrayList<>();
        List<String> notices = new ArrayList<>(request.notices());
        for (int i = 0; i < request.articles().size(); i++) {
            BriefRequest.ArticleInput in = request.articles().get(i);
            String id = String.valueOf(i + 1);
            switch (in.kind()) {
                case TEXT -> articles.add(CompletableFuture.completedFuture(new Article(id, name(in, id), null,
                        in.title(), null, null, Article.Format.TEXT, in.value())));
                case HTML -> articles.add(CompletableFuture.completedFuture(new Article(id, name(in, id), null,
                        in.title(), null, null, Article.Format.HTML, in.value())));
                case URL -> {
                    CompletableFuture<Article> page = new CompletableFuture<>();
                    String field = "articles[" + i + "].url";
                    fetches.add(fetchers.submit(() -> {
                        try {
                            page.complete(fetch(in, id, field, deadline, notices));
                        } catch (ApiException e) {
                            page.completeExceptionally(e);
                        } catch (RuntimeException e) {
                            page.completeExceptionally(e);
                        }
                    }));
                    articles.add(page);
                }
            }
        }
        java.util.concurrent.ScheduledFuture<?> expiry = null;
        if (!fetches.isEmpty()) {
            // A fetch still waiting for a thread at the deadline is not started at all.
            expiry = timer.schedule(() -> {
                for (int i = 0; i < articles.size(); i++) {
                    if (articles.get(i).completeExceptionally(new ApiException(504, "articles[" + i + "].url",
                            request.articles().get(i).value() + ": not fetched within the time limit of "
                                    + seconds()))) {
                        fetches.forEach(f -> f.cancel(false));
                    }
                }
            }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        java.util.concurrent.ScheduledFuture<?> unneeded = expiry;
        return CompletableFuture.allOf(articles.toArray(CompletableFuture[]::new)).handle((done, failure) -> {
            if (unneeded != null) {
                unneeded.cancel(false);
            }
            List<Article> fetched = new ArrayList<>();
            List<ApiException> failed = new ArrayList<>();
            for (CompletableFuture<Article> a : articles) {
                try {
                    fetched.add(a.join());
                } catch (CompletionException e) {
                    failed.add(apiException(e.getCause()));
                }
            }
            if (!failed.isEmpty()) {
                throw new CompletionException(failures(failed, fetches.size()));
            }
            List<String> all;
            synchronized (notices) {
                all = new ArrayList<>(notices);
            }
            if (fetched.size() == 1) {
                all.add("one article only: this is a single-document summary");
            }
            return new Source(request.id(), fetched, List.of(), all);
        });
    }

    private static ApiException apiException(Throwable t) {
        if (t instanceof ApiException api) {
            return api;
        }
        throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    /** One failing link as itself; several as one error naming each, the first in request order leading. */
    private static ApiException failures(List<ApiException> failed, int links) {
        ApiException first = failed.get(0);
        if (failed.size() == 1) {
            return first;
        }
        List<ApiException.FieldError> each = failed.stream()
                .map(e -> new ApiException.FieldError(e.field(), e.getMessage())).toList();
        return new ApiException(first.status(), first.field(), failed.size() + " of " + links
                + " links could not be read; the first: " + first.getMessage(), 0, each);
    }

    private Article fetch(BriefRequest.ArticleInput in, String id, String field, long deadline, List<String> notices)
            throws ApiException {
        UrlFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(id, in.value(), deadline);
        } catch (FetchException e) {
            int status = switch (e.kind()) {
                case REFUSED -> 400;
                case TIMEOUT -> 504;
                case TOO_LARGE -> 413;
                case NOT_AN_ARTICLE -> 422;
                case FAILED -> 502;
            };
            throw new ApiException(status, field, e.getMessage());
        }
        synchronized (notices) {
            notices.addAll(fetched.notices());
        }
        Article a = fetched.article();
        int words = BriefRequestParser.words(a.text(), a.format() == Article.Format.HTML);
        if (words > limits.maxArticleWords()) {
            throw ApiException.tooLarge(field, in.value() + ": the page has " + words
                    + " words, more than the limit of " + limits.maxArticleWords());
        }
        return new Article(a.id(), in.source() != null ? in.source() : a.source(), a.url(), in.title(), a.byline(),
                a.date(), a.format(), a.text());
    }

    private static String name(BriefRequest.ArticleInput in, String id) {
        return in.source() != null ? in.source() : "article " + id;
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%d s", limits.requestTimeout().toSeconds());
    }

    /** Why a brief's summary is empty, in the words {@code newsum summarize} uses. */
    private static String nothingToSummarize(Brief brief) {
        if (brief.articles().isEmpty()) {
            List<String> why = brief.removals().stream().filter(r -> r.scope() == Removal.Scope.ARTICLE)
                    .map(r -> "article " + r.articleId() + " " + r.reason()).distinct().limit(3).toList();
            return "every article was removed: " + String.join("; ", why);
        }
        return brief.notices().isEmpty() ? "no sentence passed the sentence checks"
                : brief.notices().get(brief.notices().size() - 1);
    }

    /** Summaries running now, for tests that wait for a worker to be given back. */
    int summariesRunning() {
        return queue.running();
    }

    @Override
    public void close() {
        queue.close();
        fetchers.shutdownNow();
        timer.shutdownNow();
    }
}
