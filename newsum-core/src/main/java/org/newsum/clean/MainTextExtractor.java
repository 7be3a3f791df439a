package org.newsum.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import org.newsum.model.Reason;

/**
 * Finds a parsed page's article text by a sequence of named passes — filter the page's elements, prune
 * teaser lists, locate the article element, read its blocks, filter them — and says why there is no
 * article when there is none.
 *
 * <p>Readability (Readability4J) was a second opinion for pages whose located text looked thin; it changed
 * the output of none of the 88 pages of the extraction benchmark, 28 hostile pages and 12 pages of odd
 * layouts (no {@code <article>}, tables, {@code <br>}-separated text, prose in boxes named like furniture),
 * and brought Kotlin into the core, so it was dropped.
 */
public final class MainTextExtractor {

    /**
     * The article text, paragraphs separated by blank lines; empty with a reason when the page holds
     * no article; and what the passes dropped from the page.
     *
     * @param text             the article text, or {@code ""}
     * @param noArticleReason  why the text is empty ({@link Reason#PAGE_NOT_FOUND}, {@link Reason#LOGIN_WALL},
     *                         {@link Reason#NO_MAIN_TEXT}), {@code null} when there is an article
     * @param dropped          the page's visible text left out of the article, each with its reason, in
     *                         the order the passes dropped it (at most {@link DroppedTextLog#MAX_ENTRIES}
     *                         and a last entry counting the rest)
     */
    public record MainText(String text, Reason noArticleReason, List<DroppedText> dropped) {

        public MainText {
            dropped = List.copyOf(dropped);
        }
    }

    /** Pages that say they are errors or walls still count as articles when this many words remain. */
    static final int WALL_MAX_WORDS = 150;

    private static final Pattern NOT_FOUND = Pattern.compile(
            "\\b404\\b|not found|page (does not|doesn't|could not|cannot|can't) (exist|be found)|no longer (available|exists)"
                    + "|page is missing|nicht gefunden|introuvable|no encontrada");
    private static final Pattern WALL = Pattern.compile(
            "(sign|log) ?in to (continue|read|view|access)|subscribe to (continue|read)|create (a free|an) account to"
                    + "|already (a subscriber|have an account)|this (content|article) is (for|available to) (subscribers|members)");

    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator PASSWORD = QueryParser.parse("input[type=password]");

    /** Extracts the article from {@code doc}, which this pass changes (furniture is removed). */
    public MainText extract(Document doc) {
        String title = doc.title().toLowerCase(Locale.ROOT);
        Element h1 = doc.selectFirst(H1);
        String heading = h1 == null ? "" : h1.text().toLowerCase(Locale.ROOT);
        // Password fields and what holds them, read before the passes remove forms: a log-in box in the menu bar
        // is on every page of a site, and only one inside the article's element makes the page a wall.
        List<List<Element>> passwordHolders = doc.select(PASSWORD).stream()
                .map(input -> (List<Element>) input.parents()).toList();

        Element body = doc.body();
        DroppedTextLog log = new DroppedTextLog();
        // Teaser cards first: the element filter takes a card's <header> with its linked headline, and what is
        // left of the cards (their summaries) reads as prose.
        TeaserListPruner.prune(body, log);
        ElementFilter.prune(body, log);
        ContentLocator.Located located = ContentLocator.locate(body);
        ContentLocator.reportOutside(body, located.element(), log);
        String text = join(BlockFilter.filter(TextBlocks.of(located.element()), log));
        List<DroppedText> dropped = log.entries();

        int words = words(text);
        Reason reason = null;
        if (words < WALL_MAX_WORDS && (NOT_FOUND.matcher(title).find() || NOT_FOUND.matcher(heading).find())) {
            reason = Reason.PAGE_NOT_FOUND;
        } else if (words < WALL_MAX_WORDS && (holdsAny(located.element(), passwordHolders)
                || WALL.matcher(text.toLowerCase(Locale.ROOT)).find())) {
            reason = Reason.LOGIN_WALL;
        } else if (located.pageProse() == 0 || words == 0) {
            reason = Reason.NO_MAIN_TEXT;
        }
        return reason == null ? new MainText(text, null, dropped) : new MainText("", reason, dropped);
    }

    /** Page chrome by tag: a password field here is the site's log-in box, on every page. */
    private static final java.util.Set<String> CHROME_TAGS = java.util.Set.of("header", "nav", "footer", "aside", "menu");
    /** ...or by the reason its class words give it. */
    private static final java.util.Set<Reason> CHROME = java.util.Set.of(Reason.NAVIGATION,
            Reason.PAGE_HEADER_OR_FOOTER, Reason.SIDEBAR, Reason.POP_UP);

    /**
     * Whether one of the password fields (given by their ancestors, {@code holders}) walls the article: it is inside
     * the article's element ({@code main}), or at least not in the page's chrome (header, menu, footer, sidebar).
     */
    private static boolean holdsAny(Element main, List<List<Element>> holders) {
        for (List<Element> parents : holders) {
            boolean chrome = false;
            for (Element p : parents) {
                if (p == main) {
                    return true;
                }
                Reason words = p.hasAttr("class") || p.hasAttr("id")
                        ? ElementFilter.furnitureWordReason((p.id() + " " + p.className()).toLowerCase(Locale.ROOT)) : null;
                chrome |= CHROME_TAGS.contains(p.normalName()) || words != null && CHROME.contains(words);
            }
            if (!chrome) {
                return true;
            }
        }
        return false;
    }

    static String join(List<TextBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (TextBlock b : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return out.toString();
    }

    static int words(String text) {
        return org.newsum.model.Budget.countWords(text);
    }
}
