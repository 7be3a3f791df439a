package org.newsum.render;

import java.util.LinkedHashSet;
import java.util.Set;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Citation;
import org.newsum.model.Insights;
import org.newsum.model.SummarySentence;

/**
 * Markdown: the summary with {@code [1]}-style citations after each sentence, the insight sections (key
 * quotes, where sources differ, who and where) and a numbered source list.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Brief brief, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("## Summary\n\n");
        for (SummarySentence s : brief.summary().sentences()) {
            out.append(escape(s.text()));
            Set<String> cited = new LinkedHashSet<>();
            for (Citation c : s.citations()) {
                cited.add(c.articleId());
            }
            for (String id : brief.articles().stream().map(Article::id).filter(cited::contains).toList()) {
                out.append(" [").append(id).append("](#source-").append(id).append(')');
            }
            if (brief.insights().level() == Insights.Level.FULL && cited.size() == 1 && brief.articles().size() > 1) {
                out.append(" *(single source)*");
            }
            out.append("\n");
        }
        out.append(InsightSections.write(InsightSections.of(brief, STYLE), "## ", "- "));
        out.append("\n## Sources\n\n");
        for (Article a : brief.articles()) {
            out.append(a.id()).append(". <a id=\"source-").append(a.id()).append("\"></a>");
            String label = a.title() != null ? escape(a.title()) : escape(a.source());
            if (isWebAddress(a.url())) {
                out.append('[').append(label).append("](").append(linkTarget(a.url())).append(')');
            } else {
                out.append(label);
            }
            if (a.title() != null) {
                out.append(" — ").append(escape(a.source()));
            }
            if (a.byline() != null) {
                out.append(", by ").append(escape(a.byline()));
            }
            if (a.date() != null) {
                out.append(", ").append(escape(a.date()));
            }
            out.append('\n');
        }
        if (explain) {
            out.append("\n## Explanation\n\n").append(Explanation.of(brief, "**", "- ", MarkdownRenderer::escape)
                    .replaceAll("(?m)^\\*\\*(.*)$", "**$1**"));
        }
        return out.toString();
    }

    /** Only http(s) addresses become links, as in the HTML rendering: a {@code javascript:} URL must not. */
    static boolean isWebAddress(String url) {
        String lower = url == null ? "" : url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A URL as a link target that cannot end the link early: spaces, brackets and controls percent-encoded. */
    static String linkTarget(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == 0x7F || "()<>\\`".indexOf(c) >= 0) {
                out.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final InsightSections.Style STYLE = new InsightSections.Style(
            MarkdownRenderer::escape, ids -> String.join(" ", ids.stream()
                    .map(id -> "[" + id + "](#source-" + id + ")").toList()));

    /**
     * Escapes the characters that would turn prose into Markdown markup. Markdown cannot escape a line break (a
     * file name may hold one): line breaks and other control characters become spaces, so a name stays on its
     * line of the source list and cannot start a heading or a list of its own.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
                continue;
            }
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
