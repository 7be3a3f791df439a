package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Extract;
import org.newsum.model.Source;

/** Pages in Japanese, Korean and Chinese (texts of our own) extract as English pages do, and count as their readers do. */
class EastAsianPagesTest {

    private static final String JA_1 = "港町の市議会は月曜日、古い石橋を修復する計画を全会一致で承認した。";
    private static final String JA_2 = "工事は来年の春に始まり、およそ一年半かかる見込みだという。";
    private static final String JA_3 = "市の技術者によると、その間は北側の環状道路に車が迂回し、歩行者のために仮設の歩道橋も設けられる。";
    private static final String KO_1 = "항구 도시의 시의회는 월요일에 오래된 돌다리를 복원하는 계획을 만장일치로 승인했다.";
    private static final String KO_2 = "공사는 내년 봄에 시작되어 약 일 년 반이 걸릴 예정이다.";
    private static final String KO_3 = "시 기술자들은 공사 기간에는 차량이 북쪽 순환도로로 우회하고 보행자를 위한 임시 다리가 놓인다고 말했다.";
    private static final String ZH_1 = "港口城市的市议会周一一致批准了修复老石桥的计划。";
    private static final String ZH_2 = "工程将于明年春天开始，预计需要大约一年半的时间。";
    private static final String ZH_3 = "市政工程师表示，施工期间车辆将绕行北环路，并为行人搭建临时人行桥。";

    private static String page(String lang, String logo, String headline, String menu, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + headline + " | " + logo + "</title></head><body><header><h1 class=\"site-logo\">"
                + "<a href=\"/\"><img src=\"/logo.png\" alt=\"\">" + logo + "</a></h1><nav><ul>");
        for (String item : menu.split(" ")) {
            html.append("<li><a href=\"/").append(item.hashCode()).append("\">").append(item).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>").append(headline).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article></main><footer><p>© 2026 ").append(logo).append("</p></footer></body></html>")
                .toString();
    }

    private static Extract extract(String html) {
        return new Newsum().extract(new Source("page", java.util.List.of(new Article("1", "page.html", null, null, null,
                null, Article.Format.HTML, html)), java.util.List.of(), java.util.List.of()));
    }

    /** Han characters and kana: each is a word. */
    private static long unspacedCharacters(String text) {
        return text.codePoints().filter(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA;
        }).count();
    }

    @Test
    void aJapanesePageGivesItsArticleAndCountsEachCharacter() {
        Extract e = extract(page("ja", "港町新聞", "石橋の修復を承認", "ホーム 政治 経済 天気", JA_1, JA_2, JA_3));

        assertThat(e.article().text()).isEqualTo(JA_1 + "\n\n" + JA_2 + "\n\n" + JA_3);
        assertThat(e.article().title()).isEqualTo("石橋の修復を承認");
        assertThat((long) Budget.countWords(e.article().text())).isEqualTo(unspacedCharacters(JA_1 + JA_2 + JA_3));
    }

    @Test
    void aKoreanPageGivesItsHeadlineNotItsLogoAndCountsBySpaces() {
        Extract e = extract(page("ko", "항구신문", "시의회, 돌다리 복원 승인", "홈 정치 경제 날씨", KO_1, KO_2, KO_3));

        assertThat(e.article().text()).isEqualTo(KO_1 + "\n\n" + KO_2 + "\n\n" + KO_3);
        assertThat(e.article().title()).isEqualTo("시의회, 돌다리 복원 승인");
        assertThat(Budget.countWords(e.article().text()))
                .isEqualTo((KO_1 + " " + KO_2 + " " + KO_3).split(" ").length);
    }

    @Test
    void aChinesePageOfShortSentencesIsStillProse() {
        Extract e = extract(page("zh", "港口日报", "市议会批准修复老石桥", "首页 政治 经济 天气", ZH_1, ZH_2, ZH_3));

        assertThat(e.article().text()).isEqualTo(ZH_1 + "\n\n" + ZH_2 + "\n\n" + ZH_3);
        assertThat(e.article().title()).isEqualTo("市议会批准修复老石桥");
        assertThat((long) Budget.countWords(e.article().text())).isEqualTo(unspacedCharacters(ZH_1 + ZH_2 + ZH_3));
        assertThat(e.language()).isEqualTo("zh");
    }
}
