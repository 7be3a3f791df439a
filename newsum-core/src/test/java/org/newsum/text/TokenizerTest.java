package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsWordInternalPunctuationAndDropsTheRest() {
        assertThat(tokenizer.tokenize("The U.S. firm's al-Rashid paid $1,000.50 (about 3.5%), didn't it?")
                .stream().map(Tokenizer.Span::text))
                .containsExactly("The", "U.S.", "firm's", "al-Rashid", "paid", "1,000.50", "about", "3.5", "didn't", "it");
    }

    @Test
    void reportsOffsets() {
        var spans = tokenizer.tokenize("Hi, you.");
        assertThat(spans.get(1).start()).isEqualTo(4);
        assertThat(spans.get(1).text()).isEqualTo("you");
    }

    @Test
    void splitsSentenceEndingPeriodFromWord() {
        assertThat(tokenizer.tokenize("It ended.").stream().map(Tokenizer.Span::text)).containsExactly("It", "ended");
    }

    @Test
    void keepsCombiningMarksAndSupplementaryLettersInsideTheirWord() {
        // "cafe" with a combining acute, a Hindi word with vowel signs, a letter outside the BMP
        assertThat(tokenizer.tokenize("cafe\u0301 open, \u0928\u092e\u0938\u094d\u0924\u0947 and \ud835\udc00bc.")
                .stream().map(Tokenizer.Span::text))
                .containsExactly("cafe\u0301", "open", "\u0928\u092e\u0938\u094d\u0924\u0947", "and", "\ud835\udc00bc");
    }

    @Test
    void aChineseOrJapaneseCharacterIsATokenOfItsOwn() {
        assertThat(tokenizer.tokenize("北京发布iPhone新规，2026年。").stream().map(Tokenizer.Span::text))
                .containsExactly("北", "京", "发", "布", "iPhone", "新", "规", "2026", "年");
        assertThat(tokenizer.tokenize("ニュースです").stream().map(Tokenizer.Span::text))
                .containsExactly("ニ", "ュ", "ー", "ス", "で", "す");
    }
}
