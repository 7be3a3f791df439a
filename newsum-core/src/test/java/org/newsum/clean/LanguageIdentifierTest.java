package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    static final String ENGLISH = "The harbour authority said on Monday that the night ferry to the islands would"
            + " stop running for three weeks while engineers replace the worn steel ramp at the northern pier.";
    static final String GERMAN = "Die Hafenbehörde teilte am Montag mit, dass die Nachtfähre zu den Inseln drei"
            + " Wochen lang nicht fahren wird, während Ingenieure die abgenutzte Stahlrampe am Nordpier ersetzen.";
    static final String FRENCH = "L'autorité portuaire a annoncé lundi que le ferry de nuit vers les îles ne"
            + " circulera plus pendant trois semaines, le temps que les ingénieurs remplacent la rampe usée du quai nord.";
    static final String SPANISH = "La autoridad portuaria anunció el lunes que el ferry nocturno a las islas dejará"
            + " de funcionar durante tres semanas mientras los ingenieros sustituyen la rampa gastada del muelle norte.";

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void namesCommonLanguagesByTwoLetterCodes() {
        assertThat(identifier.identify(ENGLISH)).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("en"));
        assertThat(identifier.identify(GERMAN)).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("de"));
        assertThat(identifier.identify(FRENCH)).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("fr"));
        assertThat(identifier.identify(SPANISH)).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("es"));
    }

    @Test
    void englishIsRecognizedByItsFunctionWordsOtherLanguagesAreNot() {
        assertThat(LanguageIdentifier.englishShare(ENGLISH)).isGreaterThanOrEqualTo(LanguageIdentifier.ENGLISH_SHARE);
        assertThat(identifier.identify(ENGLISH)).hasValue(new LanguageIdentifier.Identified("en", 1.0));
        for (String other : new String[] {GERMAN, FRENCH, SPANISH}) {
            assertThat(LanguageIdentifier.englishShare(other)).isLessThan(0.1);
        }
    }

    @Test
    void englishWithFewFunctionWordsIsLeftToTheModel() {
        String list = "Storm warning issued for coastal towns; ferries cancelled, schools closed, roads flooded,"
                + " power lines down across northern districts, shelters opened near harbour, volunteers needed.";

        assertThat(LanguageIdentifier.englishShare(list)).isLessThan(LanguageIdentifier.ENGLISH_SHARE);
        assertThat(identifier.identify(list)).hasValueSatisfying(l -> {
            assertThat(l.code()).isEqualTo("en");
            assertThat(l.confidence()).isLessThan(1.0);
        });
    }

    @Test
    void shortTextsAreNotJudged() {
        assertThat(identifier.identify("Die Fähre fährt nicht.")).isEmpty();
        assertThat(identifier.identify("")).isEmpty();
    }

    @Test
    void textWithoutAClearLanguageIsNotJudged() {
        // Names and numbers only: nothing tells one language from another.
        assertThat(identifier.identify("Obama Merkel Macron Sanchez Trudeau Modi Lula Ramaphosa Albanese Kishida"
                + " 2026 2027 2028 Berlin Paris Madrid Ottawa Delhi Brasilia Pretoria Canberra Tokyo")).isEmpty();
    }

    @Test
    void longTextsAreJudgedOnTheirBeginning() {
        assertThat(identifier.identify((GERMAN + " ").repeat(4) + (ENGLISH + " ").repeat(40)))
                .hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("de"));
    }

    @Test
    void threeLetterCodesWithoutATwoLetterOneStay() {
        assertThat(LanguageIdentifier.code("deu")).isEqualTo("de");
        assertThat(LanguageIdentifier.code("cmn")).isEqualTo("zh");
        assertThat(LanguageIdentifier.code("gsw")).isEqualTo("gsw");
    }

    @Test
    void oneIdentifierServesManyThreads() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> identifier.identify(FRENCH).orElseThrow().code()));
            for (var r : results) {
                assertThat(r.get()).isEqualTo("fr");
            }
        } finally {
            pool.shutdown();
        }
    }
}
