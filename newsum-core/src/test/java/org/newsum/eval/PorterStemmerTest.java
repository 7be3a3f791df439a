package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsum.SharedData;

class PorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "caresses, caress", "ponies, poni", "ties, ti", "cats, cat", "feed, feed", "agreed, agre",
            "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl",
            "sized, size", "hopping, hop", "falling, fall", "hissing, hiss", "failing, fail", "filing, file",
            "happy, happi", "relational, relat", "conditional, condit", "rational, ration", "digitizer, digit",
            "radicalli, radic", "differentli, differ", "vietnamization, vietnam", "predication, predic",
            "operator, oper", "feudalism, feudal", "decisiveness, decis", "hopefulness, hope",
            "formaliti, formal", "sensibiliti, sensibl", "triplicate, triplic", "formative, form",
            "electrical, electr", "goodness, good", "allowance, allow", "inference, infer", "airliner, airlin",
            "adjustable, adjust", "irritant, irrit", "replacement, replac", "dependent, depend",
            "adoption, adopt", "communism, commun", "activate, activ", "effective, effect", "probate, probat",
            "rate, rate", "cease, ceas", "controlling, control", "generalization, gener", "archaeology, archaeolog",
            "agreement, agreem"})
    void stemsLikePortersReference(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"congressional, congress", "environmental, environ", "intentionally, intent",
            "professional, profess", "fundamental, fundam", "agreement, agreem", "document, docum",
            "settlement, settlem", "accelerate, acceler", "neuroticism, neurotic", "generator, gener",
            "conventional, convent", "excitement, excit"})
    void appliesTheScriptsThreeSuffixChecksOnceEach(String word, String stem) {
        // -ement is tried with the other suffixes, then -ment, then -ent or (s|t)ion, each once: a word can
        // lose two suffixes (environment-al) but a stem left after one check is not offered the list again
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"yelling, yell", "yearly, yearli", "toyed, toi", "enjoyed, enjoi", "buyer, buyer", "syzygy, syzygi",
            "1990s, 1990", "2000ed, 2000ed", "fizzed, fizz", "hopped, hop", "tapping, tap", "boyish, boyish",
            "xyyed, xyi"})
    void treatsYAndDigitsAsTheScriptsPatternsDo(String word, String stem) {
        // y after a consonant is a vowel, a doubled y is never undoubled, and a digit is a consonant
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void wordnetExceptionsComeFirstAndAreNotStemmedFurther() {
        // the exception's base form is the answer as it stands (the script returns it without stemming it)
        assertThat(RougeTokens.morphStem("geese")).isEqualTo("goose");
        assertThat(RougeTokens.morphStem("ran")).isEqualTo("run");
        assertThat(RougeTokens.morphStem("mice")).isEqualTo("mouse");
        assertThat(PorterStemmer.stem("mouse")).isEqualTo("mous");
    }

    /**
     * Every row of the official script's stems for the shared data's words ({@code shared/data/rouge/stems.tsv}).
     * The file holds what the script's Porter variant gives: for the 433 of its words that have a WordNet
     * exception (said, began, mice…) it has the Porter stem, not the base form, so it is compared with the
     * stemmer itself; the scorer still looks the exception up first, as the script's MorphStem does, which
     * the shared ROUGE vectors need (178 of the 248 fail without the exceptions).
     */
    @Test
    void matchesTheOfficialStemOfEverySharedWord() throws IOException {
        Path file = SharedData.require("data", "rouge", "stems.tsv");
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(file)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            rows++;
            String word = line.substring(0, tab);
            String expected = line.substring(tab + 1);
            String got = PorterStemmer.stem(word);
            if (!got.equals(expected)) {
                wrong.add(word + " -> " + got + " (script: " + expected + ")");
            }
        }
        SharedData.ran(rows, file.toString());
        assertThat(wrong).as("%d of %d words stem differently", wrong.size(), rows).isEmpty();
    }
}
