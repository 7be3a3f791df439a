package org.newsum.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.IngestLimits;
import org.newsum.model.FetchOptions;

/** URLs given to the command line: read with {@link UrlFetcher}'s command-line options, any address allowed. */
class SourceReaderUrlTest {

    static final String PAGE = "<html><head><title>Ferry returns</title></head><body><article>"
            + "<p>The night ferry returned to the islands on Sunday after three weeks in dry dock, and the harbour"
            + " master said the new ramp had passed every test.</p>"
            + "<p>Passengers called the \u201crepairs\u201d overdue \u2013 some had waited since spring.</p></article></body></html>";

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cp1252", ex -> respond(ex, 200, "text/html; charset=windows-1252",
                PAGE.getBytes(Charset.forName("windows-1252"))));
        server.createContext("/utf8", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE.getBytes("UTF-8")));
        server.createContext("/hop", ex -> redirect(ex, "/utf8"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-ftp", ex -> redirect(ex, "ftp://files.invalid/page.html"));
        server.createContext("/missing", ex -> respond(ex, 404, "text/html", "<p>gone</p>".getBytes("UTF-8")));
        server.createContext("/big", ex -> respond(ex, 200, "text/html", new byte[4096]));
        server.start();
        base = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
        }
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private final UrlFetcher fetcher = new UrlFetcher(FetchOptions.commandLine(IngestLimits.DEFAULT));

    @Test
    void aWindows1252PageReadsByItsDeclaredCharset() throws NewsumException {
        UrlFetcher.Fetched page = fetcher.fetch("1", base + "/cp1252");

        assertThat(page.article().format()).isEqualTo(Article.Format.HTML);
        assertThat(page.article().text()).isEqualTo(PAGE);
        assertThat(page.notices()).isEmpty();
    }

    @Test
    void theCommandLineMayReadItsOwnMachine() throws NewsumException {
        assertThat(fetcher.fetch("1", base + "/hop").article().url()).isEqualTo(base + "/utf8");
    }

    @Test
    void anUnreachableServerIsOneClearError() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/x";

        assertThatThrownBy(() -> fetcher.fetch("1", url)).isInstanceOf(NewsumException.class)
                .hasMessageStartingWith(url + ": ");
    }

    @Test
    void sourceReaderReadsUrlsAsHtmlArticles() throws NewsumException {
        Source source = new SourceReader(IngestLimits.DEFAULT).read(List.of(base + "/cp1252"), InputStream.nullInputStream())
                .get(0);

        assertThat(source.articles()).singleElement().satisfies(a -> {
            assertThat(a.format()).isEqualTo(Article.Format.HTML);
            assertThat(a.source()).isEqualTo(base + "/cp1252");
            assertThat(a.url()).isEqualTo(base + "/cp1252");
            assertThat(a.text()).contains("\u201crepairs\u201d overdue \u2013");
        });
        assertThat(source.notices()).isEmpty(); // the page declared its charset; one article is cleaning's to note
    }
}
