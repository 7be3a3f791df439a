package org.newsum.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import net.dankito.readability4j.Readability4J;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a parsed page's article text by a sequence of named passes — prune furniture, locate the
 * article element, read its blocks, filter them — with Readability as the fallback when the located
 * text looks too thin, and says why there is no article when there is none.
 */
public final class MainTextExtractor {

    /**
     * The article text, paragraphs separated by blank lines; empty with a reason when the page holds
     * no article; and what the passes dropped from the page.
     *
     * @param text             the article text, or {@code ""}
     * @param noArticleReason  why the text is empty ({@code "page not found"}, {@code "login wall"},
     *                         {@code "no main text"}), {@code null} when there is an article
     * @param dropped          the page's visible text left out of the article, each with its reason, in
     *                         the order the passes dropped it (at most {@link DroppedTextLog#MAX_ENTRIES}
     *                         and a last entry counting the rest)
     */
    public record MainText(String text, String noArticleReason, List<DroppedText> dropped) {

        public MainText {
            dropped = List.copyOf(dropped);
        }
    }

    /** Below this much prose (characters) in the located element the page gets a second opinion. */
    static final int THIN_PROSE = 400;
    /**
     * Readability re-parents nodes one by one, reads each element's whole text and recurses into the
     * tree: quadratic on huge or deeply nested pages, and a stack overflow some thousands of levels
     * down. Such pages get no second opinion: over 2 MB, over 10,000 elements (the pages of the
     * extraction benchmark have at most 1,600) or nested over 200 deep (they reach 52).
     */
    static final int MAX_SECOND_OPINION_CHARS = 2_000_000;
    static final int MAX_SECOND_OPINION_ELEMENTS = 10_000;
    static final int MAX_SECOND_OPINION_DEPTH = 200;
    /** Pages that say they are errors or walls still count as articles when this many words remain. */
    static final int WALL_MAX_WORDS = 150;

    private static final Pattern NOT_FOUND = Pattern.compile(
            "\\b404\\b|not found|page (does not|doesn't|could not|cannot|can't) (exist|be found)|no longer (available|exists)"
                    + "|page is missing|nicht gefunden|introuvable|no encontrada");
    private static final Pattern WALL = Pattern.compile(
            "(sign|log) ?in to (continue|read|view|access)|subscribe to (continue|read)|create (a free|an) account to"
                    + "|already (a subscriber|have an account)|this (content|article) is (for|available to) (subscribers|members)");

    /**
     * Extracts the article from {@code doc}, which this pass changes (furniture is removed); {@code html}
     * is the page's source, parsed again only when Readability is asked for a second opinion.
     */
    public MainText extract(Document doc, String html, String url) {
        boolean secondOpinionFits = html.length() <= MAX_SECOND_OPINION_CHARS && fitsSecondOpinion(doc);
        String title = doc.title().toLowerCase(Locale.ROOT);
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text().toLowerCase(Locale.ROOT);
        boolean password = doc.selectFirst("input[type=password]") != null;

        Element body = doc.body();
        DroppedTextLog log = new DroppedTextLog();
        ElementFilter.prune(body, log);
        TeaserListPruner.prune(body, log);
        ContentLocator.Located located = ContentLocator.locate(body);
        ContentLocator.reportOutside(body, located.element(), log);
        List<TextBlock> blocks = BlockFilter.filter(TextBlocks.of(located.element()), log);
        String text = join(blocks);
        List<DroppedText> dropped = log.entries();

        boolean thin = located.prose() < THIN_PROSE || located.prose() < 0.5 * located.pageProse();
        if (thin && secondOpinionFits) {
            DroppedTextLog secondLog = new DroppedTextLog();
            String second = readability(html, url, secondLog);
            if (words(second) > 1.5 * words(text)) {
                text = second;
                dropped = droppedBesideSecondOpinion(dropped, blocks, second, secondLog);
            }
        }
        int words = words(text);
        String reason = null;
        if (words < WALL_MAX_WORDS && (NOT_FOUND.matcher(title).find() || NOT_FOUND.matcher(heading).find())) {
            reason = "page not found";
        } else if (words < WALL_MAX_WORDS && (password || WALL.matcher(text.toLowerCase(Locale.ROOT)).find())) {
            reason = "login wall";
        } else if (located.pageProse() == 0 || words == 0) {
            reason = "no main text";
        }
        return reason == null ? new MainText(text, null, dropped) : new MainText("", reason, dropped);
    }

    /** Whether the page is small and shallow enough for Readability; read before the passes change it. */
    static boolean fitsSecondOpinion(Document doc) {
        int[] elements = {0};
        boolean[] fits = {true};
        // NodeTraversor walks the tree without recursion, so a page of any depth is measured safely
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element && (++elements[0] > MAX_SECOND_OPINION_ELEMENTS
                        || depth > MAX_SECOND_OPINION_DEPTH)) {
                    fits[0] = false;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return fits[0];
    }

    /**
     * What was dropped when Readability's text replaced the located one: what its block filter dropped,
     * then what the passes dropped that Readability did not take in after all, then the located blocks
     * that Readability left out.
     */
    static List<DroppedText> droppedBesideSecondOpinion(List<DroppedText> first, List<TextBlock> firstKept,
            String second, DroppedTextLog secondLog) {
        String kept = TextBlocks.collapse(second.replace('\n', ' '));
        DroppedTextLog log = new DroppedTextLog();
        log.addAll(secondLog.entries());
        log.addAll(first.stream().filter(d -> !kept.contains(withoutEllipsis(d.text()))).toList());
        for (TextBlock b : firstKept) {
            if (!kept.contains(TextBlocks.collapse(b.text().replace('\n', ' ')))) {
                log.add(b.text(), ContentLocator.OUTSIDE);
            }
        }
        return log.entries();
    }

    private static String withoutEllipsis(String excerpt) {
        return excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
    }

    /**
     * Readability's article, read and filtered by the same passes; {@code ""} when it finds none. What
     * the block filter drops from it goes to {@code log}.
     */
    static String readability(String html, String url, DroppedTextLog log) {
        try {
            Document fresh = Jsoup.parse(html, url == null ? "" : url);
            net.dankito.readability4j.Article article = new Readability4J(url == null ? "" : url, fresh).parse();
            Element content = article.getArticleContent();
            return content == null ? "" : join(BlockFilter.filter(TextBlocks.of(content), log));
        } catch (RuntimeException e) {
            // Readability fails on some malformed pages; the located text stands.
            return "";
        }
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
        return new TextBlock(text, "div", 0).words();
    }
}
