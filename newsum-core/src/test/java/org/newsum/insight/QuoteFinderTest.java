package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Mention;
import org.newsum.model.Quote;
import org.newsum.text.TermIndex;

class QuoteFinderTest {

    private static List<Quote> quotes(Cluster c) {
        return new QuoteFinder().find(c, TermIndex.of(c), new EntityFinder().analyze(c));
    }

    @Test
    void oneQuoteInSlightlyDifferentWordingsIsOneQuoteCarriedByEachArticle() {
        Cluster c = InsightFixtures.cluster(
                "Mirela Osk runs the Brenholm ferry.\n“We cannot sail until the ice breaks,” Osk said.",
                "Mirela Osk spoke at the pier. \"We can not sail until the ice breaks up\", said Mirela Osk.",
                "The ferry stayed in port on Monday.");
        List<Quote> quotes = quotes(c);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.partial()).isFalse();
        assertThat(q.speaker()).isEqualTo("Mirela Osk");
        assertThat(q.articles()).hasSize(2);
        for (Mention m : q.mentions()) {
            String body = c.articles().stream().filter(a -> a.id().equals(m.articleId())).findFirst().orElseThrow().text();
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void twoDifferentQuotesOfOneArticleSharingMostWordsStayTwo() {
        Cluster c = InsightFixtures.cluster("Mirela Osk runs the Brenholm ferry.\n“We cannot sail until the ice "
                + "breaks in the harbour,” Osk said.\nLater she added: “We cannot sail until the ice breaks in the "
                + "north channel.”");
        List<Quote> quotes = quotes(c);
        assertThat(quotes).hasSize(2);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Mirela Osk"));
    }

    @Test
    void anUnattributedQuoteSaysWhy() {
        Cluster c = InsightFixtures.cluster("The harbour office sign reads “no ferries until the ice breaks” all week.");
        assertThat(quotes(c)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isNull();
            assertThat(q.reason()).isEqualTo(org.newsum.model.Unattributed.NO_CUE);
        });
    }

    @Test
    void aFewQuotedWordsAreAFragmentAndRankAfterFullQuotes() {
        Cluster c = InsightFixtures.cluster(
                "The mayor called the storm “a hard week” for Brenholm.\n"
                        + "“Every road will be cleared by Friday morning,” the mayor said.");
        List<Quote> quotes = quotes(c);
        assertThat(quotes).extracting(Quote::partial).containsExactly(false, true);
        assertThat(quotes.get(1).text()).isEqualTo("a hard week");
    }

    @Test
    void centralityIsTheShareOfArticlesUsingTheQuotesWords() {
        // "ferry" and "ice" are in all three articles, "sail" and "breaks" in one: (1 + 1 + 1/3 + 1/3) / 4.
        Cluster c = InsightFixtures.cluster(
                "“The ferry cannot sail until the ice breaks,” Mirela Osk said.",
                "The ferry waited for the ice.",
                "Ice held the ferry in port.");
        Quote q = quotes(c).get(0);
        assertThat(q.centrality()).isEqualTo(Math.round((1 + 1 + 1 / 3.0 + 1 / 3.0) / 4 * 1000) / 1000.0);
    }

    @Test
    void wordsSplitCannotAndDropApostrophes() {
        assertThat(QuoteFinder.words("We cannot say Osk’s plan failed")).containsExactly("we", "can", "not", "say",
                "osks", "plan", "failed");
    }

    @Test
    void wordsAreTheRunsOfLettersDigitsAndApostrophesAsTheRegexSplitReadThem() {
        for (String text : List.of("Ösk's 3½ boats—“rock'n'roll” ' CANNOT ’", "İstanbul Ⅻ x² 12,000 (maybe)...", "",
                "'' ’’ ?", "Smörgås 😀 tides", "a\uD800b cannot")) {
            List<String> regex = new java.util.ArrayList<>();
            for (String w : text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
                w = w.replace("'", "");
                if (w.equals("cannot")) {
                    regex.addAll(List.of("can", "not"));
                } else if (!w.isEmpty()) {
                    regex.add(w);
                }
            }
            assertThat(QuoteFinder.words(text)).as(text).isEqualTo(regex);
        }
    }
}
