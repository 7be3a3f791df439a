package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Notice;
import org.newsum.model.Reason;
import org.newsum.model.Removal;
import org.newsum.model.Source;

class ClusterCleanerTest {

    private static final String SCRAPED = String.join("\n",
            "Council Votes To Raise Parking Fees In The Old Town",                              // 1
            "By Sam Writer",                                                                    // 2
            "March 3, 2026",                                                                    // 3
            "",                                                                                 // 4
            "SPRINGFIELD — The council voted 7-2 on Monday to raise parking fees in the old town.", // 5
            "Shop owners said the increase would drive customers to the retail park.",          // 6
            "Share this article",                                                               // 7
            "",                                                                                 // 8
            "The new fees take effect in April, officials said.",                               // 9
            "Most Popular");                                                                    // 10

    private static final String STORY = "Heavy rain flooded the lower town of Riverton on Sunday night, forcing"
            + " dozens of families to leave their homes. The fire service said the water had reached the first"
            + " floor of several houses near the canal.";
    private static final String FOLLOW_UP = "The county opened two shelters on Monday morning and said it would"
            + " inspect the canal walls before anyone was allowed back.";

    private final ClusterCleaner cleaner = new ClusterCleaner();

    /** A notice the source came with, which cleaning passes on. */
    private static final Notice FROM_INGEST = Notice.controlsRemoved("ingest.txt", 1);

    private static Source source(Article... articles) {
        return new Source("c1", List.of(articles), List.of(), List.of(FROM_INGEST));
    }

    private static List<Removal> removalsOf(CleanCluster cluster, String articleId) {
        return cluster.removals().stream().filter(r -> r.articleId().equals(articleId)).toList();
    }

