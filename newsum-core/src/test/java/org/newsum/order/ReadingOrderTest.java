package org.newsum.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingOrderTest {

    @Test
    void removesDanglingOpeners() {
        assertThat(ReadingOrder.withoutDanglingOpener("But the talks went on.")).isEqualTo("The talks went on.");
        assertThat(ReadingOrder.withoutDanglingOpener("However, officials disagreed.")).isEqualTo("Officials disagreed.");
        assertThat(ReadingOrder.withoutDanglingOpener("Meanwhile, the port stayed shut.")).isEqualTo("The port stayed shut.");
    }

    @Test
    void keepsWordsThatOnlyLookLikeOpeners() {
        assertThat(ReadingOrder.withoutDanglingOpener("Still unknown is the cause.")).isEqualTo("Still unknown is the cause.");
        assertThat(ReadingOrder.withoutDanglingOpener("Butler Street was closed.")).isEqualTo("Butler Street was closed.");
        assertThat(ReadingOrder.withoutDanglingOpener("Andrea Voss spoke first.")).isEqualTo("Andrea Voss spoke first.");
    }
}
