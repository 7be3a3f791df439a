package org.newsum.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A format found by the name a client writes, as {@code ?format=} takes it. */
class FormatTest {

    @Test
    void aNameIsFoundInAnyCaseWithoutSurroundingSpace() {
        assertThat(Format.byName(" Markdown ")).contains(Format.MARKDOWN);
        assertThat(Format.byName("html")).contains(Format.HTML);
        for (Format f : Format.values()) {
            assertThat(Format.byName(f.label())).contains(f);
        }
    }

    @Test
    void anUnknownOrMissingNameIsNone() {
        assertThat(Format.byName("pdf")).isEmpty();
        assertThat(Format.byName("")).isEmpty();
        assertThat(Format.byName(null)).isEmpty();
    }
}
