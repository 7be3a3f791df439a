package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsum.model.Reason;

class LineFilterTest {

    private final LineFilter filter = new LineFilter();

    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("Skip to main content", Reason.NAVIGATION),
                Arguments.of("Page not found", Reason.ERROR_PAGE_TEXT),
                Arguments.of("Most Popular", Reason.NAVIGATION),
                Arguments.of("Load more", Reason.NAVIGATION),
                Arguments.of("See all Video", Reason.NAVIGATION),
                Arguments.of("Discuss This Article", Reason.NAVIGATION),
                Arguments.of("Subscribe to our newsletter", Reason.SUBSCRIPTION_PROMPT),
                Arguments.of("Subscribe to continue reading", Reason.LOGIN_PROMPT),
                Arguments.of("Already a subscriber? Log in", Reason.LOGIN_PROMPT),
                Arguments.of("You have reached your limit of free articles this month.", Reason.LOGIN_PROMPT),
                Arguments.of("Sign in to read the full story", Reason.LOGIN_PROMPT),
                Arguments.of("This article is available to subscribers only.", Reason.LOGIN_PROMPT),
                Arguments.of("Share this article", Reason.SHARE_PROMPT),
                Arguments.of("We use cookies to improve your visit. By continuing you accept our cookie policy.",
                        Reason.COOKIE_NOTICE),
                Arguments.of("Photo: Jane Roe/Daily Example", Reason.PHOTO_CAPTION),
                Arguments.of("Above, a ferry at the east pier of Port Varna.", Reason.PHOTO_CAPTION),
                Arguments.of("Jane Roe, AFP | Crowds gather outside the court on Monday.", Reason.PHOTO_CAPTION),
                Arguments.of("By Sam Writer", Reason.BYLINE),
                Arguments.of("Sam Writer", Reason.NAME_ALONE),
                Arguments.of("• Sam Writer", Reason.NAME_ALONE),
                Arguments.of("March 3, 2026", Reason.DATELINE),
                Arguments.of("Updated 4:30 p.m. ET", Reason.DATELINE),
                Arguments.of("(Example Wire with AP)", Reason.SOURCE_CREDIT),
                Arguments.of("Other reports by Example Wire", Reason.SOURCE_CREDIT),
                Arguments.of("This copy of the page was saved by the Wayback Machine crawler for the Example Library.",
                        Reason.WEB_ARCHIVE_TEXT),
                Arguments.of("#Breaking news from #Springfield today.", Reason.SHARE_PROMPT),
                Arguments.of("© 2026 Daily Example. All rights reserved.", Reason.COPYRIGHT_NOTICE),
                Arguments.of("* * *", Reason.SEPARATOR),
                Arguments.of("Please enable JavaScript to watch this video", Reason.PLAYER_OR_WIDGET),
                Arguments.of("Harbour Works Delayed Again As Costs Climb", Reason.HEADING),
                Arguments.of("In this March 2, 2026, file photo, dock workers leave Pier 7 in Kessling.",
                        Reason.PHOTO_CAPTION),
                Arguments.of("This photo released by the city council shows the flooded underpass on Sunday.",
                        Reason.PHOTO_CAPTION),
                Arguments.of("Photos: Storm over the bay Photos: Storm over the bay Waves hit the sea wall on a grey "
                        + "morning as residents watched from the promenade and the council closed the beach road.",
                        Reason.PHOTO_CAPTION),
                Arguments.of("(Mar. 3) 2 of 40 Skip in Skip x Embed x Share CLOSE Storm hits coast | 1:09 Waves batter "
                        + "the sea wall as the storm reaches the bay and the council closes the beach road for the night "
                        + "while residents pile sandbags along the promenade and wait for the water to fall again.",
                        Reason.PLAYER_OR_WIDGET),
                Arguments.of("For a full list of the night's winners, click here.", Reason.PLAYER_OR_WIDGET),
                Arguments.of("Web wide crawl with initial seedlist and crawler configuration from May 2020.",
                        Reason.WEB_ARCHIVE_TEXT),
                Arguments.of("Harbour mayor Ann Vole, left, and engineer Tom Reed inspect the sea wall in Kessling, "
                        + "Tuesday, March 3, 2026.", Reason.PHOTO_CAPTION),
                Arguments.of("A ferry passenger waves from the deck as the boat leaves Pier 7 in Kessling, March 3, 2026.",
                        Reason.PHOTO_CAPTION),
                Arguments.of("CLOSE Waves batter the sea wall as the storm reaches the bay.", Reason.PHOTO_CAPTION),
                Arguments.of("Image The harbour master said the pier would reopen on Friday.", Reason.PHOTO_CAPTION),
                Arguments.of("Picture from the harbour festival.", Reason.PHOTO_CAPTION),
                Arguments.of("This image show the flooded underpass on Sunday.", Reason.PHOTO_CAPTION),
                Arguments.of("Sam Writer can be reached at sam@example.org.", Reason.AUTHOR_CONTACT),
                Arguments.of("Email the reporter at news@example.org.", Reason.AUTHOR_CONTACT),
                Arguments.of("(Disclosure: the Example Foundation provides financial support for this newsroom.)",
                        Reason.EDITORS_NOTE),
                Arguments.of("(The Example Foundation provides funding for the harbour trust.)", Reason.EDITORS_NOTE),
                Arguments.of("Join the conversation on our harbour forum.", Reason.SHARE_PROMPT),
                Arguments.of("Read the latest and follow us on Twitter for updates.", Reason.SHARE_PROMPT),
                Arguments.of("Test your knowledge of the harbour with our weekly quiz.", Reason.TEASER));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SPRINGFIELD — The council voted on Monday.|SPRINGFIELD — |DATELINE
            WASHINGTON (Example Wire) - The vote passed.|WASHINGTON (Example Wire) - |DATELINE
            Skip in Skip x Embed x Share The discovery was called a tragedy.|Skip in Skip x Embed x Share |PLAYER_OR_WIDGET
            Image caption The ferry was towed back to port.|Image caption |PLAYER_OR_WIDGET
            Buy Photo Health official Jim Vale asked for tests.|Buy Photo |PLAYER_OR_WIDGET
            """)
    void findsFurnitureGluedToTheFrontOfProse(String line, String prefix, Reason reason) {
        LineFilter.FoundPrefix found = filter.prefix(line);
        assertThat(found.text().strip()).isEqualTo(prefix); // CSV values are stripped; the prefix keeps its space
        assertThat(found.reason()).isEqualTo(reason);
        assertThat(line.substring(found.text().length())).doesNotStartWith(" ");
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
    void classifiesSiteFurnitureWithItsReason(String line, Reason reason) {
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
        assertThat(filter.classify("   Most Popular   ")).isEqualTo(Reason.NAVIGATION);
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
        assertThat(LineFilter.hasSentenceEnd("He said it was over.\"")).isTrue();
        assertThat(LineFilter.hasSentenceEnd("(The vote was close.)")).isTrue();
        assertThat(LineFilter.hasSentenceEnd("Storm Hits Coast")).isFalse();
        assertThat(LineFilter.hasSentenceEnd("")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most Popular", "  -- see   ALL videos!! ", "½ price: 3¾ cups, Ⅻ o'clock", "café—crème",
            "emoji \uD83D\uDE00 between", "", "...", "x"})
    void lettersAgreeWithTheRegexDefinition(String lower) {
        String byRegex = lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceAll("\\s+", " ");
        assertThat(LineFilter.letters(lower)).isEqualTo(byRegex);
    }

    @Test
    void cueWordsOnlySkipLinesThePatternCannotMatch() {
        // A cue found in any case still runs the pattern; no cue means no match.
        assertThat(filter.classify("A ferry docks at dawn in the fog. HIDE CAPTION"))
                .isEqualTo(Reason.PLAYER_OR_WIDGET);
        assertThat(filter.classify("SUBSCRIBE TO OUR DAILY BRIEFING")).isEqualTo(Reason.SUBSCRIPTION_PROMPT);
        assertThat(filter.classify("Follow the harbour board on Twitter for updates")).isEqualTo(Reason.SHARE_PROMPT);
        assertThat(filter.classify("Ferry crews return to work after the long strike ends on Friday.")).isNull();
        assertThat(filter.classify("Above all, ferry crews want the long strike to end on Friday.")).isNull();
    }

    @Test
    void lettersStopAtTheLimit() {
        assertThat(LineFilter.letters("see all -- videos, now", 9)).isEqualTo("see all v");
        assertThat(LineFilter.letters("menu", 9)).isEqualTo("menu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 3, 2026", "Updated 4:30 p.m. ET", "Tues., Sept. 9", "Posted on May 5 at 9am",
            "Last modified: 12/03/2026 | 10:15 GMT", "3 min read", "Monday", "on at", "12 hours ago",
            "March of the Penguins", "2026 Budget", "May Day", "   ", "— 5 —", "3rdMay", "Sunday, 1st"})
    void datelineAgreesWithRemovingEveryDateWord(String line) {
        // The definition the early-exit scan must keep: nothing but whitespace left once every date
        // word is removed, and a digit or a month among them.
        java.util.regex.Pattern dateWords = LineFilter.dateWords();
        boolean expected = dateWords.matcher(line).replaceAll(" ").strip().isEmpty()
                && (line.chars().anyMatch(Character::isDigit)
                || dateWords.matcher(line).results().anyMatch(m -> m.group(2) != null));
        assertThat(LineFilter.isDateline(line)).isEqualTo(expected);
    }

    @Test
    void aLineHoldsACueExactlyWhenItContainsIt() {
        LineFilter.Line line = LineFilter.Line.of("Sign up for our newsletter — it’s free (© Example)");
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
        assertThat(filter.classify(line)).isNotEqualTo(Reason.LOGIN_PROMPT);
    }

    @Test
    void aPageIsNamedByItsMostTellingFurniture() {
        assertThat(filter.pageReason(java.util.List.of(Reason.NAVIGATION, Reason.COOKIE_NOTICE, Reason.ERROR_PAGE_TEXT))).isEqualTo(Reason.PAGE_NOT_FOUND);
        assertThat(filter.pageReason(java.util.List.of(Reason.WEB_ARCHIVE_TEXT, Reason.LOGIN_PROMPT)))
                .isEqualTo(Reason.ARCHIVE_NOTICE);
        assertThat(filter.pageReason(java.util.List.of(Reason.HEADING, Reason.LOGIN_PROMPT, Reason.COOKIE_NOTICE)))
                .isEqualTo(Reason.LOGIN_WALL);
        assertThat(filter.pageReason(java.util.List.of(Reason.COOKIE_NOTICE, Reason.NAVIGATION))).isEqualTo(Reason.COOKIE_WALL);
        assertThat(filter.pageReason(java.util.List.of(Reason.PLAYER_OR_WIDGET, Reason.COOKIE_NOTICE))).isEqualTo(Reason.COOKIE_WALL);
        assertThat(filter.pageReason(java.util.List.of(Reason.TITLE, Reason.PLAYER_OR_WIDGET)))
                .isEqualTo(Reason.EMBED_ONLY);
        assertThat(filter.pageReason(java.util.List.of(Reason.NAVIGATION, Reason.SUBSCRIPTION_PROMPT))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our Customer Service Center can be contacted on weekdays from 8 a.m. to 6 p.m. on 0800 555 0199. | PAGE_HEADER_OR_FOOTER",
            "Questions about your delivery? Call our customer care team on 01632 960 123. | PAGE_HEADER_OR_FOOTER",
            "Contact us: newsroom@harbour.example | PAGE_HEADER_OR_FOOTER",
            "Comments are moderated and will not appear until they have been approved by an editor. | COMMENTS",
            "ATENÇÃO: comentários ofensivos não serão publicados pelo moderador. | COMMENTS",
            "Get the Harbour Herald app for the latest local news. | SUBSCRIPTION_PROMPT",
            "Available on the App Store and Google Play | SUBSCRIPTION_PROMPT",
            "By using this site you agree to our terms and the way we handle your data. | COPYRIGHT_NOTICE",
            "Use of this website is subject to our User Agreement. | COPYRIGHT_NOTICE"})
    void siteFooterModerationAppAndTermsLinesGoInScrapedTextAndOnPages(String line, Reason reason) {
        assertThat(filter.classify(line)).isEqualTo(reason);
        assertThat(filter.classify(line, true)).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The bank said its customer service lines had been overwhelmed after the outage on Friday morning, and"
                    + " that it had hired two hundred extra staff to answer calls.",
            "Moderators of the forum said they had removed none of the posts, which they described as fair.",
            "The council's new app lets residents report potholes, and 4,000 people have used it since June."})
    void proseAboutServiceModerationOrAppsStays(String line) {
        assertThat(filter.classify(line, true)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Spring dates", "March 14, 2026", "Imogen Farrow", "10 p.m.",
            "— Ada Marsh (@adamarsh) March 3, 2026", "Photo courtesy of the Harbour Choir",
            "For more on the season, visit the choir's page."})
    void onAPageShapesAreNotFurniture(String line) {
        assertThat(filter.classify(line, true)).isNull();
        assertThat(filter.classify(line)).isNotNull();
    }
}
