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

import org.newsum.model.Byline;

/**
 * What an HTML page declares about itself: its title, authors, publication date and canonical URL,
 * each {@code null} (authors: empty) when the page does not say.
 *
 * <p>The title is the headline a reader sees, the page's {@code <h1>} (not one that holds the site's logo or
 * name), and only without one what the page declares ({@code og:title}, JSON-LD, {@code <title>}), with the
 * site's name cut off ("Council votes | Riverton Ledger"). Authors and date: the page's machine-readable
 * statements come first (meta tags, then JSON-LD), then visible markup ({@code <time>}, byline elements).
 * Meta tags come before JSON-LD because sites fill them for every page, while JSON-LD often describes the
 * site or a related item as well as the article. An author that is the site's own name is no author. The
 * date is given in ISO 8601 ({@code 2026-03-03T09:30:00+01:00}, the offset when the page gives one, else
 * {@code 2026-03-03T09:30:00} or {@code 2026-03-03}); a date in a shape not understood is kept as written.
 */
public record PageMetadata(String title, List<String> authors, String date, String url) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The authors as a byline ("A, B and C"), or {@code null} when the page names none. */
    public String byline() {
        return Byline.of(authors);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bylines longer than this are paragraphs that happen to sit in a byline element. */
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i:(written |reported |posted )?by)[:\\s]+");
    /** Between a headline and the site's name in a title: "Headline | Site", "Headline - Site". */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*\\|\\s*");
    /** Class or id words of a site's logo or name. */
    private static final Pattern LOGO = Pattern.compile("(^|[^a-z])(logo|brand|site-?title|site-?name|sitename|masthead)");

    /** Reads the metadata of a parsed page; {@code url} is where it came from (the last fallback), or {@code null}. */
    public static PageMetadata of(Document doc, String url) {
        List<JsonNode> ld = jsonLd(doc);
        List<JsonNode> articles = ld.stream().filter(PageMetadata::isArticle).toList();
        String site = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"),
                field(ld.stream().filter(n -> "WebSite".equals(n.path("@type").asText())).toList(), "name"));
        String headline = headline(doc, site);
        String title = headline != null ? headline
                : withoutSiteName(firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                        field(articles, "headline"), doc.title()), site);
        List<String> authors = firstAuthors(site, meta(doc, "meta[name=author]"), authors(articles),
                meta(doc, "meta[property=article:author]"), meta(doc, "meta[name=byl]"),
                textOf(doc.selectFirst("[itemprop=author] [itemprop=name]")),
                textOf(doc.selectFirst("[itemprop=author]")), textOf(doc.selectFirst("[rel=author]")),
                textOf(doc.selectFirst(".byline, .author-name")));
        String date = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publishdate]"),
                meta(doc, "meta[name=dc.date.issued]"), meta(doc, "meta[name=dc.date]"),
                meta(doc, "meta[itemprop=datePublished]"),
                field(articles, "datePublished"), field(ld, "datePublished"),
                attr(doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String canonical = firstNonBlank(httpOnly(attr(doc.selectFirst("link[rel=canonical]"), "abs:href")),
                httpOnly(meta(doc, "meta[property=og:url]")), url);
        return new PageMetadata(title, authors, date == null ? null : PageDate.iso(date), canonical);
    }

    /**
     * The page's visible headline: the first {@code <h1>} with text that is not the site's logo or name (an image,
     * a link to the front page, logo class words, or the site's name), without a site-name suffix.
     */
    private static String headline(Document doc, String site) {
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            if (text.isEmpty() || isLogo(h1, text, site)) {
                continue;
            }
            return withoutSiteName(text, site);
        }
        return null;
    }

    private static boolean isLogo(Element h1, String text, String site) {
        if (site != null && text.equalsIgnoreCase(site.strip())) {
            return true;
        }
        Element link = h1.selectFirst("a[href]");
        if (link != null && link.attr("href").matches("(https?://[^/]+)?/?(index\\.\\w+)?")) {
            return true;
        }
        if (h1.selectFirst("img") != null && text.split("\\s+").length <= 3) {
            return true;
        }
        int depth = 0;
        for (Element e = h1; e != null && depth < 3; e = e.parent(), depth++) {
            if (LOGO.matcher((e.id() + " " + e.className()).toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title without the site's name after (or before) it: the part beside the separator that is the site's name,
     * or, when the page does not name its site, a last part of at most four words after a bar ("| Riverton Ledger").
     */
    static String withoutSiteName(String title, String site) {
        if (title == null) {
            return null;
        }
        String[] parts = SITE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (site != null && (sameName(last, site))) {
            return title.strip().substring(0, title.strip().length() - last.length()).replaceAll("[\\s|\\-–—:·•»]+$", "");
        }
        if (site != null && sameName(first, site)) {
            return title.strip().substring(first.length()).replaceAll("^[\\s|\\-–—:·•»]+", "");
        }
        int bar = title.lastIndexOf('|');
        if (bar > 0 && title.substring(bar + 1).strip().split("\\s+").length <= 4) {
            return title.substring(0, bar).strip();
        }
        return title.strip();
    }

    private static boolean sameName(String part, String site) {
        String a = part.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String b = site.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !a.isEmpty() && (a.equals(b) || a.startsWith(b) || b.startsWith(a));
    }

    /** The names of the first byline value that names someone other than the site itself. */
    private static List<String> firstAuthors(String site, String... values) {
        for (String value : values) {
            String b = byline(value);
            if (b == null) {
                continue;
            }
            List<String> names = Byline.names(b).stream().filter(n -> site == null || !sameName(n, site)).toList();
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
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

    /**
     * The names in a byline line ("By Jo Checker and Sam Writer" gives both), or {@code null} if it does not start
     * with "By".
     */
    static List<String> statedAuthors(String line) {
        String b = BY_PREFIX.matcher(line.strip()).lookingAt() ? byline(line.lines().findFirst().orElse("")) : null;
        return b == null ? null : Byline.names(b);
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
