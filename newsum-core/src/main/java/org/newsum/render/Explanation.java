package org.newsum.render;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Removal;
import org.newsum.model.SummarySentence;

/**
 * The {@code --explain} section shared by the text and Markdown renderers; every text taken from the input (source
 * names, titles, removed lines, notices) goes through the renderer's escape, so that a file name or a removed line
 * cannot become markup.
 */
final class Explanation {

    private Explanation() {
    }

    static String of(Brief brief, String heading, String bullet, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        out.append(heading).append("Summary: ").append(brief.summary().method()).append(", ")
                .append(brief.summary().wordCount()).append(" words (budget ").append(brief.summary().budget())
                .append(")\n");
        int i = 1;
        for (SummarySentence s : brief.summary().sentences()) {
            out.append(bullet).append(String.format(Locale.ROOT, "sentence %d: score %.4f, sources %s%n", i++,
                    s.score(), String.join(", ", s.citations().stream()
                            .map(c -> c.articleId() + (c.similarity() < 1 ? String.format(Locale.ROOT, " (%.2f)",
                                    c.similarity()) : "")).toList())));
        }
        out.append('\n').append(heading).append("Articles: ").append(brief.articles().size()).append(" kept\n");
        for (Article a : brief.articles()) {
            out.append(bullet).append(escape.apply(a.id())).append(": ").append(escape.apply(a.source()));
            if (a.title() != null) {
                out.append(" — ").append(escape.apply(a.title()));
            }
            out.append('\n');
        }
        out.append('\n').append(heading).append("Removed: ").append(brief.removals().size()).append('\n');
        for (Removal r : brief.removals()) {
            out.append(bullet).append(escape.apply(r.articleId()));
            out.append(switch (r.scope()) {
                case LINE -> " line " + r.line();
                case BLOCK -> " page block";
                case ARTICLE -> " (whole article)";
            });
            out.append(" [").append(escape.apply(r.message())).append("] ").append(escape.apply(r.text())).append('\n');
        }
        if (!brief.notices().isEmpty()) {
            out.append('\n').append(heading).append("Notices\n");
            brief.notices().forEach(n -> out.append(bullet).append(escape.apply(n.message())).append('\n'));
        }
        return out.toString();
    }
}
