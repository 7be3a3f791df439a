package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The hand-written scan for words capitalized after a lower-case word finds what its pattern finds. */
class MidCapsRandomTest {

    private static final String ALPHABET = "aBc, ’'-.ÉéßΣσ𝐀𝐚 \n\"“”";

    @Test
    void theScanFindsWhatThePatternFinds() {
        Random random = new Random(29);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                        random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            String body = text.toString();
            Set<String> expected = new HashSet<>();
            for (java.util.regex.Matcher m = SpeakerResolver.MID_CAPS.matcher(body); m.find(); ) {
                expected.add(m.group(1));
            }
            assertThat(SpeakerResolver.midCaps(body)).as(body).isEqualTo(expected);
        }
    }

    @Test
    void aWordAfterALowerCaseWordOrItsCommaIsFoundAndOneOpeningTheTextIsNot() {
        assertThat(SpeakerResolver.midCaps("Varga met Holm, then Lind. Per left, Ostrik’s boat"))
                .containsExactlyInAnyOrder("Holm", "Lind", "Ostrik’s");
    }
}
