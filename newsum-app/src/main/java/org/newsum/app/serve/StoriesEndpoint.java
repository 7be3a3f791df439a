package org.newsum.app.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.Newsum;
import org.newsum.app.Mixins;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryState;
import org.newsum.model.StoryVerdict;
import org.newsum.render.StoryRenderer;

/**
 * {@code POST /api/stories}: a stream of articles (a JSON array, or JSON Lines, of
 * {@code {"id", "text"|"html", "title"?, "source"?, "date"?}}) grouped into stories as {@code newsum stories} does,
 * answered as {@code {"stories": [...], "errors": [...], "articles", "duplicates", "notNews"}}; each story is the
 * JSON of one {@code newsum stories --format jsonl} line, biggest first. A bad line is named under
 * {@code "errors"} and the others are still grouped; only a request with no readable article is refused.
 */
final class StoriesEndpoint implements AutoCloseable {

    /** The most articles in one stream request. */
    static final int MAX_ARTICLES = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the request asks. */
    record Request(List<Article> articles, List<ApiException.FieldError> errors, StoryOptions options,
                   int minArticles, int minSources, boolean brief) {
    }

    private final ServiceLimits limits;
    private final Newsum newsum = new Newsum();
    /** Streams are grouped one at a time per core: the work is CPU-bound. */
    private final ExecutorService workers;

    StoriesEndpoint(ServiceLimits limits) {
        this.limits = limits;
        this.workers = Executors.newFixedThreadPool(limits.maxConcurrent(), r -> {
            Thread t = new Thread(r, "newsum-stories");
            t.setDaemon(true);
            return t;
        });
    }

    Request parse(Function<String, String> query, byte[] body) throws ApiException {
        StoryOptions options = StoryOptions.DEFAULT;
        String window = query.apply("window");
        if (window != null) {
            try {
                double days = new Mixins.WindowConverter().convert(window);
                if (days < 0.001 || days > 36_500) {
                    throw ApiException.badRequest("window", "a window is more than a minute and at most 100 years");
                }
                options = options.withWindowDays(days);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("window", "\"" + window + "\" is not a duration such as 3d, 2w or 36h");
            }
        }
        int minArticles = count(query, "min-articles", 2);
        int minSources = count(query, "min-sources", 2);
        String brief = query.apply("brief");
        if (brief != null && !brief.equals("true") && !brief.equals("false")) {
            throw ApiException.badRequest("brief", "brief is true or false");
        }
        List<String> lines = lines(body);
        List<Article> articles = new ArrayList<>();
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "articles[" + i + "]";
            try {
                Source source = Newsum.parseStreamLine(lines.get(i), field, "line-" + (i + 1), IngestLimits.DEFAULT);
                List<Article> read = Newsum.streamArticles(source);
                if (read.isEmpty()) {
                    errors.add(new ApiException.FieldError(field, field + ": no text or html (links in a stream are "
                            + "not fetched)"));
                }
                for (Article a : read) {
                    if (BriefRequestParser.words(a.text(), a.format() == Article.Format.HTML) > limits.maxArticleWords()) {
                        errors.add(new ApiException.FieldError(field, field + " (" + a.id() + "): more than "
                                + limits.maxArticleWords() + " words"));
                    } else {
                        articles.add(a);
                    }
                }
            } catch (NewsumException e) {
                errors.add(new ApiException.FieldError(field, e.getMessage()));
            }
            if (articles.size() > MAX_ARTICLES) {
                throw ApiException.tooLarge(null, "more than " + MAX_ARTICLES + " articles; send the stream in parts");
            }
        }
        if (articles.isEmpty()) {
            throw new ApiException(400, "articles", "no article could be read from the stream", 0, errors);
        }
        return new Request(articles, errors, options, minArticles, minSources, "true".equals(brief));
    }

    private static int count(Function<String, String> query, String name, int fallback) throws ApiException {
        String value = query.apply(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiException.badRequest(name, name + " is a whole number from 1 to 1000000, not \"" + value + "\"");
    }

    /** The stream's lines: the elements of a JSON array, or the non-blank lines of JSON Lines. */
    private static List<String> lines(byte[] body) throws ApiException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        List<String> lines = new ArrayList<>();
        if (text.startsWith("[")) {
            JsonNode array;
            try {
                array = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest(null, "the body is not a JSON array of articles ("
                        + e.getOriginalMessage() + ")");
            }
            for (JsonNode n : array) {
                lines.add(n.toString());
            }
        } else {
            for (String line : text.split("\r?\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The answer's JSON, computed on a worker within the request time limit. */
    CompletableFuture<String> answer(Request request) {
        return CompletableFuture.supplyAsync(() -> run(request), workers)
                .orTimeout(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private String run(Request request) {
        Newsum.StoryStream stream = Newsum.stories(request.options(), StoryState.EMPTY);
        Map<String, Article> byId = new HashMap<>();
        request.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
        List<Map<String, Object>> errors = new ArrayList<>();
        request.errors().forEach(e -> errors.add(error(e.field(), e.error())));
        List<Story> stories = new ArrayList<>();
        int duplicates = 0;
        int notNews = 0;
        try (Newsum.Prepared prepared = newsum.prepare(request.articles().iterator(), 1)) {
            while (prepared.hasNext()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted");
                }
                StoryArticle a = prepared.next();
                StoryVerdict v = stream.add(a);
                switch (v.kind()) {
                    case DUPLICATE -> duplicates++;
                    case NOT_NEWS -> notNews++;
                    case FAILED -> errors.add(error(a.id(), a.id() + ": " + v.detail()));
                    default -> { }
                }
                stories.addAll(stream.takeClosed());
            }
        }
        stories.addAll(stream.finish());
        List<StoryRenderer.Entry> page = new ArrayList<>();
        for (Story s : stories) {
            if (s.qualifies(request.minArticles(), request.minSources())) {
                page.add(new StoryRenderer.Entry(s, null));
            }
        }
        List<JsonNode> out = new ArrayList<>();
        Newsum.Options options = Newsum.Options.DEFAULT;
        try {
            for (StoryRenderer.Entry e : StoryRenderer.frontPage(page)) {
                Brief brief = request.brief() ? brief(e.story(), byId, options, errors) : null;
                out.add(JSON.readTree(StoryRenderer.jsonLine(e.story(), brief)));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("stories", out);
            answer.put("errors", errors);
            answer.put("articles", request.articles().size());
            answer.put("duplicates", duplicates);
            answer.put("notNews", notNews);
            return JSON.writeValueAsString(answer) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private Brief brief(Story story, Map<String, Article> byId, Newsum.Options options,
                        List<Map<String, Object>> errors) {
        List<Article> list = new ArrayList<>();
        for (String id : story.articles()) {
            Article a = byId.get(id);
            if (a != null) {
                list.add(a);
            }
        }
        try {
            return newsum.summarize(new Source(story.id(), list, List.of(), List.of()), options);
        } catch (RuntimeException e) {
            if (!ClusterFailure.isClusterFailure(e)) {
                throw e;
            }
            errors.add(error(story.id(), story.id() + ": no brief (" + ClusterFailure.message(e) + ")"));
            return null;
        }
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("error", message);
        return m;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
