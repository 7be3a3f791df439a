package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.text.ClusterAnalyzer;

class NumberReaderTest {

    static List<NumberReader.Reading> read(String text) {
        return new NumberReader().read(new ClusterAnalyzer().tokens(text, 0));
    }

    @Test
    void digitsWordsScalesAndVagueCounts() {
        assertThat(read("It launched 14 lifeboats")).singleElement().satisfies(r -> assertThat(r.low()).isEqualTo(14));
        assertThat(read("fifty-three lifeboats")).singleElement().satisfies(r -> assertThat(r.high()).isEqualTo(53));
        assertThat(read("1,200 homes and 3.5 million dollars")).extracting(NumberReader.Reading::low)
                .containsExactly(1200.0, 3.5e6);
        assertThat(read("rescued dozens of passengers")).singleElement().satisfies(r -> {
            assertThat(r.low()).isEqualTo(24);
            assertThat(r.high()).isEqualTo(99);
            assertThat(r.reading()).isEqualTo("dozens");
        });
    }

    @Test
    void qualifiersWidenAValueIntoTheRangeItAllows() {
        assertThat(read("at least 37 passengers")).singleElement().satisfies(r -> {
            assertThat(r.low()).isEqualTo(37);
            assertThat(r.high()).isInfinite();
            assertThat(r.reading()).isEqualTo("at least 37");
        });
        assertThat(read("almost 90 people")).singleElement().satisfies(r -> {
            assertThat(r.high()).isEqualTo(90);
            assertThat(r.low()).isLessThan(90);
        });
    }

    @Test
    void oneAndBrokenSeparatorsAreNotCounts() {
        assertThat(read("one of the men")).isEmpty();
        assertThat(read("a score of 1,20")).isEmpty();
    }

    @Test
    void digitsReadAsTheParserReadsThem() {
        for (String w : List.of("0", "007", "2026", "1,200", "999999999999999", "9999999999999999", "12345678901234567",
                "3.5", "0.25", "1,234,567.5")) {
            assertThat(NumberReader.value(w)).as(w).isEqualTo(Double.parseDouble(w.replace(",", "")));
        }
    }
}
