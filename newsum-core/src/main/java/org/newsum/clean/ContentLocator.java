package org.newsum.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import org.newsum.model.Reason;

/**
 * Second extraction pass: finds the element that holds the article, the one whose prose outweighs
 * its furniture the most, in one walk of the page.
 *
 * <p>Every block's own text is prose when it is long enough and not mostly links, furniture
 * otherwise. An element's score is its prose minus {@link #FURNITURE_COST} times its furniture, so
 * the winner is the smallest element that takes in all of an article split over several blocks
 * without taking in the menus around it.
 */
final class ContentLocator {

    /** What the best element holds: itself, its score, and the prose of the whole page for comparison. */
    record Located(Element element, double prose, double furniture, double pageProse) {
    }

    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "figure", "header", "footer", "aside", "nav", "form", "center", "address",
            "details", "summary", "hr", "caption", "fieldset");

    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");

    /** Furniture text costs this much prose: the article may take in a little chrome, not a menu. */
    static final double FURNITURE_COST = 0.5;
    /** A block needs this many characters of its own text to count as prose. */
    static final int MIN_PROSE = 60;
    /** ...or this many when it reads like a sentence (ends with . ! ? or a quote). */
    static final int MIN_SENTENCE = 25;
    /** A block that is more than this share link text is furniture. */
    static final double MAX_LINK_DENSITY = 0.33;

    private ContentLocator() {
    }

    private static final class Block {
        final Element element;
        int text;
        int linkText;
        char last;
        double prose;
        double furniture;

        Block(Element element) {
            this.element = element;
        }
    }

    /** The best element under {@code root} ({@code root} itself when nothing better stands out). */
    static Located locate(Element root) {
        Deque<Block> stack = new ArrayDeque<>();
        int[] linkDepth = {0};
        Block[] best = {null};
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        double[] pageProse = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (stack.isEmpty()) {
                        return;
                    }
                    String s = t.getWholeText();
                    int len = visibleLength(s);
                    if (len > 0) {
                        Block b = stack.peek();
                        b.text += len;
                        if (linkDepth[0] > 0) {
                            b.linkText += len;
                        }
                        b.last = lastVisible(s, b.last);
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                    if (e == root || BLOCKS.contains(e.normalName())) {
                        stack.push(new Block(e));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (e.normalName().equals("a")) {
                    linkDepth[0]--;
                }
                if (stack.isEmpty() || stack.peek().element != e) {
                    return;
                }
                Block b = stack.pop();
                if (isProse(b.text, b.linkText, b.last)) {
                    b.prose += b.text;
                    pageProse[0] += b.text;
                } else if (!TABLE_PARTS.contains(e.normalName())) {
                    // A table's rows are short and stop-less, but a standings or results table is what its
                    // page reports: its text costs nothing, and the prose around it finds the article.
                    b.furniture += b.text;
                }
                double score = b.prose - FURNITURE_COST * b.furniture;
                if (score > bestScore[0]) {
                    bestScore[0] = score;
                    best[0] = b;
                }
                if (!stack.isEmpty()) {
                    stack.peek().prose += b.prose;
                    stack.peek().furniture += b.furniture;
                }
            }
        }, root);
        Block b = best[0];
        if (b == null) {
            return new Located(root, 0, 0, 0);
        }
        return new Located(b.element, b.prose, b.furniture, pageProse[0]);
    }

    /**
     * Records in {@code log} what lies outside {@code main} under {@code root}: one entry for each
     * sibling of {@code main} and of each of its ancestors, in page order, so a menu or a footer is one
     * entry however many elements it holds.
     */
    static void reportOutside(Element root, Element main, DroppedTextLog log) {
        List<Element> path = new ArrayList<>(); // main, its parent, ... up to root's child
        for (Element e = main; e != null && e != root; e = e.parent()) {
            path.add(e);
        }
        // Page order: what comes before the path, from the top down, then what comes after, from the bottom up.
        for (int i = path.size() - 1; i >= 0; i--) {
            for (Node sibling : path.get(i).parent().childNodes()) {
                if (sibling == path.get(i)) {
                    break;
                }
                reportNode(sibling, log);
            }
        }
        for (Element onPath : path) {
            List<Node> siblings = onPath.parent().childNodes();
            for (int j = onPath.siblingIndex() + 1; j < siblings.size(); j++) {
                reportNode(siblings.get(j), log);
            }
        }
    }

    private static void reportNode(Node node, DroppedTextLog log) {
        if (node instanceof Element e) {
            log.add(e, Reason.OUTSIDE_MAIN_TEXT);
        } else if (node instanceof TextNode t) {
            log.add(t.getWholeText(), Reason.OUTSIDE_MAIN_TEXT);
        }
    }

    static boolean isProse(int text, int linkText, char last) {
        if (text == 0 || linkText > MAX_LINK_DENSITY * text) {
            return false;
        }
        // Chinese and Japanese end sentences with full-width marks and closing brackets.
        return text >= MIN_PROSE || (text >= MIN_SENTENCE && ".!?\"”’'»:。！？」』".indexOf(last) >= 0);
    }

    /**
     * The length of a text without the white space around it, in Latin letters' worth: a Chinese or Japanese
     * character counts {@value #UNSPACED_WEIGHT}, as a word of about two characters carries what an English word of
     * five letters and a space does, so the prose thresholds read a short Chinese sentence as a sentence.
     */
    static int visibleLength(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        int length = to - from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (org.newsum.model.Scripts.isUnspacedWord(c)) {
                length += UNSPACED_WEIGHT - 1;
            }
        }
        return length;
    }

    /** Latin letters' worth of one Chinese or Japanese character. */
    static final int UNSPACED_WEIGHT = 3;

    private static char lastVisible(String s, char otherwise) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return otherwise;
    }
}
