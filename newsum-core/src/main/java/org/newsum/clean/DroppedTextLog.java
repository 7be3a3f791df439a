package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Collects what the extraction passes drop from one page, as {@link DroppedText}s: at most
 * {@link #MAX_ENTRIES}, then only a count, so that a page with a hundred thousand comments costs a
 * counter, not a hundred thousand excerpts.
 */
final class DroppedTextLog {

    /** More entries than this are counted, not listed: nobody reads the thousandth "comments". */
    static final int MAX_ENTRIES = 200;
    /** Entries show this many characters of the text, enough to recognise it. */
    static final int EXCERPT = 200;

    /** Tags whose text is never shown, so dropping them drops nothing a reader saw. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "template", "noscript", "link", "meta");

    private final List<DroppedText> entries = new ArrayList<>();
    private int unlisted;

    /** Records a dropped element, unless it has no visible text. */
    void add(Element element, String reason) {
        if (UNSEEN.contains(element.normalName())) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            unlisted += hasVisibleText(element) ? 1 : 0;
            return;
        }
        String text = excerpt(element);
        if (!text.isEmpty()) {
            entries.add(new DroppedText(text, reason));
        }
    }

    /** Records a dropped block of text, unless it is blank. */
    void add(String text, String reason) {
        if (entries.size() >= MAX_ENTRIES) {
            unlisted += text.isBlank() ? 0 : 1;
            return;
        }
        String excerpt = cut(TextBlocks.collapse(text.replace('\n', ' ')));
        if (!excerpt.isEmpty()) {
            entries.add(new DroppedText(excerpt, reason));
        }
    }

    /** Adds what another log recorded, in order, under this log's limit. */
    void addAll(List<DroppedText> dropped) {
        for (DroppedText d : dropped) {
            if (entries.size() >= MAX_ENTRIES) {
                unlisted++;
            } else {
                entries.add(d);
            }
        }
    }

    /** The entries, with a last one saying how many more were dropped when there were too many to list. */
    List<DroppedText> entries() {
        if (unlisted == 0) {
            return List.copyOf(entries);
        }
        List<DroppedText> all = new ArrayList<>(entries);
        all.add(new DroppedText(unlisted + " more dropped elements or blocks, not listed", "too many to list"));
        return List.copyOf(all);
    }

    /**
     * The element's text as a reader sees it, whitespace collapsed, reading no further than the
     * excerpt needs: a dropped comment section may hold megabytes.
     */
    static String excerpt(Node root) {
        StringBuilder raw = new StringBuilder();
        int[] visible = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    raw.append(s);
                    visible[0] += visibleLength(s);
                } else if (node instanceof Element e) {
                    if (UNSEEN.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || ContentLocator.BLOCKS.contains(e.normalName())) {
                        raw.append(' '); // block boundaries separate words, as on the page
                    }
                }
                return visible[0] > EXCERPT ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && ContentLocator.BLOCKS.contains(e.normalName())) {
                    raw.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return cut(TextBlocks.collapse(raw.toString().replace('\n', ' ').replace('\r', ' ')));
    }

    /** Whether any text under the element is more than whitespace, stopping at the first that is. */
    static boolean hasVisibleText(Element root) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && ContentLocator.visibleLength(t.getWholeText()) > 0) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return node instanceof Element e && UNSEEN.contains(e.normalName()) ? FilterResult.SKIP_ENTIRELY
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    private static int visibleLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static String cut(String text) {
        String flat = text.strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT).stripTrailing() + "…";
    }
}
