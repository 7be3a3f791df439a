package org.newsum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Citation;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Mention;
import org.newsum.model.Quote;
import org.newsum.model.Source;
import org.newsum.model.SummarySentence;
import org.newsum.render.Format;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;

/**
 * Seeded random clusters through the whole façade, every method and every budget unit, with all
 * insights and every format: nothing throws, the budget is never exceeded, and every citation and
 * mention points at the text it names in the clean bodies.
 */
class NewsumRandomTest {

    /** Fewer than the unit tests: each case runs the whole pipeline, all insights and four renderers (some milliseconds). */
    private static final int CASES = 600;

    private final Newsum newsum = new Newsum();

    @Test
    void everyClusterGivesABriefWithinBudgetWhoseOffsetsHold() {
        List<SelectionMethod> methods = Methods.all();
        int sentencesChecked = 0;
        int mentionsChecked = 0;
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            Source source = source(random, seed);
            Budget budget = switch (random.nextInt(3)) {
                case 0 -> Budget.words(1 + random.nextInt(150));
                case 1 -> Budget.sentences(1 + random.nextInt(6));
                default -> Budget.chars(1 + random.nextInt(900));
            };
            SelectionMethod method = methods.get(seed % methods.size());
            Supplier<String> where = RandomText.where(seed, source.articles().get(0).text(), method.name(), budget);
            Brief brief;
            try {
                brief = newsum.summarize(source, method, budget, Insights.Level.FULL);
                for (Format format : Format.values()) {
                    assertNotNull(format.renderer().render(brief, random.nextBoolean()), where);
                }
            } catch (RuntimeException e) {
                throw new AssertionError(where.get(), e);
            }
            Map<String, String> bodies = brief.articles().stream()
                    .collect(Collectors.toMap(Article::id, Article::text));
            int used = 0;
            List<SummarySentence> sentences = brief.summary().sentences();
            for (int i = 0; i < sentences.size(); i++) {
                SummarySentence s = sentences.get(i);
                used += budget.costAfter(s.text(), i);
                assertTrue(!s.citations().isEmpty(), where);
                for (Citation c : s.citations()) {
                    String body = bodies.get(c.articleId());
                    assertTrue(body != null && 0 <= c.start() && c.start() < c.end() && c.end() <= body.length(), where);
                }
                // the sentence is its own article's text, give or take a dangling opener the order stage took off
                Citation own = s.citations().get(0);
                String cited = bodies.get(own.articleId()).substring(own.start(), own.end());
                assertTrue(cited.equals(s.text()) || cited.endsWith(s.text().substring(1)), where);
            }
            assertTrue(used <= budget.limit(), where);
            sentencesChecked += sentences.size();
            List<Mention> mentions = new ArrayList<>();
            brief.insights().quotes().stream().map(Quote::mentions).forEach(mentions::addAll);
            brief.insights().figures().stream().flatMap(f -> f.values().stream()).map(Figure.Value::mentions)
                    .forEach(mentions::addAll);
            for (Mention m : mentions) {
                String body = bodies.get(m.articleId());
                assertTrue(body != null && 0 <= m.start() && m.start() <= m.end() && m.end() <= body.length(), where);
                assertEquals(body.substring(m.start(), m.end()), m.text(), where);
            }
            mentionsChecked += mentions.size();
        }
        // the generator must reach citations and insight mentions, not only clusters with nothing to summarize
        assertTrue(sentencesChecked > CASES, "summary sentences checked: " + sentencesChecked);
        assertTrue(mentionsChecked > CASES / 10, "quote and figure mentions checked: " + mentionsChecked);
    }

    @Test
    void readingInsightsBesideTheSummaryGivesTheSameBriefs() throws InterruptedException {
        java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Newsum beside = new Newsum(side);
            org.newsum.render.JsonRenderer json = new org.newsum.render.JsonRenderer(false);
            int quotes = 0;
            for (int seed = 0; seed < CASES / 6; seed++) {
                Source source = source(new RandomText(seed), seed);
                for (Insights.Level level : Insights.Level.values()) {
                    Brief one = newsum.summarize(source, Methods.defaultMethod(), Budget.words(80), level);
                    Brief two = beside.summarize(source, Methods.defaultMethod(), Budget.words(80), level);
                    assertEquals(json.render(one, true), json.render(two, true), "seed " + seed + ", " + level);
                    quotes += two.insights().quotes().size();
                }
            }
            assertTrue(quotes > 0, "the clusters must hold quotes for the insights to be compared");
        } finally {
            side.shutdownNow();
        }
    }

    /** One to four articles, plain text or HTML, some retelling the first so that they share sentences. */
    private static Source source(RandomText random, int seed) {
        List<Article> articles = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        String first = random.prose(6);
        Function<String, String> told = s -> random.nextBoolean() ? s : s + "\n" + random.prose(3);
        for (int a = 0; a < n; a++) {
            boolean html = random.nextInt(6) == 0;
            String text = html ? random.html() : a > 0 && random.nextBoolean() ? told.apply(first)
                    : random.nextInt(5) == 0 ? random.noise(40) : random.prose(6);
            articles.add(new Article("a" + a, "a" + a, null, null, null, null,
                    html ? Article.Format.HTML : Article.Format.TEXT, a == 0 ? first + "\n" + text : text));
        }
        return new Source("random-" + seed, articles, List.of(), List.of());
    }
}
