package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsum.model.Reason;

class DroppedTextLogTest {

    @Test
    void anElementIsItsVisibleTextWithWhitespaceCollapsedAndBlocksApart() {
        Document doc = Jsoup.parse("<body><div id=box>\n  <h3>Most\n read</h3><ul><li>Kiln fire</li>"
                + "<li>Ferry&nbsp;delays</li></ul><script>var hidden = 1;</script><style>p{}</style></div></body>");

        assertThat(DroppedTextLog.excerpt(doc.getElementById("box"))).isEqualTo("Most read Kiln fire Ferry delays");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        Document doc = Jsoup.parse("<body><div id=box>" + "<p>Quarry lorries on the hill road.</p>".repeat(2000)
                + "</div></body>");
        DroppedTextLog log = new DroppedTextLog();

        log.add(doc.getElementById("box"), Reason.COMMENTS);
        log.add("word ".repeat(100), Reason.LINK_LIST);

        assertThat(log.entries()).hasSize(2).allSatisfy(d -> {
            assertThat(d.text()).endsWith("…");
            assertThat(d.text().length()).isLessThanOrEqualTo(DroppedTextLog.EXCERPT + 1);
        });
        assertThat(log.entries().get(0).text()).startsWith("Quarry lorries on the hill road. Quarry lorries");
    }

    @Test
    void blankTextAndUnseenElementsAreNotRecorded() {
        Document doc = Jsoup.parse("<body><div id=empty> \n </div><script id=s>var x;</script></body>");
        DroppedTextLog log = new DroppedTextLog();

        log.add(doc.getElementById("empty"), Reason.ADVERTISEMENT);
        log.add(doc.getElementById("s"), Reason.SCRIPT_OR_STYLE);
        log.add(" \n ", Reason.SEPARATOR);

        assertThat(log.entries()).isEmpty();
    }

    @Test
    void pastTheLimitEntriesAreCountedInALastOne() {
        DroppedTextLog log = new DroppedTextLog();
        for (int i = 0; i < DroppedTextLog.MAX_ENTRIES + 42; i++) {
            log.add("Reader comment number " + i, Reason.COMMENTS);
        }

        assertThat(log.entries()).hasSize(DroppedTextLog.MAX_ENTRIES + 1);
        assertThat(log.entries().get(DroppedTextLog.MAX_ENTRIES - 1).text()).isEqualTo("Reader comment number 199");
        assertThat(log.entries().get(DroppedTextLog.MAX_ENTRIES))
                .isEqualTo(new DroppedText("42 more dropped elements or blocks, not listed", Reason.TOO_MANY_TO_LIST));
    }
}
