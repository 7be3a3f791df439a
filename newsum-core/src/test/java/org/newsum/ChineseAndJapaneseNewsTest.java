package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Notice;
import org.newsum.clean.HtmlExtractor;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Source;
import org.newsum.model.SummarySentence;

/** Chinese and Japanese news, written without spaces, is cleaned, split and summarized within a word budget. */
class ChineseAndJapaneseNewsTest {

    // An invented story: an old stone bridge in an invented city reopens after flood damage.
    static final String ZH1 = "云湾市政府周二宣布，横跨青河的老石桥将在明年春天重新开放。"
            + "这座桥已有一百二十年历史，去年夏天因洪水受损后一直关闭。"
            + "市长林秀英说，修复工程将花费大约四百万元，由市财政和省里的补助共同承担。"
            + "工程师表示，他们会尽量保留原来的石块和桥栏。"
            + "附近的商户说，桥关闭以后，来老街的游客少了一半。";
    static final String ZH2 = "云湾市的老石桥预计明年春天恢复通车。"
            + "这座百年石桥在去年夏天的洪水中受损，此后一直禁止车辆和行人通行。"
            + "市长林秀英在周二的记者会上说：“这座桥是我们城市的记忆，我们一定要把它修好。”"
            + "修复费用约为四百万元，工程将在下个月开始。"
            + "老街的一位店主说，他希望游客能尽快回来。";
    static final String JA1 = "雲湾市は火曜日、洪水で壊れた古い石橋を来年の春に再開すると発表した。"
            + "この橋は百二十年前に造られ、去年の夏から通行止めになっている。"
            + "林市長は、修理には約四百万元がかかると述べた。"
            + "技術者たちは、元の石をできるだけ残すつもりだと話した。"
            + "近くの商店主は、観光客が半分に減ったと言う。";
    static final String JA2 = "雲湾市の古い石橋が、来年の春に再び通れるようになる見通しだ。"
            + "橋は去年の夏の洪水で傷み、それ以来閉鎖されている。"
            + "市長は記者会見で「この橋は町の記憶です。必ず直します」と語った。"
            + "修理費はおよそ四百万元になり、工事は来月始まる。"
            + "商店街の人々は、観光客が早く戻ることを願っている。";

    private final Newsum newsum = new Newsum();

    private Brief summarize(Budget budget, String... bodies) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i + 1), "a" + (i + 1) + ".txt", bodies[i]));
        }
        return newsum.summarize(new Source("bridge", articles, List.of(), List.of()),
                Newsum.Options.DEFAULT.withBudget(budget));
    }

    @Test
    void chineseNewsIsSummarizedSentenceBySentenceWithinTheWordBudget() {
        Brief brief = summarize(Budget.words(100), ZH1, ZH2);
        assertThat(brief.articles()).hasSize(2);
        List<SummarySentence> sentences = brief.summary().sentences();
        // 100 words are 100 characters: a few sentences, not the whole cluster and not nothing
        assertThat(sentences).hasSizeBetween(2, 5);
        assertThat(brief.summary().wordCount()).isLessThanOrEqualTo(100).isGreaterThan(50);
        assertThat(sentences).allSatisfy(s -> assertThat(s.text()).matches(".+[。”]"));
        assertThat(brief.notices()).anyMatch(n -> n.kind() == Notice.Kind.NOT_ENGLISH && n.message().contains("Chinese"));
    }

    @Test
    void japaneseNewsIsSummarizedSentenceBySentenceWithinTheWordBudget() {
        Brief brief = summarize(Budget.words(80), JA1, JA2);
        assertThat(brief.articles()).hasSize(2);
        assertThat(brief.summary().sentences()).hasSizeBetween(2, 4)
                .allSatisfy(s -> assertThat(s.text()).endsWith("。"));
        assertThat(brief.summary().wordCount()).isLessThanOrEqualTo(80);
    }

    @Test
    void aJapanesePageKeepsItsParagraphs() {
        String html = "<html><head><title>石橋、来春に再開</title></head><body><nav><a href=\"/\">ホーム</a></nav>"
                + "<article><h1>石橋、来春に再開</h1><p>" + JA1 + "</p><p>" + JA2 + "</p></article></body></html>";
        HtmlExtractor.Page page = new HtmlExtractor().extract(html, null);
        assertThat(page.noArticleReason()).isNull();
        assertThat(page.text()).isEqualTo(JA1 + "\n\n" + JA2);
        Brief brief = newsum.summarize(new Source("page", List.of(new Article("1", "page.html", null, null, null, null,
                Article.Format.HTML, html)), List.of(), List.of()), Newsum.Options.DEFAULT);
        assertThat(brief.summary().sentences()).isNotEmpty();
    }
}
