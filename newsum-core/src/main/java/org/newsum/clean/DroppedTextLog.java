package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import org.newsum.model.Reason;

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
    void add(Element element, Reason reason) {
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
    void add(String text, Reason reason) {
        if (entries.size() >= MAX_ENTRIES) {
            unlisted += text.isBlank() ? 0 : 1;
            return;
        }
        Clip clip = new Clip();
        clip.append(text);
        String excerpt = clip.text();
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
        all.add(new DroppedText(unlisted + " more dropped elements or blocks, not listed", Reason.TOO_MANY_TO_LIST));
        return List.copyOf(all);
    }

    /**
     * The element's text as a reader sees it, whitespace collapsed, reading no further than the
     * excerpt needs: a dropped comment section may hold megabytes.
     */
    static String excerpt(Node root) {
        Clip clip = new Clip();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    clip.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (UNSEEN.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || ContentLocator.BLOCKS.contains(e.normalName())) {
                        clip.space(); // block boundaries separate words, as on the page
                    }
                }
                return clip.full() ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && ContentLocator.BLOCKS.contains(e.normalName())) {
                    clip.space();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return clip.text();
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

    /**
     * Text with runs of whitespace collapsed to one space and no space at the ends, taking no more
     * characters than an excerpt shows: the rest of a long block is never copied.
     */
    private static final class Clip {
        private final StringBuilder out = new StringBuilder();
        private boolean space;
        private boolean full;

        void append(CharSequence s) {
            for (int i = 0; i < s.length() && !full; i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    space();
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                    full = out.length() > EXCERPT;
                }
            }
        }

        /** A word break, shown only between words. */
        void space() {
            space = out.length() > 0;
        }

        boolean full() {
            return full;
        }

        /** The text, cut to {@link #EXCERPT} characters with "…" when there was more. */
        String text() {
            if (!full) {
                return out.toString();
            }
            out.setLength(EXCERPT);
            return out.toString().stripTrailing() + "…";
        }
    }
}
