package org.newsum.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page declares about itself: its title, byline, publication date and canonical URL,
 * each {@code null} when the page does not say.
 *
 * <p>For each field the page's machine-readable statements come first (meta tags, then JSON-LD),
 * then visible markup ({@code <h1>}, {@code <time>}, byline elements), then the {@code <title>}.
 * Meta tags come before JSON-LD because sites fill them for every page, while JSON-LD often
 * describes the site or a related item as well as the article.
 */
public record PageMetadata(String title, String byline, String date, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bylines longer than this are paragraphs that happen to sit in a byline element. */
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i:(written |reported |posted )?by)[:\\s]+");

    /** Reads the metadata of a parsed page; {@code url} is where it came from (the last fallback), or {@code null}. */
    public static PageMetadata of(Document doc, String url) {
        List<JsonNode> ld = jsonLd(doc);
        List<JsonNode> articles = ld.stream().filter(PageMetadata::isArticle).toList();
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                field(articles, "headline"), textOf(doc.selectFirst("h1")), doc.title());
        String byline = firstNonBlank(byline(meta(doc, "meta[name=author]")), byline(authors(articles)),
                byline(meta(doc, "meta[property=article:author]")), byline(meta(doc, "meta[name=byl]")),
                byline(textOf(doc.selectFirst("[itemprop=author] [itemprop=name]"))),
                byline(textOf(doc.selectFirst("[itemprop=author]"))), byline(textOf(doc.selectFirst("[rel=author]"))),
                byline(textOf(doc.selectFirst(".byline, .author-name"))));
        String date = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publishdate]"),
                meta(doc, "meta[name=dc.date.issued]"), meta(doc, "meta[name=dc.date]"),
                meta(doc, "meta[itemprop=datePublished]"),
                field(articles, "datePublished"), field(ld, "datePublished"),
                attr(doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String canonical = firstNonBlank(httpOnly(attr(doc.selectFirst("link[rel=canonical]"), "abs:href")),
                httpOnly(meta(doc, "meta[property=og:url]")), url);
        return new PageMetadata(title, byline, date, canonical);
    }

    /** Every JSON-LD node of the page, arrays and {@code @graph}s flattened, in document order. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources remain.
            }
        }
        return nodes;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
            flatten(node.get("mainEntity"), out);
        }
    }

    /** Whether a JSON-LD node describes an article: NewsArticle, ReportageNewsArticle, BlogPosting and the like. */
    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.endsWith("article") || t.equals("blogposting") || t.equals("report"));
    }

    private static String field(List<JsonNode> nodes, String name) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The author names of the first article node that has any, joined with commas. */
    private static String authors(List<JsonNode> articles) {
        for (JsonNode node : articles) {
            Set<String> names = new LinkedHashSet<>();
            addNames(node.get("author"), names);
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static void addNames(JsonNode author, Set<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> addNames(a, names));
        } else if (author.isTextual()) {
            names.add(author.asText().strip());
        } else if (author.hasNonNull("name") && author.get("name").isTextual()) {
            names.add(author.get("name").asText().strip());
        }
    }

    /** A byline without its "By" and surrounding space, or {@code null} for a URL or a paragraph. */
    static String byline(String value) {
        if (value == null) {
            return null;
        }
        String b = BY_PREFIX.matcher(value.strip().replaceAll("\\s+", " ")).replaceFirst("");
        // article:author is often a profile URL, and byline elements sometimes wrap a whole paragraph.
        if (b.isBlank() || b.length() > MAX_BYLINE_CHARS || b.contains("://") || b.startsWith("www.")) {
            return null;
        }
        return b;
    }

    /** The name in a scraped byline line ("By Jo Checker" gives "Jo Checker"), or {@code null} if it does not start with "By". */
    static String statedByline(String line) {
        return BY_PREFIX.matcher(line.strip()).lookingAt() ? byline(line) : null;
    }

    private static String httpOnly(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String textOf(Element element) {
        return element == null ? null : blankToNull(element.text());
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
