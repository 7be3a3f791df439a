package org.newsum.render;

import java.util.LinkedHashSet;
import java.util.Set;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Citation;
import org.newsum.model.Removal;
import org.newsum.model.SummarySentence;

/**
 * HTML: a self-contained page with the summary, numbered citations linking to the source list, the
 * insight sections, and what cleaning removed in a collapsed section. The same content as the Markdown form.
 */
public final class HtmlRenderer implements Renderer {

    private static final InsightSections.Style STYLE = new InsightSections.Style(HtmlRenderer::escape,
            ids -> String.join(" ", ids.stream().map(id -> "<sup><a href=\"#source-" + escape(id) + "\">["
                    + escape(id) + "]</a></sup>").toList()));

    @Override
    public String render(Brief brief, boolean explain) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(brief.id())).append(" — newsum brief</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:1rem auto;padding:0 1rem}"
                        + "sup a{text-decoration:none}details{margin-top:1.5rem}</style>\n")
                .append("</head>\n<body>\n<main>\n<h2>Summary</h2>\n");
        for (SummarySentence s : brief.summary().sentences()) {
            out.append("<p class=\"sentence\">").append(escape(s.text()));
            Set<String> cited = new LinkedHashSet<>();
            for (Citation c : s.citations()) {
                cited.add(c.articleId());
            }
            for (String id : brief.articles().stream().map(Article::id).filter(cited::contains).toList()) {
                out.append(" <sup><a href=\"#source-").append(escape(id)).append("\">[").append(escape(id))
                        .append("]</a></sup>");
            }
            out.append("</p>\n");
        }
        for (InsightSections.Section section : InsightSections.of(brief, STYLE)) {
            out.append("<h2>").append(escape(section.title())).append("</h2>\n<ul>\n");
            section.items().forEach(item -> out.append("<li>").append(item).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<h2>Sources</h2>\n<ol>\n");
        for (Article a : brief.articles()) {
            out.append("<li id=\"source-").append(escape(a.id())).append("\" value=\"").append(escape(a.id()))
                    .append("\">");
            String label = escape(a.title() != null ? a.title() : a.source());
            if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
                out.append("<a href=\"").append(escape(a.url())).append("\">").append(label).append("</a>");
            } else {
                out.append(label);
            }
            if (a.title() != null) {
                out.append(" — ").append(escape(a.source()));
            }
            if (a.date() != null) {
                out.append(", ").append(escape(a.date()));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
        if (!brief.removals().isEmpty()) {
            out.append("<details>\n<summary>Removed while cleaning (").append(brief.removals().size())
                    .append(")</summary>\n<ul>\n");
            for (Removal r : brief.removals()) {
                out.append("<li>").append(escape(r.articleId()))
                        .append(switch (r.scope()) {
                            case LINE -> " line " + r.line();
                            case BLOCK -> " page block";
                            case ARTICLE -> " (whole article)";
                        })
                        .append(" <em>").append(escape(r.message())).append("</em>: ").append(escape(r.text()))
                        .append("</li>\n");
            }
            out.append("</ul>\n</details>\n");
        }
        if (!brief.notices().isEmpty()) {
            out.append("<h2>Notices</h2>\n<ul>\n");
            brief.notices().forEach(n -> out.append("<li>").append(escape(n.message())).append("</li>\n"));
            out.append("</ul>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    /**
     * Escapes text for HTML content and attribute values. Control characters other than tab and line breaks (a NUL
     * or an escape code in a file name), which HTML does not allow, become spaces.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                out.append(' ');
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
