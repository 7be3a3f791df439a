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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
        Index page = Index.of(doc);
        List<JsonNode> ld = jsonLd(page);
        List<JsonNode> articles = ld.stream().filter(PageMetadata::isArticle).toList();
        String site = firstNonBlank(meta(page, OG_SITE_NAME), meta(page, APPLICATION_NAME),
                field(ld.stream().filter(n -> "WebSite".equals(n.path("@type").asText())).toList(), "name"));
        String headline = headline(page, site);
        String title = headline != null ? headline
                : withoutSiteName(firstNonBlank(meta(page, OG_TITLE), meta(page, TWITTER_TITLE),
                        field(articles, "headline"), doc.title()), site);
        List<String> authors = firstAuthors(site, meta(page, AUTHOR), authors(articles),
                meta(page, ARTICLE_AUTHOR), meta(page, BYL),
                textOf(authorName(page)),
                textOf(first(page, page.all, ITEMPROP_AUTHOR)), textOf(first(page, page.all, REL_AUTHOR)),
                textOf(first(page, page.all, BYLINE_CLASS)));
        String date = firstNonBlank(meta(page, PUBLISHED_TIME),
                meta(page, DATE), meta(page, PUBDATE), meta(page, PUBLISHDATE),
                meta(page, DC_DATE_ISSUED), meta(page, DC_DATE),
                meta(page, ITEMPROP_DATE_PUBLISHED),
                field(articles, "datePublished"), field(ld, "datePublished"),
                attr(first(page, page.times, TIME_PUBLISHED), "datetime"),
                attr(first(page, page.times, TIME_DATETIME), "datetime"));
        String canonical = firstNonBlank(httpOnly(attr(first(page, page.links, CANONICAL), "abs:href")),
                httpOnly(meta(page, OG_URL)), url);
        return new PageMetadata(title, authors, date == null ? null : PageDate.iso(date), canonical);
    }

    // The selectors read, parsed once. Each is matched against the page's elements of its tag, in document order,
    // which finds what Element.selectFirst would find, in one walk of the page instead of one per selector.
    private static final Evaluator OG_SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator APPLICATION_NAME = QueryParser.parse("meta[name=application-name]");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator TWITTER_TITLE = QueryParser.parse("meta[name=twitter:title]");
    private static final Evaluator AUTHOR = QueryParser.parse("meta[name=author]");
    private static final Evaluator ARTICLE_AUTHOR = QueryParser.parse("meta[property=article:author]");
    private static final Evaluator BYL = QueryParser.parse("meta[name=byl]");
    private static final Evaluator PUBLISHED_TIME = QueryParser.parse("meta[property=article:published_time]");
    private static final Evaluator DATE = QueryParser.parse("meta[name=date]");
    private static final Evaluator PUBDATE = QueryParser.parse("meta[name=pubdate]");
    private static final Evaluator PUBLISHDATE = QueryParser.parse("meta[name=publishdate]");
    private static final Evaluator DC_DATE_ISSUED = QueryParser.parse("meta[name=dc.date.issued]");
    private static final Evaluator DC_DATE = QueryParser.parse("meta[name=dc.date]");
    private static final Evaluator ITEMPROP_DATE_PUBLISHED = QueryParser.parse("meta[itemprop=datePublished]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator ITEMPROP_AUTHOR = QueryParser.parse("[itemprop=author]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator REL_AUTHOR = QueryParser.parse("[rel=author]");
    private static final Evaluator BYLINE_CLASS = QueryParser.parse(".byline, .author-name");
    private static final Evaluator TIME_PUBLISHED =
            QueryParser.parse("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator LINK_HREF = QueryParser.parse("a[href]");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Pattern FRONT_PAGE = Pattern.compile("(https?://[^/]+)?/?(index\\.\\w+)?");

    /** The page's elements in document order (the document itself first), and those of the tags read by tag. */
    private record Index(Document doc, List<Element> all, List<Element> metas, List<Element> times,
                         List<Element> links, List<Element> scripts, List<Element> h1s) {

        static Index of(Document doc) {
            List<Element> all = doc.getAllElements();
            List<Element> metas = new ArrayList<>();
            List<Element> times = new ArrayList<>();
            List<Element> links = new ArrayList<>();
            List<Element> scripts = new ArrayList<>();
            List<Element> h1s = new ArrayList<>();
            for (Element e : all) {
                switch (e.normalName()) {
                    case "meta" -> metas.add(e);
                    case "time" -> times.add(e);
                    case "link" -> links.add(e);
                    case "script" -> scripts.add(e);
                    case "h1" -> h1s.add(e);
                    default -> {
                    }
                }
            }
            return new Index(doc, all, metas, times, links, scripts, h1s);
        }
    }

    /** The first of {@code elements} that {@code selector} (one without combinators) matches, or {@code null}. */
    private static Element first(Index page, List<Element> elements, Evaluator selector) {
        for (Element e : elements) {
            if (selector.matches(page.doc, e)) {
                return e;
            }
        }
        return null;
    }

    /** The first element of the selector {@code [itemprop=author] [itemprop=name]}: a name inside an author. */
    private static Element authorName(Index page) {
        for (Element e : page.all) {
            if (!ITEMPROP_NAME.matches(page.doc, e)) {
                continue;
            }
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (ITEMPROP_AUTHOR.matches(page.doc, p)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The page's visible headline: the first {@code <h1>} with text that is not the site's logo or name (an image,
     * a link to the front page, logo class words, or the site's name), without a site-name suffix.
     */
    private static String headline(Index page, String site) {
        for (Element h1 : page.h1s) {
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
        Element link = h1.selectFirst(LINK_HREF);
        if (link != null && FRONT_PAGE.matcher(link.attr("href")).matches()) {
            return true;
        }
        if (h1.selectFirst(IMG) != null && text.split("\\s+").length <= 3) {
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
    private static List<JsonNode> jsonLd(Index page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.scripts) {
            if (!LD_JSON.matches(page.doc, script)) {
                continue;
            }
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

    private static String meta(Index page, Evaluator selector) {
        return attr(first(page, page.metas, selector), "content");
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
