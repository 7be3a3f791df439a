package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> texts(String body) {
        return QuoteSpans.of(body).stream().map(QuoteSpans.Span::text).toList();
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndContinuesInTheNext() {
        String body = "Varga said: “The quay was built in a hurry.\n\n“Nobody checked the piles twice,” she said.";
        List<QuoteSpans.Span> spans = QuoteSpans.of(body);
        assertThat(spans).extracting(QuoteSpans.Span::text)
                .containsExactly("The quay was built in a hurry.", "Nobody checked the piles twice");
        assertThat(spans.get(0).runsOn()).isTrue();
        assertThat(spans.get(1).continues()).isTrue();
        assertThat(body.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo(spans.get(0).text());
    }

    @Test
    void straightMarksPairAndCurlySinglesInsideDoublesAreNoQuotesOfTheirOwn() {
        assertThat(texts("He said \"the ‘old pier’ is gone for good\" and left.")).containsExactly(
                "the ‘old pier’ is gone for good");
        assertThat(texts("Headline: Varga warns ‘the quay will fall’ soon")).containsExactly("the quay will fall");
    }

    @Test
    void titlesOfWorksAreNotQuotes() {
        assertThat(texts("She wrote the book “The Long Night at Sea” in a winter.")).isEmpty();
        assertThat(texts("They watched “Harbour Lights and Shadows” every week.")).isEmpty();
        assertThat(texts("He said: “Come Home Safe Tonight.”")).hasSize(1);
    }

    @Test
    void aTitleMayEndWithTheSentencesStopSetInsideTheMarks() {
        assertThat(texts("The mayor spoke on the show “Evenings at the Harbour.”")).isEmpty();
    }

    @Test
    void anOpeningCurlyMarkTypedRightAfterAWordClosesTheQuote() {
        assertThat(texts("“Not before spring,“ Varga said. “The cranes are booked.”")).containsExactly(
                "Not before spring", "The cranes are booked.");
    }
}
