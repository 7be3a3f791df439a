package org.newsum.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Reason;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryState;
import org.newsum.model.StoryVerdict;

class StoryClustererTest {

    private static final Newsum NEWSUM = new Newsum();

    private static final String VOLCANO = "The Mount Teller volcano erupted before dawn on Sunday, sending ash eight "
            + "kilometres into the sky above the town of Brisk. Civil defence chief Odile Marchetti ordered villages on "
            + "the western slope evacuated and closed the airport at Brisk until the ash cloud clears.";
    private static final String VOLCANO2 = "Ash from Mount Teller fell on Brisk for a second day as the eruption went on, "
            + "and Odile Marchetti, head of civil defence, said the western slope villages would stay evacuated. The "
            + "airport at Brisk remained closed while the ash cloud drifted east.";
    private static final String CHESS = "Grandmaster Ilse Havard won the Corvin chess open on Sunday after a final round "
            + "draw, finishing half a point ahead of the defending champion. Havard, nineteen, took the title with seven "
            + "wins and two draws and qualified for the candidates tournament in the autumn.";
    private static final String CHESS2 = "Nineteen year old Ilse Havard is the new champion of the Corvin chess open. A "
            + "draw in the final round kept her half a point clear of the defending champion and earned her a place in "
            + "the candidates tournament this autumn.";
    private static final String BRIDGE = "Engineers closed the Sallow river bridge on Monday after divers found cracks in "
            + "two of its piers. The city transport office said buses would detour through the north crossing, adding "
            + "twenty minutes to journeys, while inspectors decide whether the bridge can be repaired.";
    private static final String NOT_FOUND = "Error 404\n\nPage not found\n\nThe page you are looking for has moved.";

    private static Article article(String id, String source, String date, String text) {
        return new Article(id, source, null, null, null, date, Article.Format.TEXT, text);
    }

    private static List<StoryVerdict> run(StoryClusterer clusterer, List<Article> articles) {
        List<StoryVerdict> verdicts = new ArrayList<>();
        for (Article a : articles) {
            verdicts.add(clusterer.add(NEWSUM.storyArticle(a, 0)));
        }
        return verdicts;
    }

    private static List<Article> stream() {
        return List.of(article("v1", "Courier", "2030-05-01", VOLCANO), article("c1", "Board", "2030-05-01", CHESS),
                article("v2", "Gazette", "2030-05-02", VOLCANO2), article("b1", "Courier", "2030-05-02", BRIDGE),
                article("x1", "Gazette", "2030-05-02", NOT_FOUND), article("c2", "Wire", "2030-05-03", CHESS2),
                article("v3", "Post", "2030-05-03", VOLCANO));
    }

