package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The request parser on its own: what it counts in HTML and how it says a budget is wrong. */
class BriefRequestParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROSE = "The ferry to the outer islands will run twice a day from Monday, the harbour"
            + " office said, after the new pier passed its inspection.";

    private final BriefRequestParser parser = new BriefRequestParser(ServiceLimits.DEFAULT);

    private BriefRequest parse(Object body) throws Exception {
        return parser.parse(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlWordsAreTheWordsOutsideTagsScriptsAndStyles() {
        assertThat(BriefRequestParser.words("<p class=\"a b\">two words</p><script>var x = 'not counted';</script>"
                + "<STYLE >p { color: red }</style >three more here", true)).isEqualTo(5);
        // An unclosed '<' is text, as is a script that never ends (its tag alone is dropped).
        assertThat(BriefRequestParser.outsideTags("a < b and c")).isEqualTo("a < b and c");
        assertThat(BriefRequestParser.outsideTags("x<script>y z")).isEqualTo("x y z");
        assertThat(BriefRequestParser.outsideTags("<scripts>kept</scripts>")).isEqualTo(" kept ");
    }

    @Test
    void aPageOfUnclosedMarkupIsCountedInOnePass() {
        // A backtracking pattern took minutes over input like this, on a request thread, before any time limit.
        String lt = "<".repeat(300_000) + " word";
        assertThat(BriefRequestParser.words(lt, true)).isEqualTo(2);
        String scripts = "<script>".repeat(50_000) + "word";
        assertThat(BriefRequestParser.outsideTags(scripts)).isEqualTo(" ".repeat(50_000) + "word");
        String styles = ("<style>" + "a".repeat(10) + "</styl>").repeat(20_000);
        assertThat(BriefRequestParser.words(styles, true)).isEqualTo(20_000);
    }

    @Test
    void aBudgetOutOfRangeSaysTheRangeAndWhatWasGiven() {
        for (Object words : new Object[] {0, -3, 1e12, 9_223_372_036_854_775_807L, "ten", 2.5}) {
            assertThatThrownBy(() -> parse(Map.of("articles", List.of(Map.of("text", PROSE)), "budget",
                    Map.of("words", words))))
                    .as(String.valueOf(words))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("budget.words"))
                    .hasMessageStartingWith("budget.words must be a whole number from 1 to 2147483647, not ");
        }
    }
}
