package org.newsum.app.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.newsum.Newsum;
import org.newsum.ingest.FetchException;
import org.newsum.ingest.UrlFetcher;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Removal;
import org.newsum.model.Source;

/**
 * Turns a validated request into a {@link Brief}: fetches the URL articles through ingest's
 * {@link UrlFetcher}, then summarizes with the {@link Newsum} façade on the {@link SummarizationQueue}, within
 * the request's time limit. The service's own logic is only this wiring: everything else is the pipeline's.
 */
final class BriefService implements AutoCloseable {

    private final BiFunction<Source, Newsum.Options, Brief> summarizer;
    private final ServiceLimits limits;
    private final UrlFetcher fetcher;
    private final SummarizationQueue queue;

    BriefService(ServiceLimits limits, UrlFetcher fetcher) {
        this(limits, fetcher, new Newsum()::summarize);
    }

    /** With another summarizer in place of the façade: for tests that need a slow or failing one. */
    BriefService(ServiceLimits limits, UrlFetcher fetcher, BiFunction<Source, Newsum.Options, Brief> summarizer) {
        this.summarizer = summarizer;
        this.limits = limits;
        this.fetcher = fetcher;
        this.queue = new SummarizationQueue(limits.maxConcurrent(), limits.maxQueued());
    }

    /** The brief for a request; a brief with nothing in its summary is a 422. */
    Brief brief(BriefRequest request) throws ApiException {
        long deadline = System.nanoTime() + limits.requestTimeout().toNanos();
        Source source = source(request, deadline);
        Newsum.Options options = new Newsum.Options(request.budget(), request.method(), request.insights());
        Brief brief = queue.run(() -> summarizer.apply(source, options), deadline, seconds());
        if (brief.summary().sentences().isEmpty()) {
            throw new ApiException(422, "articles", "nothing to summarize (" + nothingToSummarize(brief) + ")");
        }
        return brief;
    }

    private Source source(BriefRequest request, long deadline) throws ApiException {
        List<Article> articles = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < request.articles().size(); i++) {
            BriefRequest.ArticleInput in = request.articles().get(i);
            String id = String.valueOf(i + 1);
            Article article = switch (in.kind()) {
                case TEXT -> new Article(id, name(in, id), null, in.title(), null, null, Article.Format.TEXT, in.value());
                case HTML -> new Article(id, name(in, id), null, in.title(), null, null, Article.Format.HTML, in.value());
                case URL -> fetch(in, id, "articles[" + i + "].url", notices);
            };
            if (System.nanoTime() > deadline) {
                throw new ApiException(504, "articles[" + i + "]", "fetching the articles took longer than the time "
                        + "limit of " + seconds());
            }
            articles.add(article);
        }
        if (articles.size() == 1) {
            notices.add("one article only: this is a single-document summary");
        }
        return new Source(request.id(), articles, List.of(), notices);
    }

    private Article fetch(BriefRequest.ArticleInput in, String id, String field, List<String> notices)
            throws ApiException {
        UrlFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(id, in.value());
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
        notices.addAll(fetched.notices());
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

    @Override
    public void close() {
        queue.close();
    }
}