    @Test
    void groupsArticlesOfOneEventAndReportsDuplicatesAndPagesThatAreNotNews() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT);
        List<StoryVerdict> verdicts = run(clusterer, stream());
        List<Story> stories = clusterer.finish();

        assertThat(stories).extracting(Story::articles).containsExactlyInAnyOrder(
                List.of("v1", "v2", "v3"), List.of("c1", "c2"), List.of("b1"));
        Story volcano = stories.stream().filter(s -> s.articles().contains("v1")).findFirst().orElseThrow();
        assertThat(volcano.duplicates()).containsExactly("v3");
        assertThat(volcano.sources()).containsExactly("Courier", "Gazette", "Post");
        assertThat(volcano.first()).isEqualTo("2030-05-01");
        assertThat(volcano.last()).isEqualTo("2030-05-03");
        assertThat(verdicts.get(6).kind()).isEqualTo(StoryVerdict.Kind.DUPLICATE);
        assertThat(verdicts.get(6).detail()).isEqualTo("v1");
        assertThat(verdicts.get(4).kind()).isEqualTo(StoryVerdict.Kind.NOT_NEWS);
        assertThat(verdicts.get(4).reason()).isEqualTo(Reason.PAGE_NOT_FOUND);
        assertThat(verdicts.get(4).story()).isNull();
    }

    @Test
    void aStoryClosesWhenTheClockPassesItsWindow() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT.withWindowDays(3));
        run(clusterer, List.of(article("v1", "Courier", "2030-05-01", VOLCANO),
                article("c1", "Board", "2030-05-06", CHESS),
                article("v2", "Gazette", "2030-05-06", VOLCANO2)));
        List<Story> stories = clusterer.finish();
        // The volcano story closed when the chess article moved the clock five days on: v2 starts a new one.
        assertThat(stories).extracting(Story::articles)
                .containsExactly(List.of("v1"), List.of("c1"), List.of("v2"));
    }

    @Test
    void articlesWithoutDatesTakeTheClockAndTheArticleWindowBoundsMemory() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT.withWindowArticles(2));
        run(clusterer, List.of(article("v1", "Courier", null, VOLCANO), article("c1", "Board", null, CHESS),
                article("b1", "Wire", null, BRIDGE), article("v2", "Gazette", null, VOLCANO2)));
        assertThat(clusterer.open()).extracting(Story::articles)
                .containsExactly(List.of("c1"), List.of("b1"), List.of("v2"));
        assertThat(clusterer.takeClosed()).extracting(Story::articles).containsExactly(List.of("v1"));
    }

    @Test
    void aSavedStateContinuesAsIfTheStreamHadNotStopped() {
        List<Article> all = stream();
        StoryClusterer whole = new StoryClusterer(StoryOptions.DEFAULT);
        List<StoryVerdict> straight = run(whole, all);

        StoryClusterer first = new StoryClusterer(StoryOptions.DEFAULT);
        List<StoryVerdict> resumed = new ArrayList<>(run(first, all.subList(0, 3)));
        StoryState saved = first.state();
        StoryClusterer second = new StoryClusterer(StoryOptions.DEFAULT, saved);
        resumed.addAll(run(second, all.subList(3, all.size())));

        assertThat(resumed).isEqualTo(straight);
        assertThat(second.finish()).isEqualTo(whole.finish());
    }

    @Test
    void theSameStreamGivesTheSameStoriesTwice() {
        StoryClusterer a = new StoryClusterer(StoryOptions.DEFAULT);
        StoryClusterer b = new StoryClusterer(StoryOptions.DEFAULT);
        assertThat(run(a, stream())).isEqualTo(run(b, stream()));
        assertThat(a.finish()).isEqualTo(b.finish());
    }

    @Test
    void oneArticleAndAStreamOfDuplicatesMakeOneStory() {
        StoryClusterer one = new StoryClusterer(StoryOptions.DEFAULT);
        run(one, List.of(article("v1", "Courier", null, VOLCANO)));
        assertThat(one.finish()).extracting(Story::articles).containsExactly(List.of("v1"));

        StoryClusterer copies = new StoryClusterer(StoryOptions.DEFAULT);
        List<StoryVerdict> verdicts = run(copies, List.of(article("v1", "Courier", null, VOLCANO),
                article("v2", "Gazette", null, VOLCANO), article("v3", "Post", null, VOLCANO)));
        assertThat(verdicts).extracting(StoryVerdict::kind).containsExactly(StoryVerdict.Kind.STARTED,
                StoryVerdict.Kind.DUPLICATE, StoryVerdict.Kind.DUPLICATE);
        assertThat(copies.finish()).singleElement().satisfies(s -> {
            assertThat(s.articles()).containsExactly("v1", "v2", "v3");
            assertThat(s.duplicates()).containsExactly("v2", "v3");
        });
    }

    @Test
    void anArticleThatFailedIsReportedAndTheStreamGoesOn() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT);
        StoryVerdict failed = clusterer.add(new StoryArticle(0, article("z", "Post", null, "x"), null, null, "boom"));
        assertThat(failed.kind()).isEqualTo(StoryVerdict.Kind.FAILED);
        run(clusterer, List.of(article("v1", "Courier", null, VOLCANO)));
        assertThat(clusterer.finish()).extracting(Story::articles).containsExactly(List.of("v1"));
    }

    @Test
    void anArticleWithoutASourceCountsAsASourceOfItsOwn() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT);
        Story story;
        run(clusterer, List.of(article("v1", "v1", null, VOLCANO), article("v2", "v2", null, VOLCANO2)));
        story = clusterer.finish().get(0);
        assertThat(story.qualifies(2, 2)).isTrue();
        assertThat(story.qualifies(3, 2)).isFalse();
    }

    /** An invented article whose terms are given: {@code unique} terms of its own, plus the shared ones. */
    private static StoryArticle terms(int n, int unique, String... shared) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String t : shared) {
            counts.merge(t, 1, Integer::sum);
        }
        for (int k = 0; k < unique; k++) {
            counts.put("own" + n + "x" + k, 1);
        }
        Article a = article("a" + n, "Src" + (n % 7), null, "text " + n);
        return new StoryArticle(n, a, new org.newsum.model.ArticleTerms(counts, List.of(), new long[0], 30), null, null);
    }

    @Test
    void aTermCommonInTheBackgroundIsNotLookedUpFromTheStreamsFirstArticle() {
        BackgroundFrequencies background = new BackgroundFrequencies(10_000, java.util.Map.of("weather", 5_000));
        StoryClusterer with = new StoryClusterer(StoryOptions.DEFAULT, StoryState.EMPTY, background);
        StoryClusterer without = new StoryClusterer(StoryOptions.DEFAULT, StoryState.EMPTY, BackgroundFrequencies.NONE);
        for (StoryClusterer c : List.of(with, without)) {
            c.add(terms(0, 2, "weather", "weather", "weather"));
            c.add(terms(1, 2, "weather", "weather", "weather"));
        }
        assertThat(without.lastFound).isEqualTo(1);
        assertThat(with.lastFound).isZero();
    }

    @Test
    void aTermRareInTheBackgroundWeighsMoreThanACommonOne() {
        // Two stories share one term each with the third article, in the same counts: the background makes the
        // article join the story of the rare term; the stream alone cannot tell them apart (the tie goes to the
        // older story).
        BackgroundFrequencies background = new BackgroundFrequencies(10_000,
                java.util.Map.of("weather", 400, "sinkhole", 2));
        StoryClusterer c = new StoryClusterer(StoryOptions.DEFAULT.withThreshold(0.01), StoryState.EMPTY, background);
        StoryVerdict common = c.add(terms(0, 1, "weather", "weather"));
        StoryVerdict rare = c.add(terms(1, 1, "sinkhole", "sinkhole"));
        StoryVerdict v = c.add(terms(2, 1, "weather", "weather", "sinkhole", "sinkhole"));
        assertThat(c.lastFound).isEqualTo(2);
        assertThat(v.story()).isEqualTo(rare.story()).isNotEqualTo(common.story());
        StoryClusterer alone = new StoryClusterer(StoryOptions.DEFAULT.withThreshold(0.01), StoryState.EMPTY,
                BackgroundFrequencies.NONE);
        StoryVerdict first = alone.add(terms(0, 1, "weather", "weather"));
        alone.add(terms(1, 1, "sinkhole", "sinkhole"));
        assertThat(alone.add(terms(2, 1, "weather", "weather", "sinkhole", "sinkhole")).story()).isEqualTo(first.story());
    }

    @Test
    void theShippedBackgroundCountsTheTrainingArticles() {
        BackgroundFrequencies shipped = BackgroundFrequencies.shipped();
        assertThat(shipped.articles()).isGreaterThan(100_000);
        assertThat(shipped.df("year")).isGreaterThan(shipped.df("volcano")).isLessThan((int) shipped.articles());
        assertThat(shipped.df("zzqx")).isZero();
        assertThat(shipped.df().values()).allMatch(n -> n >= BackgroundFrequencies.MIN_DF);
    }

    @Test
    void aBackgroundTableReadsBackAsWritten() throws java.io.IOException {
        List<org.newsum.model.ArticleTerms> articles = List.of(terms(0, 0, "lake", "ferry").terms(),
                terms(1, 0, "lake", "lake").terms(), terms(2, 0, "ferry", "lake").terms());
        BackgroundFrequencies table = BackgroundFrequencies.count(articles.iterator(), 2);
        assertThat(table.articles()).isEqualTo(3);
        assertThat(table.df()).isEqualTo(java.util.Map.of("lake", 3, "ferry", 2));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        table.write(out);
        assertThat(BackgroundFrequencies.read(new java.io.ByteArrayInputStream(out.toByteArray()))).isEqualTo(table);
    }

    @Test
    void aTermInMostArticlesDoesNotMakeEveryStoryACandidate() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT);
        int n = StoryClusterer.DF_MIN_NEWS + 100;
        for (int i = 0; i < n; i++) {
            StoryVerdict v = clusterer.add(terms(i, 2, "weather", "weather", "weather"));
            if (i >= StoryClusterer.DF_MIN_NEWS) {
                assertThat(clusterer.lastFound).as("article %d", i).isZero();
                assertThat(v.kind()).isEqualTo(StoryVerdict.Kind.STARTED);
            }
        }
    }

    @Test
    void aTermsPostingListKeepsOnlyItsMostRecentStories() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.DEFAULT);
        int topics = 40;
        int n = topics * (StoryClusterer.MAX_POSTINGS + 20);
        for (int i = 0; i < n; i++) {
            clusterer.add(terms(i, 12, "topic" + (i % topics)));
        }
        assertThat(clusterer.open()).hasSizeGreaterThan(topics * StoryClusterer.MAX_POSTINGS);
        for (int k = 0; k < topics; k++) {
            assertThat(clusterer.postings("topic" + k)).isEqualTo(StoryClusterer.MAX_POSTINGS);
        }
        assertThat(clusterer.lastFound).isLessThanOrEqualTo(StoryClusterer.QUERY_TERMS * StoryClusterer.MAX_POSTINGS);
    }
}
