package org.newsum.clean;

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
import org.newsum.model.Removal;
import org.newsum.model.Sentence;
import org.newsum.text.ClusterAnalyzer;

/**
 * Seeded random prose, hard-wrapped at a random width from 30 to 100 the way a greedy wrapper does it
 * (breaking after the hyphens of compound words too), in a random layout: the clean and text stages
 * find the same sentences, whitespace aside, as in the paragraphs before they were wrapped.
 */
class HardWrapRandomTest {

    private static final int CASES = 4_000;

    private final ClusterCleaner cleaner = new ClusterCleaner();
    private final ClusterAnalyzer analyzer = new ClusterAnalyzer();

    @Test
    void wrappedProseKeepsTheSentencesOfTheUnwrappedText() {
        int withSentences = 0;
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            List<String> paragraphs = new ArrayList<>();
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                paragraphs.add(random.plainParagraph(6));
            }
            int width = 30 + random.nextInt(71);
            String wrapped = layOut(paragraphs, width, random.nextInt(3), random.nextBoolean() ? "\n" : "\r\n");
            Supplier<String> where = RandomText.where(seed, wrapped, "width", width);

            List<String> expected = sentences(String.join("\n\n", paragraphs), where);
            List<String> actual = sentences(wrapped, where);
            assertEquals(expected, actual, where);
            withSentences += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withSentences > CASES * 9 / 10, "only " + withSentences + " cases kept any sentence");
    }

    /**
     * The paragraphs wrapped at {@code width}, in one of three layouts: 0, blank lines between them;
     * 1, no blank lines and an indented first line; 2, every line indented, blank lines between.
     */
    private static String layOut(List<String> paragraphs, int width, int layout, String newline) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!lines.isEmpty() && layout != 1) {
                lines.add("");
            }
            lines.addAll(GreedyWrapper.wrap(paragraph, width, layout == 0 ? "" : "    ", layout == 2 ? "    " : ""));
        }
        return String.join(newline, lines);
    }

    /** The sentences the clean and text stages find in the text, whitespace removed; offsets checked. */
    private List<String> sentences(String text, Supplier<String> where) {
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(Article.ofText("a", "a.txt", text));
        int lines = text.split("\r?\n", -1).length;
        for (Removal r : clean.removals()) {
            assertTrue(r.scope() != Removal.Scope.LINE || r.line() >= 1 && r.line() <= lines, where);
        }
        if (clean.article().isEmpty()) {
            return List.of();
        }
        Article article = clean.article().get();
        Cluster cluster = analyzer.analyze(new CleanCluster("c", List.of(article), clean.removals(), List.of()));
        List<String> out = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            assertEquals(s.text(), article.text().substring(s.start(), s.end()), where);
            out.add(s.text().replaceAll("\\s+", ""));
        }
        return out;
    }
}
