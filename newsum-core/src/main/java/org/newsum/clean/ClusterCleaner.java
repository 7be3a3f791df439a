package org.newsum.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Cancellation;
import org.newsum.model.CleanCluster;
import org.newsum.model.Notice;
import org.newsum.model.Reason;
import org.newsum.model.Removal;
import org.newsum.model.Source;

/**
 * The clean stage: HTML pages to main text and metadata, scraped text without its site furniture, and
 * no empty, foreign-language or duplicate articles. Everything removed is reported with a reason.
 *
 * <p>Language: the cluster's language is the one that most words of the judged articles are in
 * (see {@link LanguageIdentifier} for which are judged); an article judged to be in another language
 * is removed. A cluster whose language is not English is still summarized, with a notice: the
 * sources' own sentences are chosen whatever the language, but stop words, stemming and scoring
 * are English-only, so the choice is worse, and the user should know why.
 */
public final class ClusterCleaner {

    /** An article with fewer words of prose than this after cleaning is dropped as empty. */
    static final int MIN_ARTICLE_WORDS = 8;
    private static final int EXCERPT = 120;

    private final HtmlExtractor html = new HtmlExtractor();
    private final LineFilter filter = new LineFilter();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    /** Cleans every article of a source and drops empty and duplicate ones. */
    public CleanCluster clean(Source source) {
        List<Removal> removals = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(source.notices());
        List<Article> cleaned = new ArrayList<>();
        for (Article article : source.articles()) {
            Cancellation.check();
            CleanArticle clean = cleanOne(article);
            removals.addAll(clean.removals());
            clean.article().ifPresent(cleaned::add);
        }
        List<Article> kept = dropDuplicates(dropOtherLanguages(cleaned, removals, notices), removals);
        if (kept.isEmpty()) {
            notices.add(Notice.noArticleLeft());
        } else if (kept.size() == 1) {
            notices.add(Notice.oneArticle(source.articles().size()));
        }
        return new CleanCluster(source.id(), kept, removals, notices);
    }

    /**
     * One article cleaned on its own: its body, or empty when too little text was left, and what was
     * removed (the last removal says why a dropped article was dropped).
     */
    public record CleanArticle(Optional<Article> article, List<Removal> removals) {

        public CleanArticle {
            removals = List.copyOf(removals);
        }
    }

    /**
     * Cleans one article: HTML extraction (what it drops becomes {@link Removal.Scope#BLOCK} removals),
     * metadata, the line filter, and the check that text is left. When the line filter leaves too
     * little, a second pass keeps the long lines it removed only for a caption or a player label
     * inside them: scraped text often holds the whole article as one paragraph with its captions.
     */
    public CleanArticle cleanOne(Article article) {
        List<Removal> removals = new ArrayList<>();
        Reason[] noArticle = new Reason[1];
        Article extracted = extract(article, removals, noArticle);
        List<Removal> blocks = List.copyOf(removals);
        // An HTML page's text has one block of the page a line: its line breaks are the page's structure.
        List<HardWrapJoiner.SourceLine> lines = article.format() == Article.Format.HTML
                ? HardWrapJoiner.split(extracted.text()) : HardWrapJoiner.unwrap(extracted.text());
        boolean structured = article.format() == Article.Format.HTML;
        Article body = filterLines(extracted, lines, removals, false, structured);
        boolean tooShort = Budget.countWords(body.text()) < MIN_ARTICLE_WORDS;
        if (tooShort && noArticle[0] == null) {
            // Nothing left: a long line removed for a caption or a player label inside it may be the
            // article itself, scraped as one paragraph; keep such lines and let the sentence checks
            // judge them sentence by sentence.
            List<Removal> lenient = new ArrayList<>(blocks);
            Article kept = filterLines(extracted, lines, lenient, true, structured);
            if (Budget.countWords(kept.text()) >= MIN_ARTICLE_WORDS) {
                return new CleanArticle(Optional.of(kept), lenient);
            }
        }
        if (tooShort) {
            Reason reason = article.text().isBlank() ? Reason.EMPTY_ARTICLE
                    : noArticle[0] != null ? noArticle[0] : emptyPageReason(removals);
            removals.add(Removal.article(article.id(), excerpt(article.text()), reason));
            return new CleanArticle(Optional.empty(), removals);
        }
        return new CleanArticle(Optional.of(body), removals);
    }

    /**
     * Why an article with no text left was dropped: what its furniture says the page was (a "page not
     * found" page, an archive notice, a cookie or login wall), else that no text was left.
     */
    private Reason emptyPageReason(List<Removal> removals) {
        // Only lines: the HTML passes name a "login" button or a cookie box, which do not make a page a wall.
        Reason page = filter.pageReason(removals.stream().filter(r -> r.scope() == Removal.Scope.LINE)
                .map(Removal::reason).toList());
        return page != null ? page : Reason.NO_TEXT_LEFT;
    }

    /**
     * One article's text: extracted from HTML if needed (the page blocks dropped go to {@code removals}).
     * Metadata the article came with wins over what the page says, except the URL: a page's canonical
     * URL is its address without tracking parameters, better for a citation than the one it was
     * fetched from. When a page holds no article, {@code noArticle[0]} receives the extractor's reason.
     */
    private Article extract(Article article, List<Removal> removals, Reason[] noArticle) {
        Article text = article;
        if (article.format() == Article.Format.HTML) {
            HtmlExtractor.Page page = html.extract(article.text(), article.url());
            noArticle[0] = page.noArticleReason();
            page.dropped().forEach(d -> removals.add(Removal.block(article.id(), d.text(), d.reason())));
            text = new Article(article.id(), article.source(), page.url() != null ? page.url() : article.url(),
                    article.title() != null ? article.title() : page.title(),
                    !article.authors().isEmpty() ? article.authors() : page.authors(),
                    article.date() != null ? article.date() : page.date(), Article.Format.TEXT, page.text());
        }
        return text;
    }

