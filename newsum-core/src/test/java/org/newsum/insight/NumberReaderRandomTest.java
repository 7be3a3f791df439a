package org.newsum.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.newsum.RandomText;
import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Figure;
import org.newsum.model.Mention;
import org.newsum.model.Sentence;
import org.newsum.text.ClusterAnalyzer;

/**
 * Seeded random clusters whose articles retell one text with other numbers: readings lie inside their
 * sentence and allow a range, and every figure's mention is exactly the body text at its offsets.
 */
class NumberReaderRandomTest {

    private static final int CASES = 3_000;
    private static final List<String> AMOUNTS = List.of("100", "120", "1,200", "3.5 million", "dozens of",
            "thousands of", "Millions of", "at least 40", "more than 45", "about 300", "nearly 90", "fifty-nine",
            "$100", "$120", "£5", "€7", "40%", "45 percent", "two hundred", "Hundreds of");
    private static final List<String> NOUNS = List.of("dollars", "people killed", "people were injured", "homes",
            "lifeboats", "percent", "deaths", "euros", "yen", "passengers died", "votes", "days later");

    private final ClusterAnalyzer analyzer = new ClusterAnalyzer();
    private final NumberReader numbers = new NumberReader();
    private final FigureFinder figures = new FigureFinder();

    @Test
    void readingsLieInsideTheirSentenceAndMentionsAreTheBodyText() {
        int withFigures = 0;
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            String story = story(random);
            List<Article> articles = new ArrayList<>();
            int n = 2 + random.nextInt(3);
            for (int a = 0; a < n; a++) {
                String body = a == 0 ? story : retold(story, random);
                articles.add(Article.ofText("a" + a, "a" + a + ".txt", body));
            }
            Supplier<String> where = RandomText.where(seed, articles.get(n - 1).text());
            Cluster cluster;
            List<Figure> found;
            try {
                cluster = analyzer.analyze(new CleanCluster("numbers", articles, List.of(), List.of()));
                found = figures.find(cluster);
            } catch (RuntimeException e) {
                throw new AssertionError(where.get(), e);
            }
            for (Sentence s : cluster.sentences()) {
                int after = -1;
                for (NumberReader.Reading r : numbers.read(s.tokens())) {
                    assertTrue(after < r.first() && r.first() <= r.number() && r.number() <= r.last()
                            && r.last() < s.tokens().size(), where);
                    assertTrue(r.low() <= r.high() && !Double.isNaN(r.value()) && !r.reading().isEmpty(), where);
                    after = r.last();
                }
            }
            withFigures += found.isEmpty() ? 0 : 1;
            for (Figure f : found) {
                assertTrue(f.articles().size() >= 2, where);
                for (Figure.Value v : f.values()) {
                    for (Mention m : v.mentions()) {
                        String body = cluster.articles().stream().filter(a -> a.id().equals(m.articleId()))
                                .findFirst().orElseThrow().text();
                        assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= body.length(), where);
                        assertEquals(body.substring(m.start(), m.end()), m.text(), where);
                    }
                }
            }
        }
        // the generator must reach the figure logic, not only the number reader
        assertTrue(withFigures > CASES / 20, "figures found in " + withFigures + " clusters");
    }

    /** Sentences that state amounts of things, among random prose and noise. */
    private static String story(RandomText random) {
        StringBuilder out = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(random.prose(1));
                case 1 -> out.append(random.noise(12));
                default -> out.append(random.pick(AMOUNTS)).append(' ').append(random.pick(NOUNS)).append(' ')
                        .append(random.prose(1));
            }
            out.append(random.nextBoolean() ? " " : "\n");
        }
        return out.toString();
    }

    /** The story with its amounts changed and a piece of noise put in. */
    private static String retold(String story, RandomText random) {
        String told = story;
        for (String amount : AMOUNTS) {
            if (told.contains(amount) && random.nextBoolean()) {
                told = told.replace(amount, random.pick(AMOUNTS));
            }
        }
        int at = random.nextInt(told.length() + 1);
        return told.substring(0, at) + random.noise(3) + told.substring(at);
    }
}
