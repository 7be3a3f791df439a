package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("Skip to main content", "navigation"),
                Arguments.of("Page not found", "error page"),
                Arguments.of("Most Popular", "navigation"),
                Arguments.of("Load more", "navigation"),
                Arguments.of("See all Video", "navigation"),
                Arguments.of("Discuss This Article", "navigation"),
                Arguments.of("Subscribe to our newsletter", "subscription prompt"),
                Arguments.of("Subscribe to continue reading", "login or paywall prompt"),
                Arguments.of("Already a subscriber? Log in", "login or paywall prompt"),
                Arguments.of("You have reached your limit of free articles this month.", "login or paywall prompt"),
                Arguments.of("Sign in to read the full story", "login or paywall prompt"),
                Arguments.of("This article is available to subscribers only.", "login or paywall prompt"),
                Arguments.of("Share this article", "share or social prompt"),
                Arguments.of("We use cookies to improve your visit. By continuing you accept our cookie policy.",
                        "cookie notice"),
                Arguments.of("Photo: Jane Roe/Daily Example", "photo credit or caption"),
                Arguments.of("Above, a ferry at the east pier of Port Varna.", "photo credit or caption"),
                Arguments.of("Jane Roe, AFP | Crowds gather outside the court on Monday.", "photo credit or caption"),
                Arguments.of("By Sam Writer", "byline"),
                Arguments.of("Sam Writer", "name alone on a line"),
                Arguments.of("• Sam Writer", "name alone on a line"),
                Arguments.of("March 3, 2026", "dateline"),
                Arguments.of("Updated 4:30 p.m. ET", "dateline"),
                Arguments.of("(Example Wire with AP)", "source credit"),
                Arguments.of("Other reports by Example Wire", "source credit"),
                Arguments.of("This copy of the page was saved by the Wayback Machine crawler for the Example Library.",
                        "web-archive notice"),
                Arguments.of("#Breaking news from #Springfield today.", "share or social prompt"),
                Arguments.of("© 2026 Daily Example. All rights reserved.", "copyright notice"),
                Arguments.of("* * *", "separator"),
                Arguments.of("Please enable JavaScript to watch this video", "player or widget text"),
                Arguments.of("Harbour Works Delayed Again As Costs Climb", "heading or label"),
                Arguments.of("In this March 2, 2026, file photo, dock workers leave Pier 7 in Kessling.",
                        "photo credit or caption"),
                Arguments.of("This photo released by the city council shows the flooded underpass on Sunday.",
                        "photo credit or caption"),
                Arguments.of("Photos: Storm over the bay Photos: Storm over the bay Waves hit the sea wall on a grey "
                        + "morning as residents watched from the promenade and the council closed the beach road.",
                        "photo credit or caption"),
                Arguments.of("(Mar. 3) 2 of 40 Skip in Skip x Embed x Share CLOSE Storm hits coast | 1:09 Waves batter "
                        + "the sea wall as the storm reaches the bay and the council closes the beach road for the night "
                        + "while residents pile sandbags along the promenade and wait for the water to fall again.",
                        "player or widget text"),
                Arguments.of("For a full list of the night's winners, click here.", "player or widget text"),
                Arguments.of("Web wide crawl with initial seedlist and crawler configuration from May 2020.",
                        "web-archive notice"),
                Arguments.of("Harbour mayor Ann Vole, left, and engineer Tom Reed inspect the sea wall in Kessling, "
                        + "Tuesday, March 3, 2026.", "photo credit or caption"),
                Arguments.of("A ferry passenger waves from the deck as the boat leaves Pier 7 in Kessling, March 3, 2026.",
                        "photo credit or caption"),
                Arguments.of("CLOSE Waves batter the sea wall as the storm reaches the bay.", "photo credit or caption"),
                Arguments.of("Image The harbour master said the pier would reopen on Friday.", "photo credit or caption"),
                Arguments.of("Picture from the harbour festival.", "photo credit or caption"),
                Arguments.of("This image show the flooded underpass on Sunday.", "photo credit or caption"),
                Arguments.of("Sam Writer can be reached at sam@example.org.", "author contact"),
                Arguments.of("Email the reporter at news@example.org.", "author contact"),
                Arguments.of("(Disclosure: the Example Foundation provides financial support for this newsroom.)",
                        "editor's note"),
                Arguments.of("(The Example Foundation provides funding for the harbour trust.)", "editor's note"),
                Arguments.of("Join the conversation on our harbour forum.", "share or social prompt"),
                Arguments.of("Read the latest and follow us on Twitter for updates.", "share or social prompt"),
                Arguments.of("Test your knowledge of the harbour with our weekly quiz.", "teaser for other content"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SPRINGFIELD — The council voted on Monday.|SPRINGFIELD — |dateline
            WASHINGTON (Example Wire) - The vote passed.|WASHINGTON (Example Wire) - |dateline
            Skip in Skip x Embed x Share The discovery was called a tragedy.|Skip in Skip x Embed x Share |player or widget text
            Image caption The ferry was towed back to port.|Image caption |player or widget text
            Buy Photo Health official Jim Vale asked for tests.|Buy Photo |player or widget text
            """)
    void findsFurnitureGluedToTheFrontOfProse(String line, String prefix, String reason) {
        String[] found = filter.prefix(line);
        assertThat(found[0].strip()).isEqualTo(prefix); // CSV values are stripped; the prefix keeps its space
        assertThat(found[1]).isEqualTo(reason);
        assertThat(line.substring(found[0].length())).doesNotStartWith(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NASA said the launch would go ahead.", "The council voted on Monday.",
            "A photo of the suspect was released by police on Tuesday, officers said."})
    void leavesProseStartsAlone(String line) {
        assertThat(filter.prefix(line)).isNull();
        assertThat(filter.classify(line)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("furniture")
    void classifiesSiteFurnitureWithItsReason(String line, String reason) {
        assertThat(filter.classify(line)).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Skip to content
            Sorry, the page you requested does not exist.
            Advertisement
            Related Stories
            Sign up for breaking news alerts
            Follow Daily Example on Twitter
            Follow us on Instagram
            Like us on Facebook
            Email this story
            Reporting by Sam Writer; editing by Jo Checker
            Posted Monday at 9:15 a.m.
            Caption: Volunteers stack sandbags near the river.
            For more on the harbour dispute, our correspondent spoke with a port historian.
            For more coverage of the storm, watch our live stream.
            """)
    void classifiesMoreFurnitureAsNonNull(String line) {
        assertThat(filter.classify(line)).as(line).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The bakery sold 400 cookies on Tuesday, the owner said.",
            "Residents were invited to share their views at a public meeting on Thursday.",
            "Maria Lopez said the bridge would reopen on Friday.",
            "\"We will rebuild the pier before summer,\" the mayor told reporters.",
            "The paper lost 2,000 subscribers last year, its publisher said.",
            "Shares in the ferry company fell 4 percent after the announcement.",
            "The council voted 7-2 on Monday to raise parking fees in the old town.",
            "Police said the road would stay closed until at least 6 p.m. on Wednesday.",
            "Officials have not said when the report will be published.",
            "The museum's photo archive holds more than 12,000 images of the harbour.",
            "By the time firefighters arrived, the barn was gone.",
            "By Friday, the river had risen two metres.",
            "Most of the damage was along the northern shore, engineers said.",
            "Like the rest of the county, Riverton voted for the school levy.",
            "Like it or not, the new tax will take effect in May, the minister said.",
            "Follow the river path to the old mill, the guide told visitors.",
            "For more than a decade, the ferry ran twice a day, residents said.",
            "For more information, the council said, residents can call the town hall.",
            "The harbour opened on March 3, 2026, and the first ferry left at dawn.",
            "The mayor was born in Kessling, March 3, 1961, the son of a fisherman.",
            "Officials said the pier will stand, as it has since it was built in May 1901.",
            "Close to 400 people attended the meeting, organizers said.",
            "CLOSE to the shore, the water was still rising.",
            "Images from the drone showed the damage, officials said.",
            "(The council later said it would review the decision.)",
            "Residents can reach the town hall at its new number, the clerk said.",
    })
    void leavesArticleProseAlone(String line) {
        assertThat(filter.classify(line)).as(line).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankLinesAreNotClassified(String line) {
        assertThat(filter.classify(line)).isNull();
    }

    @Test
    void stripsSurroundingWhitespaceBeforeClassifying() {
        assertThat(filter.classify("   Most Popular   ")).isEqualTo("navigation");
    }

    @Test
    void longLinesMentioningFurnitureWordsStayProse() {
        String line = "The newsletter, which the library has printed since 1974, now reaches 3,000 homes across"
                + " the valley, and volunteers say they want to keep it going for another fifty years at least,"
                + " whatever the cost of paper and postage turns out to be next year, the editor said in a"
                + " statement on Sunday.";
        assertThat(filter.classify(line)).isNull();
    }

    @Test
    void sentenceEndIgnoresClosingQuotesAndBrackets() {
        assertThat(BoilerplateFilter.hasSentenceEnd("He said it was over.\"")).isTrue();
        assertThat(BoilerplateFilter.hasSentenceEnd("(The vote was close.)")).isTrue();
        assertThat(BoilerplateFilter.hasSentenceEnd("Storm Hits Coast")).isFalse();
        assertThat(BoilerplateFilter.hasSentenceEnd("")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most Popular", "  -- see   ALL videos!! ", "½ price: 3¾ cups, Ⅻ o'clock", "café—crème",
            "emoji \uD83D\uDE00 between", "", "...", "x"})
    void lettersAgreeWithTheRegexDefinition(String lower) {
        String byRegex = lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceAll("\\s+", " ");
        assertThat(BoilerplateFilter.letters(lower)).isEqualTo(byRegex);
    }

    @Test
    void cueWordsOnlySkipLinesThePatternCannotMatch() {
        // A cue found in any case still runs the pattern; no cue means no match.
        assertThat(filter.classify("A ferry docks at dawn in the fog. HIDE CAPTION"))
                .isEqualTo("player or widget text");
        assertThat(filter.classify("SUBSCRIBE TO OUR DAILY BRIEFING")).isEqualTo("subscription prompt");
        assertThat(filter.classify("Follow the harbour board on Twitter for updates")).isEqualTo("share or social prompt");
        assertThat(filter.classify("Ferry crews return to work after the long strike ends on Friday.")).isNull();
        assertThat(filter.classify("Above all, ferry crews want the long strike to end on Friday.")).isNull();
    }

    @Test
    void lettersStopAtTheLimit() {
        assertThat(BoilerplateFilter.letters("see all -- videos, now", 9)).isEqualTo("see all v");
        assertThat(BoilerplateFilter.letters("menu", 9)).isEqualTo("menu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 3, 2026", "Updated 4:30 p.m. ET", "Tues., Sept. 9", "Posted on May 5 at 9am",
            "Last modified: 12/03/2026 | 10:15 GMT", "3 min read", "Monday", "on at", "12 hours ago",
            "March of the Penguins", "2026 Budget", "May Day", "   ", "— 5 —", "3rdMay", "Sunday, 1st"})
    void datelineAgreesWithRemovingEveryDateWord(String line) {
        // The definition the early-exit scan must keep: nothing but whitespace left once every date
        // word is removed, and a digit or a month among them.
        java.util.regex.Pattern dateWords = BoilerplateFilter.dateWords();
        boolean expected = dateWords.matcher(line).replaceAll(" ").strip().isEmpty()
                && (line.chars().anyMatch(Character::isDigit)
                || dateWords.matcher(line).results().anyMatch(m -> m.group(2) != null));
        assertThat(BoilerplateFilter.isDateline(line)).isEqualTo(expected);
    }

    @Test
    void aLineHoldsACueExactlyWhenItContainsIt() {
        BoilerplateFilter.Line line = BoilerplateFilter.Line.of("Sign up for our newsletter — it’s free (© Example)");
        for (String cue : new String[] {"sign up", "newsletter", "it’s", "©", "(©", "e)", "p"}) {
            assertThat(line.holds(cue)).as(cue).isTrue();
        }
        for (String cue : new String[] {"sign in", "newsletters", "journalism", "#", "©)", "up for us"}) {
            assertThat(line.holds(cue)).as(cue).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"About 2,000 voters had already registered for the ballot.",
            "Residents can register to vote at the library until Friday.",
            "The club said the new pool would be open to members only on weekends."})
    void proseAboutRegisteringOrMembersIsNotAWall(String line) {
        assertThat(filter.classify(line)).isNotEqualTo("login or paywall prompt");
    }

    @Test
    void aPageIsNamedByItsMostTellingFurniture() {
        assertThat(filter.pageReason(java.util.List.of("navigation", "cookie notice", "error page"))).isEqualTo("page not found");
        assertThat(filter.pageReason(java.util.List.of("web-archive notice", "login or paywall prompt")))
                .isEqualTo("archive notice");
        assertThat(filter.pageReason(java.util.List.of("heading or label", "login or paywall prompt", "cookie notice")))
                .isEqualTo("login wall or paywall");
        assertThat(filter.pageReason(java.util.List.of("cookie notice", "navigation"))).isEqualTo("cookie wall");
        assertThat(filter.pageReason(java.util.List.of("player or widget text", "cookie notice"))).isEqualTo("cookie wall");
        assertThat(filter.pageReason(java.util.List.of("headline (kept as the title)", "player or widget text")))
                .isEqualTo("embedded player or widget");
        assertThat(filter.pageReason(java.util.List.of("navigation", "subscription prompt"))).isNull();
    }
}
