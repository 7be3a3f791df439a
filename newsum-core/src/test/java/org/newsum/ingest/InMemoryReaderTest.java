package org.newsum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsum.model.AddressPolicy;
import org.newsum.model.ArticleInput;
import org.newsum.model.FetchException;
import org.newsum.model.FetchOptions;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.UnreadArticles;

/** Articles given in memory read into one source: texts checked as files are, every link that fails named. */
class InMemoryReaderTest {

    private static final String PROSE = "The night bus to the coast will stop at the new depot from June, the "
            + "transit office said, once its roof is finished.";

    private final InMemoryReader reader = new InMemoryReader(new UrlFetcher(FetchOptions.DEFAULT
            .withPolicy(AddressPolicy.PUBLIC_ONLY)), 2);

    @AfterEach
    void close() {
        reader.close();
    }

    private static ArticleInput text(String value, String title, String source, int i) {
        return new ArticleInput(ArticleInput.Kind.TEXT, value, title, source, "articles[" + i + "].text");
    }

    private static ArticleInput url(String value, int i) {
        return new ArticleInput(ArticleInput.Kind.URL, value, null, null, "articles[" + i + "].url");
    }

    private static long inSeconds(int s) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(s);
    }

    @Test
    void textsBecomeArticlesNumberedInOrderAndCleanedOfControlCharacters() throws Exception {
        Source source = reader.read("buses\u001b", List.of(text(PROSE + "\u0000", "Night\u0007 bus", null, 0),
                new ArticleInput(ArticleInput.Kind.HTML, "<p>" + PROSE + "</p>", null, "wire", "articles[1].html")),
                inSeconds(5)).get();

        assertThat(source.id()).isEqualTo("buses");
        assertThat(source.articles()).extracting(a -> a.id() + " " + a.source() + " " + a.format())
                .containsExactly("1 article 1 TEXT", "2 wire HTML");
        assertThat(source.articles().get(0).text()).isEqualTo(PROSE);
        assertThat(source.articles().get(0).title()).isEqualTo("Night bus");
        assertThat(source.notices()).extracting(Notice::kind).containsExactly(Notice.Kind.CONTROLS_REMOVED);
        assertThat(source.notices()).extracting(Notice::message).containsExactly(
                "articles[0].text: removed 1 control character(s), such as NUL, that are not part of a text");
    }

    @Test
    void oneArticleIsNotTheReadersToSay() throws Exception {
        // The clean stage says that one article is summarized (Notice.Kind.ONE_ARTICLE), once, whatever the reader.
        Source source = reader.read("one", List.of(text(PROSE, null, null, 0)), inSeconds(5)).get();

        assertThat(source.notices()).isEmpty();
    }

    @Test
    void aBinaryTextFailsAtOnceNamingItsField() {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            noise.append((char) (i * 7 % 32));
        }
        CompletableFuture<Source> read = reader.read("x", List.of(text(PROSE, null, null, 0),
                text(noise.toString(), null, null, 1)), inSeconds(5));

        assertThat(read).isCompletedExceptionally();
        UnreadArticles unread = unread(read);
        assertThat(unread.failures()).extracting(UnreadArticles.Failure::index).containsExactly(1);
        assertThat(unread.getMessage()).startsWith("articles[1].text: binary data (");
    }

    @Test
    void everyLinkThatCannotBeReadIsNamedInOrder() {
        // Refused by the address policy and by the deadline, neither of which needs a network.
        UnreadArticles unread = unread(reader.read("links", List.of(text(PROSE, null, null, 0),
                url("http://127.0.0.1:9/a", 1), url("http://127.0.0.1:9/b", 2)), inSeconds(5)));

        assertThat(unread.failures()).extracting(UnreadArticles.Failure::index).containsExactly(1, 2);
        assertThat(unread.failures()).allSatisfy(f -> assertThat(((FetchException) f.problem()).kind())
                .isEqualTo(FetchException.Kind.REFUSED));
        assertThat(unread.failures().get(1).problem().getMessage()).startsWith("http://127.0.0.1:9/b: ");

        UnreadArticles late = unread(reader.read("late", List.of(url("http://127.0.0.1:9/c", 0)),
                System.nanoTime() - 1));
        assertThat(((FetchException) late.failures().get(0).problem()).kind()).isEqualTo(FetchException.Kind.TIMEOUT);
    }

    private static UnreadArticles unread(CompletableFuture<Source> read) {
        try {
            read.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(UnreadArticles.class);
            return (UnreadArticles) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read, but should have failed");
    }
}
