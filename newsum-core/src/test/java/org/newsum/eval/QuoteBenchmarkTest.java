package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.model.Mention;

class QuoteBenchmarkTest {

    private static final String TEXT = "“The tide is late,” said Harbour Master Ilse J. Varga Jr. of Tonsby.\n"
            + "She said the boats were \"mostly fine\" and would sail.\n";

    private static String ann() {
        int c1 = TEXT.indexOf('“');
        int c1e = TEXT.indexOf('”') + 1;
        int s1 = TEXT.indexOf("Harbour");
        int s1e = TEXT.indexOf(" of Tonsby");
        int s2 = TEXT.indexOf("She");
        int c2 = TEXT.indexOf("the boats");
        int c2e = TEXT.indexOf(" and would");
        return "T1\tContent " + c1 + " " + c1e + "\tThe tide\nTide is late\n"
                + "T2\tSource " + s1 + " " + s1e + "\t-\n"
                + "T3\tCue 21 25\tsaid\n"
                + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
                + "T4\tSource " + s2 + " " + (s2 + 3) + "\tShe\n"
                + "T5\tContent " + c2 + " " + c2e + "\t-\n"
                + "E2\tAttribution:T3 Content:T5 Source:T4\n";
    }

    @Test
    void aContentOpeningWithAMarkIsDirectAndReportedSpeechIsNot() {
        List<QuoteBenchmark.GoldQuote> gold = QuoteBenchmark.parse(TEXT, ann());
        assertThat(gold).extracting(QuoteBenchmark.GoldQuote::direct).containsExactly(true, false);
        // the pronoun stands for the nearest named source before it
        assertThat(gold.get(1).speaker()).containsExactly("varga");
    }

    @Test
    void fragmentsCutOnlyBySpacesArePieceAndAPhraseQuotedInReportedSpeechIsNotDirect() {
        String text = "“The nets are torn. The boats are late,” said Varga. “We wait.”\n"
                + "“More tomorrow.”\n"
                + "Holm said \"at dawn\" the fleet would sail out past the reef and the lighthouse.\n";
        int a = text.indexOf("“The");
        int b = text.indexOf(" The boats");
        int c = text.indexOf("said") - 1;
        int d = text.indexOf("“We");
        int e = text.indexOf("\n");
        int f = text.indexOf("“More");
        int g = text.indexOf("\n", f);
        int h = text.indexOf("\"at");
        int i = text.lastIndexOf('.');
        String ann = "T1\tContent " + a + " " + b + ";" + (b + 1) + " " + c + ";" + d + " " + e + ";" + f + " " + g
                + "\t-\n"
                + "E1\tAttribution:T1 Content:T1\n"
                + "T2\tContent " + h + " " + i + "\t-\n"
                + "E2\tAttribution:T2 Content:T2\n";
        List<QuoteBenchmark.GoldQuote> gold = QuoteBenchmark.parse(text, ann);
        // the first two fragments are one sentence cut by the tool; the cue and the line break keep the others apart
        assertThat(gold).extracting(q -> text.substring(q.start(), q.end())).containsExactly(
                "“The nets are torn. The boats are late,”", "“We wait.”", "“More tomorrow.”",
                "\"at dawn\" the fleet would sail out past the reef and the lighthouse");
        assertThat(gold).extracting(QuoteBenchmark.GoldQuote::direct).containsExactly(true, true, true, false);
    }

    @Test
    void aQuoteIsPlacedInTheTextWhenCleaningChangedItsSpaces() {
        String text = "Varga said “the\u00a0tide  is late” today.";
        Mention m = new Mention("a", 12, 28, "the tide is late");
        int[] at = QuoteBenchmark.place(text, m);
        assertThat(text.substring(at[0], at[1])).isEqualTo("the\u00a0tide  is late");
        assertThat(QuoteBenchmark.place(text, new Mention("a", 0, 4, "fog"))).containsExactly(-1, -1);
    }

    @Test
    void namesAreTheLastWordsOfCapitalizedRunsWithoutTitlesOrParentheses() {
        assertThat(QuoteBenchmark.names("Rep. Oda Lind (D-Vt.), head of the Harbour Caucus")).containsExactly("lind", "caucus");
        assertThat(QuoteBenchmark.names("Varga’s deputy Per Holm")).containsExactly("holm");
        assertThat(QuoteBenchmark.names("he")).isEmpty();
        assertThat(QuoteBenchmark.names("Harbour Master Oda\u00a0Lind")).containsExactly("lind");
    }

    @Test
    void aSpeakerIsRightWhenItsSurnameIsANameOfTheSource() {
        QuoteBenchmark.GoldQuote gold = new QuoteBenchmark.GoldQuote(0, 5, true, "Ms. Oda Lind", List.of("lind"));
        assertThat(QuoteBenchmark.sameSpeaker("Oda Lind", gold)).isTrue();
        assertThat(QuoteBenchmark.sameSpeaker("Per Holm", gold)).isFalse();
        QuoteBenchmark.GoldQuote described = new QuoteBenchmark.GoldQuote(0, 5, true, "the harbour spokesman", List.of());
        assertThat(QuoteBenchmark.sameSpeaker("the harbour spokesman", described)).isTrue();
    }

    @Test
    void spansMatchOneToOneBestOverlapFirst() {
        String text = "\"one two three four\" and \"one two\"";
        List<QuoteBenchmark.GoldQuote> gold = List.of(new QuoteBenchmark.GoldQuote(0, 20, true, null, List.of()));
        List<QuoteBenchmark.FoundQuote> found = List.of(
                new QuoteBenchmark.FoundQuote(26, 33, "one two", null, null),
                new QuoteBenchmark.FoundQuote(1, 19, "one two three four", null, null));
        assertThat(QuoteBenchmark.match(text, gold, found, 0.3)).containsExactly(-1, 0);
        assertThat(QuoteBenchmark.overlap(new int[] {0, 10}, new int[] {5, 15})).isEqualTo(5 / 15.0);
    }

    @Test
    void aFolderWithoutTheAnnotationLayoutIsNamedAsSuch(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> QuoteBenchmark.read(dir)).hasMessageContaining("no text/ and attributions/");
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), TEXT);
        Files.writeString(dir.resolve("attributions/a_x1.ann"), "T1\tContent 5 999\t-\n");
        Files.writeString(dir.resolve("attributions/b_x1.ann"), ann());
        Files.writeString(dir.resolve("text/b.txt"), TEXT);
        QuoteBenchmark.Corpus corpus = QuoteBenchmark.read(dir);
        assertThat(corpus.failures()).containsExactly("attributions/a_x1.ann: line 1: offsets outside the text");
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.quotes()).hasSize(2));
    }
}
