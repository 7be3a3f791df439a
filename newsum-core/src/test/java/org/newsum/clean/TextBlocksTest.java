package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void oneBlockPerParagraphRowAndItemWithCellsApart() {
        List<TextBlock> blocks = TextBlocks.of(Jsoup.parse("""
                <div><h2>Results</h2><p>First   line
                continues<br>second line</p>
                <table><tr><th>Pos</th><th>Rider</th></tr><tr><td>1</td><td>Ann Vale</td></tr></table>
                <ul><li><a href=/a>Linked item</a></li></ul><pre>a  b
                c</pre></div>""").body());

        assertThat(blocks).extracting(TextBlock::text).containsExactly("Results", "First line continues\nsecond line",
                "Pos Rider", "1 Ann Vale", "Linked item", "a b\nc");
        assertThat(blocks).extracting(TextBlock::tag).containsExactly("h2", "p", "tr", "tr", "li", "pre");
        assertThat(blocks.get(4).linkDensity()).isEqualTo(1.0);
        assertThat(blocks.get(1).linkDensity()).isZero();
        assertThat(blocks.get(0).isHeading()).isTrue();
    }
}
