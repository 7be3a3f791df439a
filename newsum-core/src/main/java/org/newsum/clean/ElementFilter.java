package org.newsum.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

import org.newsum.model.Reason;

/**
 * First extraction pass: removes from a page the elements that are never article prose — scripts,
 * menus, share bars, related-links boxes, newsletter sign-ups, comments, captions and credits, hidden
 * elements — judged by tag, by hidden state and by the words in their class and id.
 */
final class ElementFilter {

    private static final Reason SCRIPT = Reason.SCRIPT_OR_STYLE;
    private static final Reason PLAYER = Reason.PLAYER_OR_WIDGET;
    private static final Reason FORM = Reason.FORM;

    /** Tags whose content is never prose, or is page furniture wherever it appears, with the reason reported. */
    private static final Map<String, Reason> NEVER = Map.ofEntries(
            Map.entry("script", SCRIPT), Map.entry("style", SCRIPT),
            Map.entry("noscript", SCRIPT), Map.entry("template", SCRIPT),
            Map.entry("link", SCRIPT), Map.entry("meta", SCRIPT),
            Map.entry("iframe", PLAYER), Map.entry("svg", PLAYER), Map.entry("canvas", PLAYER),
            Map.entry("object", PLAYER), Map.entry("embed", PLAYER), Map.entry("video", PLAYER),
            Map.entry("audio", PLAYER), Map.entry("map", PLAYER),
            Map.entry("button", FORM), Map.entry("input", FORM), Map.entry("select", FORM),
            Map.entry("textarea", FORM), Map.entry("option", FORM), Map.entry("label", FORM),
            Map.entry("nav", Reason.NAVIGATION), Map.entry("menu", Reason.NAVIGATION), Map.entry("aside", Reason.SIDEBAR),
            Map.entry("footer", Reason.PAGE_HEADER_OR_FOOTER), Map.entry("header", Reason.PAGE_HEADER_OR_FOOTER),
            Map.entry("figcaption", Reason.PHOTO_CAPTION), Map.entry("dialog", Reason.POP_UP));

    /**
     * Class or id words that mark furniture, grouped under the reason reported for them. Matched as
     * whole words of the class/id (split on anything that is not a letter or digit), or as a word's
     * start where the entry ends in '*'.
     */
    private static final List<Map.Entry<Reason, List<String>>> FURNITURE = List.of(
            Map.entry(Reason.SHARE_PROMPT, List.of("share*", "sharing", "social*", "sociallinks", "follow", "reactions")),
            Map.entry(Reason.RELATED_LINKS, List.of("related*", "relatedposts", "recommend*", "popular", "mostread", "most", "trending",
                    "recirc*", "readmore", "readnext", "more", "newsfeed", "feed", "latest", "list", "links")),
            Map.entry(Reason.SUBSCRIPTION_PROMPT, List.of("newsletter*", "subscribe*", "subscription", "signup")),
            Map.entry(Reason.LOGIN_PROMPT, List.of("login", "paywall")),
            Map.entry(Reason.COMMENTS, List.of("comment*", "disqus", "respond")),
            Map.entry(Reason.ADVERTISEMENT, List.of("promo*", "advert*", "ad", "ads", "adslot", "adsbygoogle", "dfp", "sponsor*",
                    "outbrain*", "taboola*")),
            Map.entry(Reason.NAVIGATION, List.of("breadcrumb*", "pagination", "pager", "next", "prev", "previous", "skip", "jump",
                    "navbar", "nav", "navigation", "menu", "toolbar", "utility", "tools", "actions", "print", "icon",
                    "btn", "button")),
            Map.entry(Reason.PAGE_HEADER_OR_FOOTER, List.of("masthead", "banner", "header", "footer")),
            Map.entry(Reason.PHOTO_CAPTION, List.of("caption*", "credit*")),
            Map.entry(PLAYER, List.of("video", "player")),
            Map.entry(Reason.PHOTO_GALLERY, List.of("gallery", "slideshow", "carousel", "thumbnail", "thumb")),
            Map.entry(Reason.BYLINE, List.of("byline*", "author*")),
            Map.entry(Reason.DATELINE, List.of("dateline", "timestamp", "date", "time", "published")),
            Map.entry(Reason.BYLINE_OR_DATELINE, List.of("meta", "postmeta", "entrymeta")),
            Map.entry(Reason.COOKIE_NOTICE, List.of("cookie*", "consent")),
            Map.entry(Reason.POP_UP, List.of("modal", "popup", "overlay")),
            Map.entry(Reason.HIDDEN, List.of("sronly", "visuallyhidden", "hidden", "hide", "offscreen")),
            Map.entry(Reason.TAGS, List.of("tags", "tag", "taglist", "topics", "keywords")),
            Map.entry(Reason.COPYRIGHT_NOTICE, List.of("copyright", "disclaimer")),
            Map.entry(Reason.FEEDBACK_PROMPT, List.of("rating", "feedback", "survey")),
            Map.entry(Reason.HEADING, List.of("headline", "title", "kicker", "eyebrow", "hero")),
            Map.entry(Reason.TEASER, List.of("teaser")),
            Map.entry(Reason.SIDEBAR, List.of("sidebar*", "widget*", "rail", "aside", "boxout", "callout")),
            Map.entry(Reason.MARKED_NOT_CONTENT, List.of("nocontent")));

