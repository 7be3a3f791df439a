package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A method found by the name a caller gives, and the one message for a name that is not there. */
class MethodTest {

    private static final List<Method> METHODS = List.of(new Method("first", "The first."),
            new Method("second", "The second."));

    @Test
    void aNameIsFoundInAnyCaseWithoutSurroundingSpace() {
        assertThat(Method.byName(" SeCond\t", METHODS)).isEqualTo(METHODS.get(1));
        assertThat(Method.named("first", METHODS)).contains(METHODS.get(0));
        assertThat(Method.named(null, METHODS)).isEmpty();
    }

    @Test
    void anUnknownNameIsSaidWithTheNamesThereAre() {
        assertThatThrownBy(() -> Method.byName("third", METHODS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown method 'third'; choose one of first, second");
    }
}
