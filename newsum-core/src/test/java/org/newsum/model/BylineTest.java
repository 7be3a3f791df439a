package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void aBylineNamesEachAuthor() {
        assertThat(Byline.names("By ADA MARSH, TOMAS BERG and LENA OSTROVA"))
                .containsExactly("ADA MARSH", "TOMAS BERG", "LENA OSTROVA");
        assertThat(Byline.names("Ada Marsh; Tomas Berg")).containsExactly("Ada Marsh", "Tomas Berg");
        assertThat(Byline.names("By Ada Marsh, Staff Writer")).containsExactly("Ada Marsh");
        assertThat(Byline.names("Ada Marsh, Tomas Berg, and Lena Ostrova"))
                .containsExactly("Ada Marsh", "Tomas Berg", "Lena Ostrova");
        assertThat(Byline.names(" ")).isEmpty();
        assertThat(Byline.names(null)).isEmpty();
    }

    @Test
    void authorsAreWrittenBackAsABylineReads() {
        assertThat(Byline.of(List.of("Ada Marsh"))).isEqualTo("Ada Marsh");
        assertThat(Byline.of(List.of("Ada Marsh", "Tomas Berg"))).isEqualTo("Ada Marsh and Tomas Berg");
        assertThat(Byline.of(List.of("Ada Marsh", "Tomas Berg", "Lena Ostrova")))
                .isEqualTo("Ada Marsh, Tomas Berg and Lena Ostrova");
        assertThat(Byline.of(List.of())).isNull();
    }
}
