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
}
