package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterCaseTest {

    private static final String CASED = "Harbour master Lena Okafor said on Tuesday that the east pier would reopen "
            + "in May. The council of Port Varna approved the repairs after a long debate, and the ferry line Nordlys "
            + "said its boats would return once the cranes had been checked by engineers from the Baltic Survey. "
            + "Fishermen in the old town were relieved, though some said the delay had cost them the spring season.";

    @Test
    void proseWithNamesInsideItsSentencesCarriesCase() {
        assertThat(LetterCase.carried(CASED)).isTrue();
    }

    @Test
    void textLowerCasedButForItsSentenceStartsDoesNot() {
        String lowered = CASED.toLowerCase(java.util.Locale.ROOT).replace("in may. the", "in may. The")
                .replace("harbour master", "Harbour master").replace("season.", "season. Fishermen agreed.");
        assertThat(LetterCase.carried(lowered)).isFalse();
    }

    @Test
    void tooFewWordsToTellCountsAsCased() {
        assertThat(LetterCase.carried("the pier reopened. ferries are back.")).isTrue();
    }
}
