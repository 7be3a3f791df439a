package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void countsWhitespaceWords() {
        assertThat(Budget.countWords("  one two\tthree\nfour ")).isEqualTo(4);
        assertThat(Budget.countWords("")).isZero();
    }

    @Test
    void costsInEachUnit() {
        assertThat(Budget.words(10).costAfter("a b c", 2)).isEqualTo(3);
        assertThat(Budget.sentences(3).costAfter("a b c", 2)).isEqualTo(1);
        assertThat(Budget.chars(100).costAfter("abc", 0)).isEqualTo(3);
        assertThat(Budget.chars(100).costAfter("abc", 1)).isEqualTo(4);
    }

    @Test
    void rejectsEmptyBudgets() {
        assertThatThrownBy(() -> Budget.words(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsEachChineseOrJapaneseCharacterAsAWord() {
        assertThat(Budget.countWords("北京市发布了新规。")).isEqualTo(8);
        assertThat(Budget.countWords("東京で地震があった。")).isEqualTo(9);
        assertThat(Budget.countWords("ニュース")).isEqualTo(4);
        // other letters in the same token count by runs, punctuation in it not at all
        assertThat(Budget.countWords("北京市发布了iPhone新规。")).isEqualTo(9);
        assertThat(Budget.countWords("他说：“我们会回来。”")).isEqualTo(7);
        // English, Korean (written with spaces) and punctuation between spaces count as before
        assertThat(Budget.countWords("Oslo — the mayor said, \"no.\"")).isEqualTo(6);
        assertThat(Budget.countWords("서울에서 회의가 열렸다.")).isEqualTo(3);
    }
}
