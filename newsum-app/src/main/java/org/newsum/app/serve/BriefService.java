package org.newsum.app.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.ArticleInput;
import org.newsum.model.Brief;
import org.newsum.model.FetchException;
import org.newsum.model.FetchOptions;
import org.newsum.model.Source;
import org.newsum.model.UnreadArticles;

/**
 * Turns a validated request into a {@link Brief}: reads its articles through the {@link Newsum} façade's
 * {@link Newsum.ArticleReader} (the links fetched all at once on a bounded pool of fetch threads), then summarizes
 * with the façade on the {@link SummarizationQueue}, all within the request's time limit and without a server
 * thread waiting. The service's own logic is only this wiring and the HTTP status of each failure: everything else
 * is the pipeline's.
 */
final class BriefService implements AutoCloseable {

    private final BiFunction<Source, Newsum.Options, Brief> summarizer;
    private final ServiceLimits limits;
    private final Newsum.ArticleReader reader;
    private final ScheduledExecutorService timer;
    private final SummarizationQueue queue;

    BriefService(ServiceLimits limits, FetchOptions fetch) {
        this(limits, fetch, new Newsum()::summarize);
    }

    /** With another summarizer in place of the façade: for tests that need a slow or failing one. */
    BriefService(ServiceLimits limits, FetchOptions fetch, BiFunction<Source, Newsum.Options, Brief> summarizer) {
        this.summarizer = summarizer;
        this.limits = limits;
        this.reader = Newsum.articleReader(fetch, limits.maxFetches());
        AtomicInteger n = new AtomicInteger();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsum-deadlines-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queue = new SummarizationQueue(limits.maxConcurrent(), limits.maxQueued(), timer);
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
                    java.util.Optional<Brief.EmptyReason> empty = b.emptyReason();
                    if (empty.isPresent()) {
                        throw new CompletionException(new ApiException(422, "articles", "nothing to summarize ("
                                + empty.get().message() + ")"));
                    }
                    return b;
                });
        brief.whenComplete((b, e) -> ticket.close());
        return brief;
    }

    /** The request's articles, its links fetched concurrently; every failing link, or page too long, reported. */
    private CompletableFuture<Source> source(BriefRequest request, long deadline) {
        return reader.read(request.id(), request.articles(), deadline).handle((source, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof UnreadArticles unread) {
                    throw new CompletionException(failures(unread.failures().stream().map(this::apiException)
                            .toList(), request));
                }
                throw failure instanceof CompletionException c ? c : new CompletionException(failure);
            }
            List<ApiException> tooLong = new ArrayList<>();
            for (int i = 0; i < request.articles().size(); i++) {
                ArticleInput in = request.articles().get(i);
                Article page = source.articles().get(i);
                int words = BriefRequestParser.words(page.text(), page.format() == Article.Format.HTML);
                if (in.kind() == ArticleInput.Kind.URL && words > limits.maxArticleWords()) {
                    tooLong.add(ApiException.tooLarge(in.where(), in.value() + ": the page has " + words
                            + " words, more than the limit of " + limits.maxArticleWords()));
                }
            }
            if (!tooLong.isEmpty()) {
                throw new CompletionException(failures(tooLong, request));
            }
            return source;
        });
    }

    /** The status a client sees for an article that could not be read: a text refused is the client's mistake. */
    private ApiException apiException(UnreadArticles.Failure failure) {
        if (!(failure.problem() instanceof FetchException fetch)) {
            return ApiException.badRequest(failure.input().where(), failure.problem().getMessage());
        }
        int status = switch (fetch.kind()) {
            case REFUSED -> 400;
            case TIMEOUT -> 504;
            case TOO_LARGE -> 413;
            case NOT_AN_ARTICLE -> 422;
            case FAILED -> 502;
        };
        return new ApiException(status, failure.input().where(), fetch.getMessage());
    }

    /** One failing link as itself; several as one error naming each, the first in request order leading. */
    private static ApiException failures(List<ApiException> failed, BriefRequest request) {
        ApiException first = failed.get(0);
        if (failed.size() == 1) {
            return first;
        }
        long links = request.articles().stream().filter(a -> a.kind() == ArticleInput.Kind.URL).count();
        List<ApiException.FieldError> each = failed.stream()
                .map(e -> new ApiException.FieldError(e.field(), e.getMessage())).toList();
        return new ApiException(first.status(), first.field(), failed.size() + " of " + links
                + " links could not be read; the first: " + first.getMessage(), 0, each);
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%d s", limits.requestTimeout().toSeconds());
    }

    /** Summaries running now, for tests that wait for a worker to be given back. */
    int summariesRunning() {
        return queue.running();
    }

    @Override
    public void close() {
        queue.close();
        reader.close();
        timer.shutdownNow();
    }
}