    /** Whole furniture words and the reason for each. */
    private static final Map<String, Reason> FURNITURE_WORDS = Map.copyOf(words(false));
    /** Furniture word starts and the reason for each, in the order tried. */
    private static final List<Map.Entry<String, Reason>> FURNITURE_PREFIXES = List.copyOf(words(true).entrySet());

    /** Class or id words that say an element is the article itself, so it is not pruned when it holds much text. */
    private static final Pattern CONTENT = Pattern.compile(
            "(^|[^a-z])(article|articlebody|story|entry|post|body|content|text|main)([^a-z]|$)");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    /** An element that holds at least this share of the page's text is never pruned by its class words alone. */
    private static final double PROTECTED_SHARE = 0.4;

    /** Elements smaller than this share of the page's text are pruned by a furniture word even if they name content. */
    private static final double SMALL_SHARE = 0.05;

    private ElementFilter() {
    }

    /** The furniture words (or, with {@code prefixes}, the word starts, without their '*') with their reasons. */
    private static Map<String, Reason> words(boolean prefixes) {
        Map<String, Reason> out = new LinkedHashMap<>();
        FURNITURE.forEach(e -> e.getValue().stream().filter(w -> w.endsWith("*") == prefixes)
                .forEach(w -> out.put(prefixes ? w.substring(0, w.length() - 1) : w, e.getKey())));
        return out;
    }

    /** Removes furniture from {@code root} in place. */
    static void prune(Element root) {
        prune(root, new DroppedTextLog());
    }