    /** Removes the articles judged to be in another language than most of the cluster's words. */
    private List<Article> dropOtherLanguages(List<Article> articles, List<Removal> removals, List<Notice> notices) {
        List<Optional<LanguageIdentifier.Identified>> identified = new ArrayList<>(articles.size());
        Map<String, Integer> words = new LinkedHashMap<>();
        words.put("en", 0); // first, so English wins a tie
        for (Article article : articles) {
            int n = Budget.countWords(article.text());
            Optional<LanguageIdentifier.Identified> language = languages.identify(article.text(), n);
            identified.add(language);
            language.ifPresent(l -> words.merge(l.code(), n, Integer::sum));
        }
        String main = words.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow().getKey();
        List<Article> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String code = identified.get(i).map(LanguageIdentifier.Identified::code).orElse(main);
            if (code.equals(main)) {
                kept.add(a);
            } else {
                removals.add(Removal.otherLanguage(a.id(), excerpt(a.text()), code, main));
            }
        }
        if (!main.equals("en")) {
            notices.add(Notice.notEnglish(Locale.forLanguageTag(main).getDisplayLanguage(Locale.ENGLISH), main));
        }
        return kept;
    }

    /**
     * The body without its furniture lines, each removal added to {@code removals} with the number of its
     * (first) source line; {@code lines} are the article's lines, hard-wrapped paragraphs joined, and
     * {@code keepGlued} keeps the long lines removed only for furniture glued into them
     * ({@link LineFilter#isGlued}); {@code structured}: the lines are an HTML page's blocks, whose markup already
     * said what each is, so only the rules that name furniture by its words apply ({@link LineFilter#classify(String,
     * boolean)}).
     */
    private Article filterLines(Article article, List<HardWrapJoiner.SourceLine> lines, List<Removal> removals,
            boolean keepGlued, boolean structured) {
        StringBuilder body = new StringBuilder();
        String title = null;
        List<String> authors = null;
        boolean seenProse = false;
        boolean pendingBreak = false;
        for (HardWrapJoiner.SourceLine source : lines) {
            int number = source.number();
            String line = source.text().replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                pendingBreak = body.length() > 0;
                continue;
            }
            Reason reason = furniture(line, keepGlued, structured);
            if (reason != null) {
                if (!seenProse && title == null && article.title() == null && reason == Reason.HEADING) {
                    title = line;
                    reason = Reason.TITLE;
                } else if (!seenProse && authors == null && article.authors().isEmpty() && reason == Reason.BYLINE) {
                    authors = PageMetadata.statedAuthors(line);
                }
                removals.add(Removal.line(article.id(), number, line, reason));
                continue;
            }
            LineFilter.FoundPrefix prefix;
            boolean cut = false;
            while ((prefix = filter.prefix(line, structured)) != null) {
                removals.add(Removal.line(article.id(), number, prefix.text().strip(), prefix.reason()));
                line = line.substring(prefix.text().length());
                cut = true;
            }
            // What is left after a prefix may be furniture too (an unchanged line was classified above).
            Reason rest = cut ? furniture(line, keepGlued, structured) : null;
            if (rest != null) {
                removals.add(Removal.line(article.id(), number, line, rest));
                continue;
            }
            seenProse = true;
            if (body.length() > 0) {
                body.append(pendingBreak ? "\n\n" : "\n");
            }
            body.append(line);
            pendingBreak = false;
        }
        Article cleaned = article.withBody(body.toString()).withAuthorsIfAbsent(authors);
        return title == null ? cleaned : cleaned.withTitleIfAbsent(title);
    }

    /** Why the line is furniture, or {@code null}; {@code keepGlued} and {@code structured}: see {@link #filterLines}. */
    private Reason furniture(String line, boolean keepGlued, boolean structured) {
        Reason reason = filter.classify(line, structured);
        return reason != null && keepGlued && LineFilter.isGlued(reason, line) ? null : reason;
    }

    private static List<Article> dropDuplicates(List<Article> articles, List<Removal> removals) {
        List<DuplicateDetector.Duplicate> duplicates =
                DuplicateDetector.find(articles.stream().map(Article::text).toList());
        boolean[] dropped = new boolean[articles.size()];
        int[] keptAs = new int[articles.size()];
        for (int i = 0; i < keptAs.length; i++) {
            keptAs[i] = i;
        }
        for (DuplicateDetector.Duplicate d : duplicates) {
            dropped[d.index()] = true;
            keptAs[d.index()] = d.original();
        }
        for (DuplicateDetector.Duplicate d : duplicates) {
            int original = d.original();
            while (keptAs[original] != original) { // A inside B inside C: name C, the one kept
                original = keptAs[original];
            }
            Article a = articles.get(d.index());
            removals.add(Removal.duplicate(a.id(), excerpt(a.text()), articles.get(original).id(), d.containment()));
        }
        List<Article> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!dropped[i]) {
                kept.add(articles.get(i));
            }
        }
        return kept;
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
