package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            "agreement, agreement"})
    void stemsLikePortersReference(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"congressional, congress", "environmental, environ", "intentionally, intent",
            "professional, profess", "fundamental, fundament"})
    void repeatsTheSuffixStepAsRouge155Does(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }
}
