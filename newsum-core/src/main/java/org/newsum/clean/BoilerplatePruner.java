package org.newsum.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * First extraction pass: removes from a page the elements that are never article prose — scripts,
 * menus, share bars, related-links boxes, newsletter sign-ups, comments, captions and credits, hidden
 * elements — judged by tag, by hidden state and by the words in their class and id.
 */
final class BoilerplatePruner {

    /** Tags whose content is never prose, or is page furniture wherever it appears. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "map", "button", "input", "select", "textarea", "option",
            "label", "nav", "aside", "footer", "header", "figcaption", "link", "meta", "dialog", "menu");

    /**
     * Class or id words that mark furniture. Matched as whole words of the class/id (split on anything
     * that is not a letter or digit), or as a word's start where the entry ends in '*'.
     */
    private static final List<String> FURNITURE = List.of("share*", "sharing", "social*", "sociallinks", "related*",
            "relatedposts", "recommend*", "newsletter*", "subscribe*", "subscription", "signup", "comment*", "disqus",
            "respond", "promo*", "advert*", "ad", "ads", "adslot", "adsbygoogle", "dfp", "sponsor*", "outbrain*",
            "taboola*", "popular", "mostread", "most", "trending", "breadcrumb*", "caption*", "credit*", "byline*",
            "author*", "cookie*", "consent", "modal", "popup", "sidebar*", "widget*", "tags", "tag", "taglist",
            "pagination", "pager", "recirc*", "readmore", "readnext", "more", "next", "prev", "previous", "toolbar",
            "print", "dateline", "timestamp", "date", "time", "published", "meta", "postmeta", "entrymeta", "sronly",
            "visuallyhidden", "hidden", "hide", "offscreen", "skip", "masthead", "banner", "navbar", "nav", "navigation",
            "menu", "footer", "header", "follow", "rating", "disclaimer", "copyright", "topics", "keywords", "jump",
            "video", "gallery", "slideshow", "carousel", "player", "feedback", "survey", "login",
            "paywall", "overlay", "headline", "title", "kicker", "eyebrow", "teaser", "hero", "thumbnail", "thumb",
            "icon", "btn", "button", "utility", "tools", "actions", "reactions", "rail", "aside", "boxout",
            "callout", "newsfeed", "feed", "latest", "list", "links", "nocontent");

    private static final Set<String> FURNITURE_WORDS = FURNITURE.stream().filter(f -> !f.endsWith("*"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final List<String> FURNITURE_PREFIXES = FURNITURE.stream().filter(f -> f.endsWith("*"))
            .map(f -> f.substring(0, f.length() - 1)).toList();

    /** Class or id words that say an element is the article itself, so it is not pruned when it holds much text. */
    private static final Pattern CONTENT = Pattern.compile(
            "(^|[^a-z])(article|articlebody|story|entry|post|body|content|text|main)([^a-z]|$)");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    /** An element that holds at least this share of the page's text is never pruned by its class words alone. */
    private static final double PROTECTED_SHARE = 0.4;

    /** Elements smaller than this share of the page's text are pruned by a furniture word even if they name content. */
    private static final double SMALL_SHARE = 0.05;

    private BoilerplatePruner() {
    }

    /** Removes furniture from {@code root} in place. */
    static void prune(Element root) {
        Map<Element, Integer> textLength = textLengths(root);
        int total = Math.max(1, textLength.getOrDefault(root, 0));
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(e, textLength.getOrDefault(e, 0) / (double) total)) {
                    doomed.add(e);
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

    static boolean isFurniture(Element e, double textShare) {
        String tag = e.normalName();
        if (NEVER.contains(tag)) {
            // A page that wraps its whole article in <header> or <aside> still has an article.
            return textShare < PROTECTED_SHARE || !Set.of("header", "aside", "footer", "nav").contains(tag);
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(java.util.Locale.ROOT)).find()) {
            return textShare < PROTECTED_SHARE;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("p")
                || !(e.hasAttr("class") || e.hasAttr("id"))) {
            return false;
        }
        String signature = (e.id() + " " + e.className()).toLowerCase(java.util.Locale.ROOT);
        if (signature.isBlank() || !hasFurnitureWord(signature)) {
            return false;
        }
        // Furniture words are short and common, so a sizeable element that also names itself content is kept.
        return textShare < PROTECTED_SHARE && (textShare < SMALL_SHARE || !CONTENT.matcher(signature).find());
    }

    static boolean hasFurnitureWord(String signature) {
        for (String word : SPLIT.split(signature)) {
            if (word.isEmpty()) {
                continue;
            }
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
            for (String prefix : FURNITURE_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the whitespace-trimmed text under every element, in one pass. */
    static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own;
                if (node instanceof TextNode t) {
                    own = ContentLocator.visibleLength(t.getWholeText());
                } else if (node instanceof Element e) {
                    own = lengths.getOrDefault(e, 0);
                } else {
                    return;
                }
                Node parent = node.parentNode();
                if (own > 0 && parent instanceof Element p && node != root) {
                    lengths.merge(p, own, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }
}
