package org.newsum.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import org.newsum.model.Reason;

/**
 * Extraction pass after {@link ElementFilter}: removes lists of teaser cards — "more stories"
 * blocks where each item is a linked headline with a line or two of summary — whose summaries would
 * otherwise read as prose and pull the article locator away from the article.
 */
final class TeaserListPruner {

    /** A card is small: a headline and a summary, not a section of an article. */
    static final int MAX_CARD_TEXT = 500;
    /**
     * A card holds a headline, a summary, an image and a few labels: a few dozen elements. Checking
     * only elements this small keeps the pass linear: the card check reads the element's whole
     * subtree, which on a page nested thousands deep is the rest of the page for every element.
     */
    static final int MAX_CARD_ELEMENTS = 100;
    /** At least this many cards side by side make a list of teasers. */
    static final int MIN_CARDS = 3;

    private TeaserListPruner() {
    }

    static void prune(Element root) {
        prune(root, new DroppedTextLog());
    }

    /** Removes teaser lists from {@code root} in place, recording each removed card in {@code log}. */
    static void prune(Element root, DroppedTextLog log) {
        Map<Element, Integer> textLength = ElementFilter.textLengths(root);
        Map<Element, Integer> elements = ElementFilter.subtreeSums(root, n -> n instanceof Element ? 1 : 0);
        // The text length of the links under each element, each link's text read once: a link sits inside many
        // elements small enough to be cards.
        Map<Element, Integer> linkText = ElementFilter.subtreeSums(root,
                n -> n instanceof Element e && e.nameIs("a") ? e.text().length() : 0);
        double total = Math.max(1, textLength.getOrDefault(root, 0));
        List<Element> doomed = new ArrayList<>();
        Set<Element> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element parent : root.getAllElements()) {
            List<Element> cards = new ArrayList<>();
            int withText = 0;
            for (Element child : parent.children()) {
                int length = textLength.getOrDefault(child, 0);
                if (length == 0) {
                    continue;
                }
                withText++;
                if (length <= MAX_CARD_TEXT && elements.get(child) <= MAX_CARD_ELEMENTS
                        && isCard(child, length, linkText.getOrDefault(child, 0))) {
                    cards.add(child);
                }
            }
            if (cards.size() >= MIN_CARDS && cards.size() * 3 >= withText * 2 && !areProducts(cards, textLength, total)) {
                doomed.addAll(cards);
                for (Element card : cards) {
                    gone.add(card);
                    // A card inside a card already reported is part of that one's text.
                    if (!insideAny(card, gone)) {
                        log.add(card, Reason.TEASER_LIST);
                    }
                }
            }
        }
        ElementFilter.removeAll(doomed);
    }

    /**
     * Whether the cards are a deals article's products (each with a price and a way to buy) holding
     * {@link ElementFilter#PRODUCT_SHARE} of the page's text: a linked product name and its description read like
     * a teaser, but there they are the article.
     */
    private static boolean areProducts(List<Element> cards, Map<Element, Integer> textLength, double total) {
        double products = 0;
        for (Element card : cards) {
            if (ElementFilter.isProductCard(card)) {
                products += textLength.getOrDefault(card, 0);
            }
        }
        return products / total >= ElementFilter.PRODUCT_SHARE;
    }

    private static boolean insideAny(Element e, Set<Element> elements) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (elements.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A linked headline first, then some text of its own that is not a link; {@code linkText} is the summed text
     * length of the card's links ({@code <a>} elements, the card itself included).
     */
    static boolean isCard(Element card, int length, int linkText) {
        // No link at all has no link text either.
        if (linkText < 15 || length - linkText < 40) {
            return false; // a bare link list is the block filter's job; a card has a summary
        }
        Element link = card.selectFirst(LINK);
        String first = firstText(card);
        // A kicker ("REINDEER GAMES") may stand above the card's linked headline.
        return first != null && link.text().contains(first) || hasLinkedHeading(card);
    }

    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");

    /**
     * Whether the card holds a headline that is a link or a link that holds a headline (the selector
     * {@code h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4} under the card, the card itself counted as an ancestor
     * but not as the inner element), read in one walk of the card's small subtree.
     */
    static boolean hasLinkedHeading(Element card) {
        return linkedHeadingBelow(card, HEADINGS.contains(card.normalName()), card.nameIs("a"));
    }

    private static boolean linkedHeadingBelow(Element e, boolean inHeading, boolean inLink) {
        for (Element child : e.children()) {
            boolean heading = HEADINGS.contains(child.normalName());
            boolean link = child.nameIs("a");
            if (link && inHeading || heading && inLink
                    || linkedHeadingBelow(child, inHeading || heading, inLink || link)) {
                return true;
            }
        }
        return false;
    }

    private static String firstText(Element card) {
        for (Element e : card.getAllElements()) {
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                String s = t.text().strip();
                if (s.length() >= 10) {
                    return s;
                }
            }
        }
        return null;
    }
}
