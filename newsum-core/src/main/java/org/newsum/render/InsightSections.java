package org.newsum.render;

import java.util.List;
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

    /** How one output format writes headings, bullets, quoted text and a list of article ids. */
    record Style(String heading, String bullet, Function<String, String> escape,
                 Function<List<String>, String> sources) {
    }

    private InsightSections() {
    }

    static String of(Brief brief, Style style) {
        Insights insights = brief.insights();
        if (insights.level() == Insights.Level.NONE) {
            return "";
        }
        boolean full = insights.level() == Insights.Level.FULL;
        StringBuilder out = new StringBuilder();
        List<Quote> quotes = insights.quotes().stream().filter(q -> !q.partial())
                .limit(full ? Long.MAX_VALUE : BRIEF_QUOTES).toList();
        if (!quotes.isEmpty()) {
            out.append('\n').append(style.heading()).append("Key quotes\n\n");
            for (Quote q : quotes) {
                out.append(style.bullet()).append(quote(q, style)).append('\n');
            }
        }
        List<Quote> phrases = insights.quotes().stream().filter(Quote::partial).filter(q -> q.articles().size() > 1)
                .toList();
        if (full && !phrases.isEmpty()) {
            out.append('\n').append(style.heading()).append("Quoted phrases\n\n");
            for (Quote q : phrases) {
                out.append(style.bullet()).append(quote(q, style)).append('\n');
            }
        }
        List<Figure> disputed = insights.figures().stream().filter(Figure::disputed)
                .limit(full ? Long.MAX_VALUE : BRIEF_FIGURES).toList();
        if (!disputed.isEmpty()) {
            out.append('\n').append(style.heading()).append("Where sources differ\n\n");
            for (Figure f : disputed) {
                out.append(style.bullet()).append(figure(f, style)).append('\n');
            }
        }
        List<Figure> agreed = insights.figures().stream().filter(f -> !f.disputed()).toList();
        if (full && !agreed.isEmpty()) {
            out.append('\n').append(style.heading()).append("Figures sources agree on\n\n");
            for (Figure f : agreed) {
                out.append(style.bullet()).append(figure(f, style)).append('\n');
            }
        }
        List<Entity> ranked = insights.entities().stream()
                .filter(e -> full || e.articles() > 1 || brief.articles().size() < 2).toList();
        // places fill the top of most clusters' rankings; brief keeps room for the people as well
        List<Entity> people = ranked.stream().filter(e -> e.type() == Entity.Type.PERSON).limit(BRIEF_ENTITIES).toList();
        List<Entity> others = ranked.stream().filter(e -> e.type() != Entity.Type.PERSON).limit(BRIEF_ENTITIES).toList();
        List<Entity> entities = full ? ranked
                : ranked.stream().filter(e -> people.contains(e) || others.contains(e)).toList();
        if (!entities.isEmpty()) {
            out.append('\n').append(style.heading()).append("Who and where\n\n");
            for (Entity e : entities) {
                out.append(style.bullet()).append(style.escape().apply(e.name())).append(" (")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append(", ")
                        .append(e.articles()).append(e.articles() == 1 ? " article" : " articles").append(')');
                if (full && !e.aliases().isEmpty()) {
                    out.append(" also ").append(style.escape().apply(String.join(", ", e.aliases())));
                }
                out.append('\n');
            }
        }
        if (full && !insights.support().isEmpty()) {
            out.append('\n').append(style.heading()).append("Support\n\n");
            int i = 1;
            for (Support s : insights.support()) {
                out.append(style.bullet()).append("sentence ").append(i++).append(": ")
                        .append(s.singleSource() ? "single source " : s.articles().size() + " sources ")
                        .append(style.sources().apply(s.articles())).append('\n');
            }
        }
        return out.toString();
    }

    private static String quote(Quote q, Style style) {
        return "“" + style.escape().apply(q.text()) + "” — "
                + (q.speaker() == null ? "unattributed" : style.escape().apply(q.speaker())) + " "
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
