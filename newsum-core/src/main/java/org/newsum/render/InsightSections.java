package org.newsum.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

import org.newsum.model.Brief;
import org.newsum.model.Entity;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Support;

/**
 * The insight sections shared by the text and Markdown renderers: "Key quotes", "Where sources differ"
 * and "Who and where". Brief shows a few top items of each; full shows all, with the figures sources
 * agree on, quoted phrases, and which summary sentences only one source carries.
 */
final class InsightSections {

    static final int BRIEF_QUOTES = 3;
    static final int BRIEF_FIGURES = 3;
    /** Brief shows this many people and as many places and organizations ("who" and "where"). */
    static final int BRIEF_ENTITIES = 5;

    /** How one output format writes quoted text and a list of article ids. */
    record Style(Function<String, String> escape, Function<List<String>, String> sources) {
    }

    /** One section: its title and its items, each already in the output format. */
    record Section(String title, List<String> items) {

        Section {
            items = List.copyOf(items);
        }
    }

    private InsightSections() {
    }

    static List<Section> of(Brief brief, Style style) {
        Insights insights = brief.insights();
        if (insights.level() == Insights.Level.NONE) {
            return List.of();
        }
        boolean full = insights.level() == Insights.Level.FULL;
        Map<String, List<String>> out = new LinkedHashMap<>(); // title -> items, in order
        List<Quote> quotes = insights.quotes().stream().filter(q -> !q.partial())
                .limit(full ? Long.MAX_VALUE : BRIEF_QUOTES).toList();
        if (!quotes.isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Key quotes", items); // filled below
            for (Quote q : quotes) {
                items.add(quote(q, style));
            }
        }
        List<Quote> phrases = insights.quotes().stream().filter(Quote::partial).filter(q -> q.articles().size() > 1)
                .toList();
        if (full && !phrases.isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Quoted phrases", items); // filled below
            for (Quote q : phrases) {
                items.add(quote(q, style));
            }
        }
        List<Figure> disputed = insights.figures().stream().filter(Figure::disputed)
                .limit(full ? Long.MAX_VALUE : BRIEF_FIGURES).toList();
        if (!disputed.isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Where sources differ", items); // filled below
            for (Figure f : disputed) {
                items.add(figure(f, style));
            }
        }
        List<Figure> agreed = insights.figures().stream().filter(f -> !f.disputed()).toList();
        if (full && !agreed.isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Figures sources agree on", items); // filled below
            for (Figure f : agreed) {
                items.add(figure(f, style));
            }
        }
        List<Entity> ranked = insights.entities().stream()
                .filter(e -> full || e.articles() > 1 || brief.articles().size() < 2).toList();
        // places fill the top of most clusters' rankings; brief keeps room for the people as well
        // The first people and the first others, in ranked order (counted, not compared: a record's first equals
        // costs its bootstrap, a noticeable part of one brief's run).
        int[] taken = new int[2];
        List<Entity> entities = full ? ranked
                : ranked.stream().filter(e -> taken[e.type() == Entity.Type.PERSON ? 0 : 1]++ < BRIEF_ENTITIES).toList();
        if (!entities.isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Who and where", items); // filled below
            for (Entity e : entities) {
                StringBuilder item = new StringBuilder(style.escape().apply(e.name())).append(" (")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append(", ")
                        .append(e.articles()).append(e.articles() == 1 ? " article" : " articles").append(')');
                if (full && !e.aliases().isEmpty()) {
                    item.append(" also ").append(style.escape().apply(String.join(", ", e.aliases())));
                }
                items.add(item.toString());
            }
        }
        if (full && !insights.support().isEmpty()) {
            List<String> items = new ArrayList<>();
            out.put("Support", items); // filled below
            int i = 1;
            for (Support s : insights.support()) {
                items.add("sentence " + i++ + ": " + (s.singleSource() ? "single source " : s.articles().size() + " sources ")
                        + style.sources().apply(s.articles()));
            }
        }
        return out.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    /** Sections as lines: a blank line, the heading, a blank line, one bulleted line per item. */
    static String write(List<Section> sections, String heading, String bullet) {
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            out.append('\n').append(heading).append(section.title()).append("\n\n");
            section.items().forEach(item -> out.append(bullet).append(item).append('\n'));
        }
        return out.toString();
    }


    private static String quote(Quote q, Style style) {
        return "“" + style.escape().apply(q.text()) + "” — "
                + (q.speaker() == null ? "unattributed (" + q.reason().code() + ": " + q.reason().template() + ")"
                        : style.escape().apply(q.speaker())) + " "
                + style.sources().apply(q.articles());
    }

    private static String figure(Figure f, Style style) {
        StringBuilder out = new StringBuilder(style.escape().apply(f.measure())).append(": ");
        for (int i = 0; i < f.values().size(); i++) {
            Figure.Value v = f.values().get(i);
            out.append(i > 0 ? "; " : "").append(style.escape().apply(v.reading())).append(' ')
                    .append(style.sources().apply(v.articles()));
        }
        return out.toString();
    }
}
