package org.newsum.clean;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.dankito.readability4j.Readability4J;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts an HTML page's main text (Readability4J over jsoup) as paragraphs separated by blank
 * lines, with the page's title, byline, publication date and canonical URL.
 */
public final class HtmlExtractor {

    /**
     * What a page holds: the main text and whatever metadata it declares ({@code null} when absent);
     * when the page holds no article the text is empty and {@code noArticleReason} says why.
     */
    public record Page(String text, String title, String byline, String date, String url, String noArticleReason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MainTextExtractor mainText = new MainTextExtractor();
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
            "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "hr", "address", "form");

    /** Extracts the page; {@code url} may be {@code null}. */
    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), textOf(doc.selectFirst("h1")), doc.title());
        String byline = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
        String date = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[itemprop=datePublished]"), jsonLdDate(doc),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "meta[property=og:url]"), url);

        MainTextExtractor.MainText main = mainText.extract(doc, html, url);
        return new Page(main.text(), blankToNull(title), blankToNull(byline), blankToNull(date), blankToNull(canonical),
                main.noArticleReason());
    }

    /** Text of an element with one paragraph per block element and line breaks kept. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.text();
                    if (!t.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(t.charAt(0))) {
                            out.append(' ');
                        }
                        out.append(t.strip());
                        if (Character.isWhitespace(t.charAt(t.length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        breakParagraph(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    breakParagraph(out);
                }
            }
        }, root);
        return normalizeParagraphs(out.toString());
    }

    private static void breakParagraph(StringBuilder out) {
        int len = out.length();
        if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            out.append("\n\n");
        }
    }

    /** Strips each line and collapses runs of blank lines into one. */
    static String normalizeParagraphs(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            String l = line.replace('\u00a0', ' ').strip().replaceAll("[ \\t]+", " ");
            if (l.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(l);
            blank = false;
        }
        return out.toString();
    }

    private static String paragraphFallback(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
        StringBuilder out = new StringBuilder();
        for (Element p : doc.select("p, h1, h2, h3, li, blockquote")) {
            if (p.parents().stream().anyMatch(a -> a.normalName().equals("p") || a.normalName().equals("li"))) {
                continue;
            }
            String text = p.text().strip();
            if (!text.isEmpty()) {
                out.append(text).append("\n\n");
            }
        }
        return normalizeParagraphs(out.toString());
    }

    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                String date = findDate(node);
                if (date != null) {
                    return date;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the other date sources remain.
            }
        }
        return null;
    }

    private static String findDate(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String date = findDate(item);
                if (date != null) {
                    return date;
                }
            }
            return null;
        }
        if (node.hasNonNull("datePublished")) {
            return node.get("datePublished").asText();
        }
        return node.has("@graph") ? findDate(node.get("@graph")) : null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
