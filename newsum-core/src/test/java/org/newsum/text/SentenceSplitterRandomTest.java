package org.newsum.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsum.RandomText;

/**
 * Seeded random paragraphs: the splitter never throws and its spans are trimmed, ordered and inside the text; where
 * it does not ask the sentence model, its answer is the model's.
 */
class SentenceSplitterRandomTest {

    private static final int CASES = 4_000;

    @Test
    void spansAreOrderedTrimmedAndInsideTheParagraph() {
        SentenceSplitter splitter = new SentenceSplitter();
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            String paragraph = seed % 3 == 0 ? random.noise(40) : random.prose(6);
            List<int[]> spans;
            try {
                spans = splitter.split(paragraph);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + RandomText.escape(paragraph), e);
            }
            int previousEnd = 0;
            for (int[] s : spans) {
                Supplier<String> where = RandomText.where(seed, paragraph, "span", s[0], s[1]);
                assertTrue(previousEnd <= s[0] && s[0] < s[1] && s[1] <= paragraph.length(), where);
                assertTrue(!Character.isWhitespace(paragraph.charAt(s[0]))
                        && !Character.isWhitespace(paragraph.charAt(s[1] - 1)), where);
                previousEnd = s[1];
            }
            if (spans.isEmpty() && !paragraph.isBlank()) {
                fail("seed " + seed + ": no sentence in " + RandomText.escape(paragraph));
            }
        }
    }

    @Test
    void modelSpansAreTheModelsOwnAnswer() {
        SentenceSplitter splitter = new SentenceSplitter();
        SentenceDetectorME model = new SentenceDetectorME(SentenceSplitter.sharedModel());
        String[] ends = {"", ".", "!", "?", ".\"", "?!", " ", "\u00a0", " \t", "U.S.", "...", ".)"};
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            String body = seed % 3 == 0 ? random.noise(10) : random.prose(seed % 2 == 0 ? 1 : 3);
            String paragraph = random.pick(List.of(" ", "", "\u2003")) + body + random.pick(Arrays.asList(ends))
                    + random.pick(List.of("", " ", "\u00a0"));
            String expected = Arrays.toString(spans(model.sentPosDetect(paragraph)));
            String actual = Arrays.toString(spans(splitter.detect(paragraph)));
            if (!expected.equals(actual)) {
                fail("seed " + seed + ": " + RandomText.escape(paragraph) + " model " + expected + " got " + actual);
            }
        }
    }

    private static String[] spans(Span[] spans) {
        return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd()).toArray(String[]::new);
    }
}