    /** Removes furniture from {@code root} in place, recording each removed element with its reason in {@code log}. */
    static void prune(Element root, DroppedTextLog log) {
        Map<Element, Integer> textLength = textLengths(root);
        int total = Math.max(1, textLength.getOrDefault(root, 0));
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                int length = textLength.getOrDefault(e, 0);
                double share = length / (double) total;
                Reason reason = furnitureReason(e, share);
                if (reason == null && share >= PROTECTED_SHARE && isHidden(e) && repeatsVisibleText(e, root)) {
                    reason = Reason.HIDDEN; // a hidden copy of the article (structured data, a print version)
                } else if (reason != null && EMBED_REASONS.contains(reason) && !NEVER.containsKey(e.normalName())
                        && (e.is(EMBEDDED_POST) || e.selectFirst(EMBEDDED_POST) != null)) {
                    reason = null; // a post the article quotes, in a box named for social media
                } else if (reason != null && CARD_REASONS.contains(reason) && isProductCard(e)
                        && productShare(e, textLength) / total >= PRODUCT_SHARE) {
                    reason = null; // a deals article's own product cards, named like a sidebar's widgets
                }
                if (reason != null) {
                    doomed.add(e);
                    if (length > 0) { // an empty div or a script drops nothing a reader saw
                        log.add(e, reason);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        removeAll(doomed);
    }

    /**
     * Removes elements from the tree. jsoup renumbers all later siblings on each removal, so a page
     * with a hundred thousand furniture siblings would take quadratic time one by one; a parent that
     * loses many children gets its child list rebuilt once instead.
     */
    static void removeAll(List<Element> doomed) {
        Map<Element, List<Element>> byParent = new IdentityHashMap<>();
        for (Element e : doomed) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<Element, List<Element>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            List<Element> gone = entry.getValue();
            if (gone.size() < 16) {
                gone.forEach(Element::remove);
                continue;
            }
            java.util.Set<Node> goneSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            goneSet.addAll(gone);
            List<Node> kept = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (!goneSet.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "tbody", "thead", "tfoot");

    /** A social-media post embedded in the article: its text is a quotation the article shows. */
    private static final Evaluator EMBEDDED_POST = QueryParser.parse("blockquote.twitter-tweet, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed, blockquote.reddit-embed");
    /** The reasons class words give a box that holds an embedded post ("social-media-embed", "tweet-player"). */
    private static final Set<Reason> EMBED_REASONS = Set.of(Reason.SHARE_PROMPT, Reason.PLAYER_OR_WIDGET);

    /**
     * Product cards side by side that hold this share of the page's text are the article (a deals or a buying
     * guide's picks), whatever their class words say; one shop box beside a news story holds far less.
     */
    static final double PRODUCT_SHARE = 0.2;
    /** The reasons a product card's class words give it: shop boxes are named widgets, promos, callouts, modules. */
    private static final Set<Reason> CARD_REASONS = Set.of(Reason.SIDEBAR, Reason.ADVERTISEMENT, Reason.RELATED_LINKS,
            Reason.TEASER);
    /** A price: a currency sign before or after a number, or a currency code after it. */
    private static final Pattern PRICE = Pattern.compile(
            "[$€£¥₹]\\s?\\d|\\d(?:[.,]\\d{2})?\\s?(?:€|£|(?:usd|eur|gbp|dollars)\\b)", Pattern.CASE_INSENSITIVE);
    /** What a product card offers: a button or link to buy, or where it is sold. */
    private static final Pattern BUY = Pattern.compile(
            "\\b(buy|shop|see (it|price|deal)|view (deal|price)|check price|add to cart|at amazon|at walmart|at best buy"
                    + "|on amazon|get (it|the deal))\\b", Pattern.CASE_INSENSITIVE);

    /** A product card: its text names a price and a way to buy. */
    static boolean isProductCard(Element e) {
        String text = e.text();
        return text.length() >= 20 && PRICE.matcher(text).find() && BUY.matcher(text).find();
    }

    /** The text length of {@code e} and of its siblings that are product cards too, {@code e} counted if it is one. */
    private static double productShare(Element e, Map<Element, Integer> textLength) {
        Element parent = e.parent();
        if (parent == null) {
            return textLength.getOrDefault(e, 0);
        }
        double sum = 0;
        for (Element sibling : parent.children()) {
            if (sibling == e || sibling.className().equals(e.className()) && isProductCard(sibling)) {
                sum += textLength.getOrDefault(sibling, 0);
            }
        }
        return sum;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(java.util.Locale.ROOT)).find();
    }

    /**
     * Whether a hidden element's longest passage is shown elsewhere on the page too: then it is a copy kept for
     * machines (structured data, a print or an app version), and the page's visible copy is the article.
     */
    private static boolean repeatsVisibleText(Element hidden, Element root) {
        String longest = "";
        for (TextNode t : hidden.select("*").stream().flatMap(el -> el.textNodes().stream()).toList()) {
            String text = t.text().strip();
            if (text.length() > longest.length()) {
                longest = text;
            }
        }
        if (longest.length() < 40) {
            return false;
        }
        String passage = longest.length() > 200 ? longest.substring(0, 200) : longest;
        Set<Node> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(hidden.textNodes());
        for (Element el : hidden.select("*")) {
            inside.addAll(el.textNodes());
        }
        for (Element el : root.select("*")) {
            for (TextNode t : el.textNodes()) {
                if (!inside.contains(t) && t.text().contains(passage)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isFurniture(Element e, double textShare) {
        return furnitureReason(e, textShare) != null;
    }

    /** Why {@code e} is furniture ({@link Reason#NAVIGATION}, {@link Reason#COMMENTS}…), or {@code null}. */
    static Reason furnitureReason(Element e, double textShare) {
        String tag = e.normalName();
        Reason never = NEVER.get(tag);
        if (never != null) {
            // A page that wraps its whole article in <header> or <aside> still has an article.
            boolean furniture = textShare < PROTECTED_SHARE || !Set.of("header", "aside", "footer", "nav").contains(tag);
            return furniture ? never : null;
        }
        if (isHidden(e)) {
            return textShare < PROTECTED_SHARE ? Reason.HIDDEN : null;
        }
        // A table's rows and cells are named for what they list ("player-12", "oddrow"), not for furniture.
        if (tag.equals("body") || tag.equals("html") || tag.equals("p") || TABLE_PARTS.contains(tag)
                || !(e.hasAttr("class") || e.hasAttr("id"))) {
            return null;
        }
        String signature = signature(e);
        Reason reason = signature.isBlank() ? null : furnitureWordReason(signature);
        if (reason == null) {
            return null;
        }
        // Furniture words are short and common, so a sizeable element that also names itself content is kept.
        boolean furniture = textShare < PROTECTED_SHARE
                && (textShare < SMALL_SHARE || !CONTENT.matcher(signature).find());
        return furniture ? reason : null;
    }

    /**
     * An element's id and class as lower-case words, camel case split ("newsCaption" reads "news caption",
     * "mostRead" "most read"), so that a furniture word inside a compound name is found.
     */
    static String signature(Element e) {
        String raw = e.id() + " " + e.className();
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1))) {
                out.append(' ');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    static boolean hasFurnitureWord(String signature) {
        return furnitureWordReason(signature) != null;
    }

    /** The reason of the first furniture word in a class/id signature, or {@code null} when it has none. */
    static Reason furnitureWordReason(String signature) {
        for (String word : SPLIT.split(signature)) {
            if (word.isEmpty()) {
                continue;
            }
            Reason reason = FURNITURE_WORDS.get(word);
            if (reason != null) {
                return reason;
            }
            for (Map.Entry<String, Reason> prefix : FURNITURE_PREFIXES) {
                if (word.startsWith(prefix.getKey())) {
                    return prefix.getValue();
                }
            }
        }
        return null;
    }

    /** The length of the whitespace-trimmed text under every element, in one pass. */
    static Map<Element, Integer> textLengths(Element root) {
        return subtreeSums(root, n -> n instanceof TextNode t ? ContentLocator.visibleLength(t.getWholeText()) : 0);
    }

    /**
     * For every element under {@code root} (itself included) the sum of {@code own} over its subtree,
     * in one pass without recursion; elements whose sum is 0 are left out.
     */
    static Map<Element, Integer> subtreeSums(Element root, java.util.function.ToIntFunction<Node> own) {
        Map<Element, Integer> sums = new IdentityHashMap<>();
        // The open elements' running sums, by depth under root: a node's total goes to its parent's slot, so each
        // element is put in the map once instead of merged into it once per child.
        int[][] open = {new int[64]};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    if (depth == open[0].length) {
                        open[0] = java.util.Arrays.copyOf(open[0], depth * 2);
                    }
                    open[0][depth] = 0;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                int total = own.applyAsInt(node) + (node instanceof Element ? open[0][depth] : 0);
                if (total == 0) {
                    return;
                }
                if (node instanceof Element e) {
                    sums.put(e, total);
                }
                if (depth > 0) {
                    open[0][depth - 1] += total;
                }
            }
        }, root);
        return sums;
    }
}