    @Test
    void removesFurnitureAndKeepsProseParagraphs() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "council.txt", SCRAPED)));

        assertThat(cluster.id()).isEqualTo("c1");
        assertThat(cluster.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("The council voted 7-2 on Monday to raise parking fees in the old town.\n"
                    + "Shop owners said the increase would drive customers to the retail park.\n\n"
                    + "The new fees take effect in April, officials said.");
            assertThat(a.format()).isEqualTo(Article.Format.TEXT);
            assertThat(a.source()).isEqualTo("council.txt");
        });
        // ingest's notices pass through; one article gets the one notice that says so
        assertThat(cluster.notices()).containsExactly(FROM_INGEST, Notice.oneArticle(1));
        assertThat(cluster.notices().get(1).message()).isEqualTo("one article only: this is a single-document summary");
    }

    @Test
    void firstHeadlineBecomesTheTitle() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "council.txt", SCRAPED)));

        assertThat(cluster.articles().get(0).title()).isEqualTo("Council Votes To Raise Parking Fees In The Old Town");
        assertThat(cluster.removals().get(0)).isEqualTo(Removal.line("1", 1,
                "Council Votes To Raise Parking Fees In The Old Town", Reason.TITLE));
    }

    @Test
    void removalsCarryOneBasedLineNumbersAndReasons() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "council.txt", SCRAPED)));

        assertThat(cluster.removals()).extracting(Removal::line, Removal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Reason.TITLE),
                org.assertj.core.groups.Tuple.tuple(2, Reason.BYLINE),
                org.assertj.core.groups.Tuple.tuple(3, Reason.DATELINE),
                org.assertj.core.groups.Tuple.tuple(5, Reason.DATELINE),
                org.assertj.core.groups.Tuple.tuple(7, Reason.SHARE_PROMPT),
                org.assertj.core.groups.Tuple.tuple(10, Reason.NAVIGATION));
        assertThat(cluster.removals()).allSatisfy(r -> {
            assertThat(r.scope()).isEqualTo(Removal.Scope.LINE);
            assertThat(r.articleId()).isEqualTo("1");
        });
    }

    @Test
    void datelinePrefixIsStrippedAndReported() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "council.txt", SCRAPED)));

        assertThat(cluster.removals()).contains(Removal.line("1", 5, "SPRINGFIELD —", Reason.DATELINE));
        assertThat(cluster.articles().get(0).text()).startsWith("The council voted").doesNotContain("SPRINGFIELD");
    }

    @Test
    void datelinePrefixWithAgencyAndHyphen() {
        String text = "NEW YORK (Example Wire) - The city's subway added late-night service on three lines this week.";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "s.txt", text)));

        assertThat(cluster.articles().get(0).text())
                .isEqualTo("The city's subway added late-night service on three lines this week.");
        assertThat(cluster.removals()).containsExactly(Removal.line("1", 1, "NEW YORK (Example Wire) -", Reason.DATELINE));
    }

    @Test
    void sentencesStartingWithAnAcronymAreNotDatelines() {
        String text = "NASA said on Tuesday that the launch had been moved to Friday because of high winds.";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "s.txt", text)));

        assertThat(cluster.articles().get(0).text()).isEqualTo(text);
        assertThat(cluster.removals()).isEmpty();
    }

    @Test
    void lineNumbersCountWindowsLineEndings() {
        String text = "Skip to main content\r\n\r\nThe harbour master said the new pier would open in May next year.\r\n"
                + "Advertisement\r\n";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "h.txt", text)));

        assertThat(cluster.removals()).extracting(Removal::line, Removal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Reason.NAVIGATION),
                org.assertj.core.groups.Tuple.tuple(4, Reason.NAVIGATION));
        assertThat(cluster.articles().get(0).text())
                .isEqualTo("The harbour master said the new pier would open in May next year.");
    }

    @Test
    void timestampBeforeTheHeadlineIsADatelineNotTheTitle() {
        String text = "Updated 4:30 p.m. ET\nFerry Service Suspended After Storm Damages Pier\n\n"
                + "By Friday, the ferry company said, repairs to the damaged pier should be finished.\n" + STORY;

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "ferry.txt", text)));

        assertThat(cluster.articles().get(0).title()).isEqualTo("Ferry Service Suspended After Storm Damages Pier");
        assertThat(cluster.articles().get(0).text()).startsWith("By Friday, the ferry company said");
        assertThat(cluster.removals()).extracting(Removal::line, Removal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Reason.DATELINE),
                org.assertj.core.groups.Tuple.tuple(2, Reason.TITLE));
    }

    @Test
    void existingTitleIsKeptAndTheHeadingIsReportedAsAHeading() {
        Article titled = new Article("1", "council.txt", null, "Parking fees rise", null, null, Article.Format.TEXT, SCRAPED);

        CleanCluster cluster = cleaner.clean(source(titled));

        assertThat(cluster.articles().get(0).title()).isEqualTo("Parking fees rise");
        assertThat(cluster.removals().get(0).reason()).isEqualTo(Reason.HEADING);
    }

    @Test
    void aHeadingAfterProseIsNotTheTitle() {
        String text = STORY + "\n\nWhat Happens Next For The Families\n\n" + FOLLOW_UP;

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "f.txt", text)));

        assertThat(cluster.articles().get(0).title()).isNull();
        assertThat(cluster.removals()).containsExactly(
                Removal.line("1", 3, "What Happens Next For The Families", Reason.HEADING));
    }

    @Test
    void repeatedArticleIsDroppedAsADuplicate() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", STORY),
                Article.ofText("2", "b.txt", STORY)));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1");
        assertThat(cluster.removals()).singleElement().satisfies(r -> {
            assertThat(r.articleId()).isEqualTo("2");
            assertThat(r.scope()).isEqualTo(Removal.Scope.ARTICLE);
            assertThat(r.line()).isZero();
            assertThat(r.reason()).isEqualTo(Reason.DUPLICATE);
            assertThat(r.message()).isEqualTo("duplicate of article 1 (100% the same)");
        });
        // the reader is told the "multi-source" summary now rests on one article
        assertThat(cluster.notices()).containsExactly(FROM_INGEST, Notice.oneArticle(2));
        assertThat(cluster.notices().get(1).message()).isEqualTo("one article left of 2 after cleaning (see what was removed):"
                + " this is a single-document summary");
    }

    @Test
    void articleContainedInALongerOneIsDropped() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "short.txt", STORY),
                Article.ofText("2", "long.txt", STORY + "\n\n" + FOLLOW_UP)));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("2");
        assertThat(removalsOf(cluster, "1")).singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("duplicate of article 2 ("));
    }

    @Test
    void syndicatedCopyWithDifferentFurnitureIsStillADuplicate() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", "Skip to main content\n" + STORY + "\nMost Popular"),
                Article.ofText("2", "b.txt", "By Sam Writer\n" + STORY + "\nSubscribe to our newsletter")));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1");
        assertThat(removalsOf(cluster, "2")).anySatisfy(r -> {
            assertThat(r.scope()).isEqualTo(Removal.Scope.ARTICLE);
            assertThat(r.message()).startsWith("duplicate of article 1 (");
        });
    }

    @Test
    void emptyArticleIsDropped() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", STORY),
                Article.ofText("2", "b.txt", "  \n\n ")));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1");
        assertThat(cluster.removals()).singleElement().satisfies(r -> {
            assertThat(r.articleId()).isEqualTo("2");
            assertThat(r.scope()).isEqualTo(Removal.Scope.ARTICLE);
            assertThat(r.reason()).isEqualTo(Reason.EMPTY_ARTICLE);
        });
    }

    @Test
    void articleOfOnlyFurnitureIsDropped() {
        String furniture = "Skip to main content\nPage not found\nMost Popular\nSubscribe to our newsletter\nLoad more";

        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", STORY),
                Article.ofText("2", "404.txt", furniture)));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1");
        assertThat(removalsOf(cluster, "2")).filteredOn(r -> r.scope() == Removal.Scope.ARTICLE).singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(Reason.PAGE_NOT_FOUND);
                    assertThat(r.text()).startsWith("Skip to main content Page not found");
                });
        assertThat(removalsOf(cluster, "2")).filteredOn(r -> r.scope() == Removal.Scope.LINE).hasSize(5);
    }

    @Test
    void furnitureWithoutAPageKindKeepsTheGenericReason() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "menu.txt", "Skip to main content\nMost Popular\nLoad more")));

        assertThat(cluster.removals()).last().extracting(Removal::reason).isEqualTo(Reason.NO_TEXT_LEFT);
    }

    @Test
    void aWebArchiveNoticeIsNamed() {
        String notice = String.join("\n",
                "This snapshot was saved by the Wayback Machine of a harbour website.",
                "These crawls are part of an effort to keep copies of local news sites.",
                "Crawl start date: 2026-01-12");

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", STORY), Article.ofText("2", "b.txt", notice)));

        assertThat(removalsOf(cluster, "2")).last().extracting(Removal::reason).isEqualTo(Reason.ARCHIVE_NOTICE);
    }

    @Test
    void aCookieWallIsNamed() {
        String html = """
                <html><body><div class="consent"><h2>Your privacy</h2>
                <p>We use cookies to personalise content and ads and to analyse our traffic. Accept all cookies to continue.</p>
                <button>Accept</button><button>Settings</button></div></body></html>""";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", STORY),
                new Article("2", "wall.html", null, null, null, null, Article.Format.HTML, html)));

        assertThat(removalsOf(cluster, "2")).last().extracting(Removal::reason).isEqualTo(Reason.COOKIE_WALL);
    }

    @Test
    void aLoginWallIsNamed() {
        String wall = "Harbour Ferry To Stop For Three Weeks\nSubscribe to continue reading\n"
                + "You have reached your limit of free articles this month.\nAlready a subscriber? Log in";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", STORY), Article.ofText("2", "b.txt", wall)));

        assertThat(removalsOf(cluster, "2")).last().extracting(Removal::reason).isEqualTo(Reason.LOGIN_WALL);
    }

    @Test
    void aMissingPageBehindACookieBannerIsAMissingPage() {
        String text = "We use cookies on this site. Accept cookies?\n404\nSorry, the page you requested could not be found.";

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", text)));

        assertThat(cluster.removals()).last().extracting(Removal::reason).isEqualTo(Reason.PAGE_NOT_FOUND);
    }

    @Test
    void aScrapedBylineBecomesTheArticlesByline() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "council.txt", SCRAPED)));

        assertThat(cluster.articles().get(0).byline()).isEqualTo("Sam Writer");
    }

    @Test
    void aBylineAfterTheProseIsNotTheArticlesByline() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "s.txt", STORY + "\nBy Sam Writer")));

        assertThat(cluster.articles().get(0).byline()).isNull();
    }

    @Test
    void anArticleInAnotherLanguageIsRemoved() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", STORY + "\n\n" + FOLLOW_UP),
                Article.ofText("2", "de.txt", LanguageIdentifierTest.GERMAN),
                Article.ofText("3", "b.txt", LanguageIdentifierTest.ENGLISH)));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1", "3");
        assertThat(removalsOf(cluster, "2")).singleElement().satisfies(r -> {
            assertThat(r.scope()).isEqualTo(Removal.Scope.ARTICLE);
            assertThat(r.reason()).isEqualTo(Reason.OTHER_LANGUAGE);
            assertThat(r.message()).isEqualTo("language: de (cluster is en)");
        });
        assertThat(cluster.notices()).containsExactly(FROM_INGEST);
    }

    @Test
    void theLanguageOfMostWordsIsTheClustersAndANonEnglishClusterGetsANotice() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "fr1.txt", LanguageIdentifierTest.FRENCH),
                Article.ofText("2", "en.txt", LanguageIdentifierTest.ENGLISH),
                Article.ofText("3", "fr2.txt", "Les passagers devront prendre le bateau du matin, plus lent, et la"
                        + " compagnie promet de rembourser les billets déjà achetés pour les traversées de nuit.")));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1", "3");
        assertThat(removalsOf(cluster, "2")).singleElement().extracting(Removal::message)
                .isEqualTo("language: en (cluster is fr)");
        assertThat(cluster.notices()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.NOT_ENGLISH);
            assertThat(n.message()).startsWith("the articles are in French (fr)");
        });
    }

    @Test
    void shortArticlesAreNotJudgedByLanguage() {
        CleanCluster cluster = cleaner.clean(source(
                Article.ofText("1", "a.txt", STORY),
                Article.ofText("2", "es.txt", "El ferry nocturno no funcionará durante tres semanas.")));

        assertThat(cluster.articles()).extracting(Article::id).containsExactly("1", "2");
    }

    @Test
    void whenNothingIsLeftANoticeSaysSo() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", "")));

        assertThat(cluster.articles()).isEmpty();
        assertThat(cluster.notices()).containsExactly(FROM_INGEST, Notice.noArticleLeft());
        assertThat(Notice.noArticleLeft().message()).isEqualTo("no article had text left to summarize");
    }

    @Test
    void longArticleRemovalTextIsShortened() {
        String furniture = "Most Popular\n".repeat(30);

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", furniture)));

        Removal article = cluster.removals().get(cluster.removals().size() - 1);
        assertThat(article.scope()).isEqualTo(Removal.Scope.ARTICLE);
        assertThat(article.text()).hasSizeLessThanOrEqualTo(121).endsWith("…");
    }

    @Test
    void htmlArticlesAreExtracted() {
        String html = """
                <html><head><title>Riverton floods | Valley Herald</title>
                <meta property="article:published_time" content="2026-02-01">
                <meta name="author" content="Mara Quill">
                <link rel="canonical" href="https://herald.example/floods"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><p>%s</p><p>%s</p></article>
                <footer><p>Copyright 2026 Valley Herald. All rights reserved.</p></footer></body></html>
                """.formatted(STORY, FOLLOW_UP);
        Article page = new Article("1", "floods.html", null, null, null, null, Article.Format.HTML, html);

        CleanCluster cluster = cleaner.clean(source(page));

        assertThat(cluster.articles()).singleElement().satisfies(a -> {
            assertThat(a.format()).isEqualTo(Article.Format.TEXT);
            assertThat(a.text()).isEqualTo(STORY + "\n\n" + FOLLOW_UP);
            assertThat(a.title()).isEqualTo("Riverton floods"); // without the site's name
            assertThat(a.date()).isEqualTo("2026-02-01");
            assertThat(a.url()).isEqualTo("https://herald.example/floods");
            assertThat(a.byline()).isEqualTo("Mara Quill");
        });
    }

    @Test
    void whatTheHtmlPassesDropIsReportedAsPageBlocksBeforeTheLines() {
        String html = """
                <html><body><nav><a href="/">Front page</a> <a href="/towns">Towns</a></nav>
                <article><p>Share this story</p><p>%s</p><p>%s</p><p>Most Popular</p></article>
                <footer><p>Copyright 2026 Valley Herald. All rights reserved.</p></footer></body></html>
                """.formatted(STORY, FOLLOW_UP);
        Article page = new Article("1", "floods.html", null, null, null, null, Article.Format.HTML, html);

        CleanCluster cluster = cleaner.clean(source(page));

        assertThat(cluster.articles()).singleElement().extracting(Article::text).isEqualTo(STORY + "\n\n" + FOLLOW_UP);
        assertThat(cluster.removals()).containsExactly(
                Removal.block("1", "Front page Towns", Reason.NAVIGATION),
                Removal.block("1", "Copyright 2026 Valley Herald. All rights reserved.", Reason.PAGE_HEADER_OR_FOOTER),
                Removal.block("1", "Share this story", Reason.SHARE_PROMPT),
                Removal.block("1", "Most Popular", Reason.RELATED_LINKS));
        assertThat(cluster.removals()).allSatisfy(r -> assertThat(r.line()).isZero());
    }

    @Test
    void metadataGivenWithAnHtmlArticleWins() {
        String html = "<html><head><title>Page title</title></head><body><p>" + STORY + "</p></body></html>";
        Article page = new Article("1", "feed", "https://feed.example/1", "Feed title", List.of("Feed Writer"), "2026-01-09",
                Article.Format.HTML, html);

        Article cleaned = cleaner.clean(source(page)).articles().get(0);

        assertThat(cleaned.title()).isEqualTo("Feed title");
        assertThat(cleaned.byline()).isEqualTo("Feed Writer");
        assertThat(cleaned.date()).isEqualTo("2026-01-09");
        assertThat(cleaned.url()).isEqualTo("https://feed.example/1");
    }

    /** A whole article scraped as one paragraph, a wire-photo caption glued in after its first sentence. */
    private static final String ONE_PARAGRAPH = "Crews are pumping water out of the flooded Riverton canal district after"
            + " the river broke through an old wall on Sunday. Photo courtesy of the Riverton fire service."
            + " The fire service said dozens of families had left their homes and that the water had reached"
            + " the first floor of several houses near the canal. The county opened two shelters on Monday"
            + " morning and said engineers would inspect the remaining canal walls before anyone was allowed"
            + " back. Residents said the wall had been leaking for months and that they had warned the council"
            + " twice last year.";

    @Test
    void aOneParagraphArticleWithACaptionInsideIsKept() {
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(Article.ofText("a", "a.txt", ONE_PARAGRAPH));
        assertThat(clean.article()).isPresent();
        assertThat(clean.article().get().text()).isEqualTo(ONE_PARAGRAPH);
        assertThat(clean.removals()).isEmpty();
    }

    @Test
    void aLongCaptionLineBesideOtherProseIsStillRemoved() {
        // the strict pass leaves text, so the line with a caption cue goes as before
        String text = ONE_PARAGRAPH + "\n" + STORY;
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(Article.ofText("a", "a.txt", text));
        assertThat(clean.article().orElseThrow().text()).isEqualTo(STORY);
        assertThat(clean.removals()).extracting(Removal::reason).containsExactly(Reason.PHOTO_CAPTION);
    }

    @Test
    void aShortCaptionAloneStillEmptiesTheArticle() {
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(Article.ofText("a", "a.txt",
                "In this photo provided by the Riverton fire service, crews pump water from the canal district."));
        assertThat(clean.article()).isEmpty();
    }

    /** A plain-text page wrapped at 60 columns, its furniture on lines of their own. */
    private static final String WRAPPED = String.join("\r\n",
            "Ferry To The Islands Stops For Three Weeks",                      // 1
            "By Tova Lind",                                                    // 2
            "We use cookies to give you the best experience on this site.",    // 3
            "By continuing to browse you accept our use of cookies and",       // 4
            "our privacy policy.",                                             // 5
            "",                                                                // 6
            "KESSHOLM — The harbour office said on Friday that the ferry",     // 7
            "to the islands will stop for three weeks from Monday while",      // 8
            "the landing stage is rebuilt, the second closure this year.",     // 9
            "",                                                                // 10
            "A bus will carry foot passengers round the bay in the",           // 11
            "meantime, and cars will be sent on the long road through",        // 12
            "Holtby, which adds about an hour to the trip.",                   // 13
            "Share this article");                                             // 14

    @Test
    void aHardWrappedArticleIsJudgedByParagraphsNotByItsLines() {
        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "ferry.txt", WRAPPED)));

        assertThat(cluster.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("The harbour office said on Friday that the ferry to the islands will stop"
                    + " for three weeks from Monday while the landing stage is rebuilt, the second closure this year."
                    + "\n\nA bus will carry foot passengers round the bay in the meantime, and cars will be sent on"
                    + " the long road through Holtby, which adds about an hour to the trip.");
            assertThat(a.title()).isEqualTo("Ferry To The Islands Stops For Three Weeks");
            assertThat(a.byline()).isEqualTo("Tova Lind");
        });
        // A joined paragraph is reported at its first line.
        assertThat(cluster.removals()).extracting(Removal::line, Removal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Reason.TITLE),
                org.assertj.core.groups.Tuple.tuple(2, Reason.BYLINE),
                org.assertj.core.groups.Tuple.tuple(3, Reason.COOKIE_NOTICE),
                org.assertj.core.groups.Tuple.tuple(7, Reason.DATELINE),
                org.assertj.core.groups.Tuple.tuple(14, Reason.SHARE_PROMPT));
        assertThat(cluster.removals().get(2).text()).isEqualTo("We use cookies to give you the best experience on"
                + " this site. By continuing to browse you accept our use of cookies and our privacy policy.");
    }

    @Test
    void twoHardWrappedArticlesAreBothKept() {
        String first = GreedyWrapper.fill(STORY, 72) + "\n\n" + GreedyWrapper.fill(FOLLOW_UP, 72);
        String second = GreedyWrapper.fill("Families in the lower town of Riverton spent Sunday night in two"
                + " shelters after the canal burst its banks. Firefighters said the water rose to the first floor of"
                + " houses near the lock, and the county will inspect the canal walls this week.", 72);

        CleanCluster cluster = cleaner.clean(source(Article.ofText("1", "a.txt", first),
                Article.ofText("2", "b.txt", second)));

        assertThat(cluster.articles()).extracting(Article::text).containsExactly(STORY + "\n\n" + FOLLOW_UP,
                second.replace('\n', ' '));
        assertThat(cluster.removals()).isEmpty();
    }

    @Test
    void theLinesOfAnHtmlPageAreItsBlocksAndAreNotJoined() {
        String html = "<html><body><article><p>The county opened two shelters on Monday morning and said it would</p>"
                + "<p>inspect the canal walls before anyone was allowed back into the houses by the lock.</p>"
                + "<p>" + STORY + "</p></article></body></html>";

        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(new Article("1", "page.html", null, null, null, null,
                Article.Format.HTML, html));

        assertThat(clean.article()).hasValueSatisfying(a -> assertThat(a.text()).doesNotContain("it would inspect"));
    }

    /** A choir's season: a heading, a list of concert dates and venues, a name alone, a line without a stop. */
    private static final String SEASON_HTML = """
            <html><body><article>
            <p>The Harbour Choir announced its spring season on Friday, with six concerts in four towns.</p>
            <h2>Spring dates</h2>
            <ul><li>March 14, 2026</li><li>Saltmarsh Chapel, Lower Quay</li><li>April 2 – Tidewell Hall</li></ul>
            <p>Conductor</p><p>Imogen Farrow</p>
            <p>Tickets go on sale at the chapel door and at the town library from next Monday morning.</p>
            <p>This website uses cookies to improve your experience; you may opt out in the settings.</p>
            </article></body></html>
            """;

    @Test
    void anHtmlPagesListsHeadingsAndNamesAreKeptAsItsMarkupSaysWhileFurniturePhrasesGo() {
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(new Article("1", "season.html", null, null, null, null,
                Article.Format.HTML, SEASON_HTML));

        assertThat(clean.article()).hasValueSatisfying(a -> assertThat(a.text()).contains("Spring dates",
                "March 14, 2026", "Saltmarsh Chapel, Lower Quay", "April 2 – Tidewell Hall", "Conductor",
                "Imogen Farrow", "Tickets go on sale").doesNotContain("cookies"));
        assertThat(clean.removals()).contains(Removal.line("1", 17,
                "This website uses cookies to improve your experience; you may opt out in the settings.",
                Reason.COOKIE_NOTICE));
    }

    @Test
    void theSameLinesAsScrapedTextAreJudgedByTheirShape() {
        String scraped = String.join("\n", "The Harbour Choir announced its spring season on Friday, with six concerts.",
                "", "Spring dates", "March 14, 2026", "Imogen Farrow", "",
                "Tickets go on sale at the chapel door and at the town library from next Monday morning.");

        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(Article.ofText("1", "season.txt", scraped));

        assertThat(clean.article()).hasValueSatisfying(a -> assertThat(a.text())
                .doesNotContain("Spring dates", "March 14, 2026", "Imogen Farrow"));
    }

    @Test
    void aWireDatelineOpeningAPagesFirstParagraphIsTheArticles() {
        String html = "<html><body><article><p>KESSHOLM — " + STORY + "</p></article></body></html>";

        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(new Article("1", "page.html", null, null, null, null,
                Article.Format.HTML, html));

        assertThat(clean.article()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("KESSHOLM — " + STORY));
    }
}
