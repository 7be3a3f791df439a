package org.newsum.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Citation;
import org.newsum.model.Entity;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Mention;
import org.newsum.model.Notice;
import org.newsum.model.Quote;
import org.newsum.model.Removal;
import org.newsum.model.SummarySentence;
import org.newsum.model.Support;

/**
 * JSON: the whole brief, each sentence with its source article ids, its offsets in each source and
 * its score, every insight (support, quotes, figures, entities) at any level, the articles, and every
 * removal (page block, line or article) and notice with its code and message. Always complete, so
 * {@code explain} changes nothing here.
 */
public final class JsonRenderer implements Renderer {

    /** Made on first use: {@link Format} builds every renderer, and a Markdown or text run needs no mapper. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final boolean pretty;

    public JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String render(Brief brief, boolean explain) {
        try {
            var writer = pretty ? Mapper.JSON.writer().with(SerializationFeature.INDENT_OUTPUT) : Mapper.JSON.writer();
            return writer.writeValueAsString(tree(brief)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write brief as JSON", e);
        }
    }

    /** The brief as plain maps and lists, in a stable field order. */
    public static Map<String, Object> tree(Brief brief) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", brief.id());
        root.put("method", brief.summary().method());
        Map<String, Object> budget = new LinkedHashMap<>(); // not Map.of, whose order changes from run to run
        budget.put("unit", brief.summary().budget().unit().name().toLowerCase(java.util.Locale.ROOT));
        budget.put("limit", brief.summary().budget().limit());
        root.put("budget", budget);
        root.put("words", brief.summary().wordCount());
        Map<String, Article> byId = new LinkedHashMap<>();
        brief.articles().forEach(a -> byId.put(a.id(), a));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (SummarySentence s : brief.summary().sentences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", s.text());
            m.put("score", Math.round(s.score() * 1e6) / 1e6);
            m.put("sources", s.citations().stream().map(Citation::articleId).distinct().toList());
            List<Map<String, Object>> citations = new ArrayList<>();
            for (Citation c : s.citations()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("article", c.articleId());
                cm.put("start", c.start());
                cm.put("end", c.end());
                cm.put("similarity", c.similarity());
                Article a = byId.get(c.articleId());
                if (a != null) {
                    cm.put("text", a.text().substring(c.start(), c.end()));
                }
                citations.add(cm);
            }
            m.put("citations", citations);
            sentences.add(m);
        }
        root.put("summary", sentences);
        if (brief.insights().level() != Insights.Level.NONE) {
            root.put("insights", insights(brief.insights(), byId));
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Article a : brief.articles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("source", a.source());
            putIfPresent(m, "url", a.url());
            putIfPresent(m, "title", a.title());
            if (!a.authors().isEmpty()) {
                m.put("authors", a.authors());
            }
            putIfPresent(m, "date", a.date());
            m.put("words", org.newsum.model.Budget.countWords(a.text()));
            articles.add(m);
        }
        root.put("articles", articles);
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Removal r : brief.removals()) {
            removed.add(removal(r));
        }
        root.put("removed", removed);
        root.put("notices", brief.notices().stream().map(JsonRenderer::notice).toList());
        return root;
    }

    /**
     * One removal as JSON: the article, the scope ("line", "block" for a part of an HTML page, "article"),
     * the line number for a line and null otherwise, the reason's code and message, and the removed text.
     */
    public static Map<String, Object> removal(Removal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", r.articleId());
        m.put("scope", r.scope().name().toLowerCase(java.util.Locale.ROOT));
        m.put("line", r.scope() == Removal.Scope.LINE ? r.line() : null);
        m.put("code", r.reason().code());
        m.put("message", r.message());
        m.put("text", r.text());
        return m;
    }

    /** One notice as JSON: its code and its message. */
    public static Map<String, Object> notice(Notice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.kind().code());
        m.put("message", n.message());
        return m;
    }

    /** Every insight, whatever the level: JSON is for programs, which choose what to show. */
    private static Map<String, Object> insights(Insights insights, Map<String, Article> byId) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("level", insights.level().name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> support = new ArrayList<>();
        for (Support s : insights.support()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sentence", s.text());
            m.put("articles", s.articles());
            m.put("singleSource", s.singleSource());
            List<Map<String, Object>> carriers = new ArrayList<>();
            for (Citation c : s.carriers()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("article", c.articleId());
                cm.put("similarity", c.similarity());
                Article a = byId.get(c.articleId());
                if (a != null) {
                    cm.put("text", a.text().substring(c.start(), c.end()));
                }
                carriers.add(cm);
            }
            m.put("carriers", carriers);
            support.add(m);
        }
        root.put("support", support);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Quote q : insights.quotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.text());
            m.put("speaker", q.speaker());
            Map<String, Object> reason = null;
            if (q.reason() != null) {
                reason = new LinkedHashMap<>();
                reason.put("code", q.reason().code());
                reason.put("message", q.reason().template());
            }
            m.put("reason", reason);
            m.put("partial", q.partial());
            m.put("articles", q.articles());
            m.put("centrality", q.centrality());
            m.put("mentions", mentions(q.mentions()));
            quotes.add(m);
        }
        root.put("quotes", quotes);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure f : insights.figures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", f.measure());
            m.put("disputed", f.disputed());
            m.put("articles", f.articles());
            List<Map<String, Object>> values = new ArrayList<>();
            for (Figure.Value v : f.values()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("reading", v.reading());
                vm.put("low", v.low());
                vm.put("high", Double.isInfinite(v.high()) ? null : v.high());
                vm.put("articles", v.articles());
                List<Map<String, Object>> mentions = mentions(v.mentions());
                for (int k = 0; k < mentions.size(); k++) { // a number means little without its sentence
                    Article a = byId.get(v.mentions().get(k).articleId());
                    if (a != null) {
                        mentions.get(k).put("context", context(a.text(), v.mentions().get(k)));
                    }
                }
                vm.put("mentions", mentions);
                values.add(vm);
            }
            m.put("values", values);
            figures.add(m);
        }
        root.put("figures", figures);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : insights.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
            m.put("aliases", e.aliases());
            m.put("articles", e.articles());
            m.put("mentions", e.mentions());
            entities.add(m);
        }
        root.put("entities", entities);
        return root;
    }

    /** The line around a mention, cut to a sentence-sized window. */
    private static String context(String body, Mention m) {
        int from = Math.max(body.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start() - 160);
        int to = body.indexOf('\n', m.end());
        to = Math.min(to < 0 ? body.length() : to, m.end() + 160);
        return body.substring(from, to).strip();
    }

    private static List<Map<String, Object>> mentions(List<Mention> mentions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mention mention : mentions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", mention.articleId());
            m.put("start", mention.start());
            m.put("end", mention.end());
            m.put("text", mention.text());
            out.add(m);
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
