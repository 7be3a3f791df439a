package org.newsum.text;

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
import org.newsum.model.Sentence;
import org.newsum.model.Token;

/**
 * Seeded random text: every token and sentence is exactly the text at its offsets, in order, and a
 * token never cuts a character in two (a surrogate pair) or a letter from its combining marks.
 */
class TokenizerRandomTest {

    private static final int CASES = 5_000;

    @Test
    void tokensAreTheTextAtTheirOffsets() {
        Tokenizer tokenizer = new Tokenizer();
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            String text = seed % 2 == 0 ? random.noise(50) : random.prose(4);
            List<Tokenizer.Span> spans;
            try {
                spans = tokenizer.tokenize(text);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + RandomText.escape(text), e);
            }
            int previousEnd = 0;
            for (Tokenizer.Span s : spans) {
                Supplier<String> where = RandomText.where(seed, text, "token", s.text(), s.start());
                int end = s.start() + s.text().length();
                assertTrue(previousEnd <= s.start() && s.start() < end && end <= text.length(), where);
                assertEquals(text.substring(s.start(), end), s.text(), where);
                assertTrue(wholeCharacters(text, s.start(), end), where);
                previousEnd = end;
            }
        }
    }

    @Test
    void sentencesAndTokensOfAClusterAreTheBodyAtTheirOffsets() {
        ClusterAnalyzer analyzer = new ClusterAnalyzer();
        for (int seed = 0; seed < CASES / 5; seed++) {
            RandomText random = new RandomText(seed);
            List<Article> articles = new ArrayList<>();
            for (int a = 0; a < 1 + random.nextInt(3); a++) {
                String body = random.prose(8) + (random.nextBoolean() ? "\n" + random.noise(30) : "");
                articles.add(Article.ofText("a" + a, "a" + a + ".txt", body));
            }
            Cluster cluster;
            try {
                cluster = analyzer.analyze(new CleanCluster("random", articles, List.of(), List.of()));
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed, e);
            }
            for (Sentence s : cluster.sentences()) {
                String body = articles.get(s.articleIndex()).text();
                Supplier<String> where = RandomText.where(seed, body, "sentence", s.index());
                assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= body.length(), where);
                assertEquals(body.substring(s.start(), s.end()), s.text(), where);
                for (Token t : s.tokens()) {
                    int end = t.start() + t.text().length();
                    assertTrue(s.start() <= t.start() && end <= s.end(), where);
                    assertEquals(body.substring(t.start(), end), t.text(), where);
                    assertTrue(!t.lower().isEmpty() && !t.stem().isEmpty(), where);
                }
            }
        }
    }

    /** Whether [start, end) starts and ends between two whole characters, marks staying with their letter. */
    private static boolean wholeCharacters(String text, int start, int end) {
        return boundary(text, start) && !isMark(text.codePointAt(start))
                && (end == text.length() || boundary(text, end) && !isMark(text.codePointAt(end)));
    }

    /** Whether offset {@code i} does not fall inside a surrogate pair. */
    private static boolean boundary(String text, int i) {
        return i == 0 || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
