package org.newsum.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.model.Article;
import org.newsum.model.FetchException;
import org.newsum.model.AddressPolicy;
import org.newsum.model.FetchOptions;

/** Fetching against two local HTTP servers of the test's own; both are on loopback, so private URLs are allowed
 * explicitly where a fetch should succeed. */
class UrlFetcherTest {

    private static final String PAGE = "<!doctype html><html><head><title>Tide mill reopens</title></head><body>"
            + "<article><p>The restored tide mill at Orrin Creek ground its first flour in sixty years on Saturday.</p>"
            + "</article></body></html>";

    private HttpServer site;
    private HttpServer intranet;
    private ExecutorService threads;
    private final AtomicInteger intranetHits = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private static final int TOGETHER = 8;
    private final CountDownLatch together = new CountDownLatch(TOGETHER);

    @BeforeEach
    void start() throws IOException {
        threads = Executors.newCachedThreadPool();
        intranet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        intranet.createContext("/", ex -> {
            intranetHits.incrementAndGet();
            respond(ex, 200, "text/html", "<p>internal admin page</p>");
        });
        intranet.setExecutor(threads);
        intranet.start();

        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/story", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE));
        site.createContext("/plain", ex -> respond(ex, 200, "text/plain", "Ferries resumed at dawn."));
        site.createContext("/moved", ex -> redirect(ex, "/story"));
        site.createContext("/to-intranet", ex -> redirect(ex, "http://127.0.0.1:" + port(intranet) + "/admin"));
        site.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        site.createContext("/loop", ex -> redirect(ex, "/loop"));
        site.createContext("/big", ex -> respond(ex, 200, "text/html", "<p>" + "word ".repeat(5_000) + "</p>"));
        site.createContext("/image", ex -> respond(ex, 200, "image/png", "\u0089PNG"));
        site.createContext("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // length 0: the JDK server sends the body chunked
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(("<p>Part " + i + " of the tide mill story.</p>").getBytes(UTF_8));
                    out.flush();
                }
            }
        });
        site.createContext("/gone", ex -> respond(ex, 404, "text/html", "<p>not here</p>"));
        site.createContext("/stall", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", PAGE);
        });
        site.createContext("/gzip", ex -> compressed(ex, "gzip", PAGE));
        // About 2 KB on the wire, 2 MB once decoded.
        site.createContext("/gzip-bomb", ex -> compressed(ex, "gzip", "<p>" + " ".repeat(2_000_000) + "</p>"));
        site.createContext("/brotli", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            respond(ex, 200, "text/html", PAGE);
        });
        site.createContext("/trickle", ex -> {
            // A byte every 20 ms: no single read waits long, only the whole fetch does.
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<p>".getBytes(UTF_8));
                while (!release.await(20, TimeUnit.MILLISECONDS) && System.nanoTime() < end) {
                    out.write('a');
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.createContext("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            byte[] block = ("<p>" + "word ".repeat(3_000) + "</p>").getBytes(UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                while (release.getCount() > 0 && System.nanoTime() < end) {
                    out.write(block);
                }
            }
        });
        site.createContext("/together", ex -> {
            // Answers only once every fetch of the test is waiting here at the same time.
            together.countDown();
            try {
                respond(ex, together.await(10, TimeUnit.SECONDS) ? 200 : 503, "text/html", PAGE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.setExecutor(threads);
        site.start();
    }

    private static void compressed(HttpExchange ex, String encoding, String body) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(body.getBytes(UTF_8));
        }
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Content-Encoding", encoding);
        ex.sendResponseHeaders(200, packed.size());
        try (OutputStream out = ex.getResponseBody()) {
            packed.writeTo(out);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        site.stop(0);
        intranet.stop(0);
        threads.shutdownNow();
    }

    private static int port(HttpServer server) {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port(site) + path;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static UrlFetcher fetcher(AddressPolicy policy) {
        return new UrlFetcher(FetchOptions.DEFAULT.withPolicy(policy));
    }

    /** The guard on, with exactly the test site's own address and port allowed as the first hop. */
    private UrlFetcher guardedExceptSite() {
        return fetcher(AddressPolicy.PUBLIC_ONLY.alsoAllowing(Set.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port(site)))));
    }

    @Test
    void fetchesAnHtmlPageAsAnHtmlArticle() throws Exception {
        UrlFetcher.Fetched fetched = fetcher(AddressPolicy.ANY).fetch("1", url("/story"));

        Article article = fetched.article();
        assertThat(article.id()).isEqualTo("1");
        assertThat(article.format()).isEqualTo(Article.Format.HTML);
        assertThat(article.source()).isEqualTo(url("/story"));
        assertThat(article.url()).isEqualTo(url("/story"));
        assertThat(article.text()).contains("tide mill at Orrin Creek");
    }

    @Test
    void fetchesPlainTextAsText() throws Exception {
        Article article = fetcher(AddressPolicy.ANY).fetch("2", url("/plain")).article();

        assertThat(article.format()).isEqualTo(Article.Format.TEXT);
        assertThat(article.text()).isEqualTo("Ferries resumed at dawn.");
    }

    @Test
    void followsARedirectAndKeepsTheUrlAsGivenAsTheSource() throws Exception {
        Article article = fetcher(AddressPolicy.ANY).fetch("1", url("/moved")).article();

        assertThat(article.source()).isEqualTo(url("/moved"));
        assertThat(article.url()).isEqualTo(url("/story"));
        assertThat(article.text()).contains("tide mill");
    }

    @Test
    void refusesALoopbackUrlWithTheGuardOn() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.PUBLIC_ONLY).fetch("1", url("/story")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("private address");
    }

    @Test
    void refusesARedirectFromAnAllowedHostToAPrivateAddressBeforeConnecting() {
        assertThatThrownBy(() -> guardedExceptSite().fetch("1", url("/to-intranet")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("redirected to http://127.0.0.1:" + port(intranet));
        assertThat(intranetHits).hasValue(0);
    }

    @Test
    void theAllowedFirstHopItselfIsFetched() throws Exception {
        assertThat(guardedExceptSite().fetch("1", url("/story")).article().text()).contains("tide mill");
    }

    @Test
    void withPrivateUrlsAllowedTheSameRedirectIsFollowed() throws Exception {
        assertThat(fetcher(AddressPolicy.ANY).fetch("1", url("/to-intranet")).article().text())
                .contains("internal admin page");
        assertThat(intranetHits).hasValue(1);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String bad : new String[] {"file:///etc/passwd", "ftp://example.org/a.txt", "gopher://x/", "notaurl"}) {
            assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
        }
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/to-file")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("only http and https");
    }

    @Test
    void aPortOutOfRangeOrCredentialsInTheUrlAreRefusedInWords() {
        for (String bad : new String[] {"http://127.0.0.1:99999/story", "http://127.0.0.1:0/story"}) {
            assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                    .hasMessageStartingWith(bad + ": not a valid URL (port ");
        }
        String withPassword = url("/story").replace("http://", "http://reader:secret@");
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", withPassword))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("user name or password");
    }

    @Test
    void redirectsAreBounded() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/loop")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                .hasMessageContaining("more than 5 redirects");
    }

    @Test
    void aPageOverTheSizeCapIsRefused() {
        UrlFetcher small = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY).withMaxBytes(1_000));

        assertThatThrownBy(() -> small.fetch("1", url("/big")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() {
        UrlFetcher impatient = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY)
                .withTimeout(Duration.ofMillis(200)));

        assertThatThrownBy(() -> impatient.fetch("1", url("/stall")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
    }

    @Test
    void aGzipPageIsDecoded() throws Exception {
        assertThat(fetcher(AddressPolicy.ANY).fetch("1", url("/gzip")).article().text()).contains("tide mill");
    }

    /** A page over the cap ends the exchange there: the rest is not read, however long the server would go on. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessPageIsCutOffAtTheCap() {
        UrlFetcher small = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY)
                .withMaxBytes(100_000).withTimeout(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> small.fetch("1", url("/endless")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    /** The cap is on the page as decoded, so a small compressed body cannot unpack into a large one. */
    @Test
    void aCompressedPageOverTheCapOnceDecodedIsRefused() {
        UrlFetcher small = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY)
                .withMaxBytes(100_000));

        assertThatThrownBy(() -> small.fetch("1", url("/gzip-bomb")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE))
                .hasMessage(url("/gzip-bomb") + ": the page is larger than the limit of "
                        + SourceReader.megabytes(100_000));
    }

    @Test
    void aPageInAnEncodingThatIsNotReadSaysSo() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/brotli")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NOT_AN_ARTICLE))
                .hasMessageContaining("compressed");
    }

    /** Each read gets a byte in time; only the deadline on the whole fetch can end it. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBodyThatTricklesPastTheDeadlineIsATimeout() {
        UrlFetcher impatient = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY)
                .withTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> impatient.fetch("1", url("/trickle")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT))
                .hasMessage(url("/trickle") + ": no complete answer within 0.3 s");
    }

    /** One fetcher serves a whole request's links at once: no pool limit holds a fetch back. */
    @Test
    void oneFetcherFetchesManyPagesOfOneHostAtOnce() throws Exception {
        UrlFetcher shared = fetcher(AddressPolicy.ANY);
        ExecutorService callers = Executors.newFixedThreadPool(TOGETHER);
        try {
            List<Future<UrlFetcher.Fetched>> fetches = new java.util.ArrayList<>();
            for (int i = 0; i < TOGETHER; i++) {
                String id = String.valueOf(i + 1);
                fetches.add(callers.submit(() -> shared.fetch(id, url("/together"))));
            }
            for (Future<UrlFetcher.Fetched> fetch : fetches) {
                assertThat(fetch.get(20, TimeUnit.SECONDS).article().text()).contains("tide mill");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aServerThatDoesNotSpeakHttpSaysSo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            threads.submit(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    in.read(new byte[4096]);
                    s.getOutputStream().write("not a status line\r\n".repeat(20).getBytes(UTF_8));
                }
                return null;
            });
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";

            assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url))
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                    .hasMessageStartingWith(url + ": cannot fetch (the server's answer is not valid HTTP/1.1");
        }
    }

    @Test
    void errorsAndNonArticlesSayWhat() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/gone")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                .hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/image")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NOT_AN_ARTICLE))
                .hasMessageContaining("image/png");
    }

    @Test
    void aChunkedPageIsReadWhole() throws Exception {
        assertThat(fetcher(AddressPolicy.ANY).fetch("1", url("/chunked")).article().text())
                .contains("Part 0 of", "Part 1 of", "Part 2 of the tide mill story.");
    }

    @Test
    void aClosedPortSaysConnectionRefusedInOneLine() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/story";

        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                .hasMessage(url + ": cannot fetch (connection refused by 127.0.0.1:" + closed + ")");
    }

    @Test
    void theCallersDeadlineEndsAFetchBeforeTheFetchersOwnLimit() {
        // The fetcher would wait 15 s; the caller's deadline is a quarter of a second away.
        assertThatThrownBy(() -> fetcher(AddressPolicy.ANY).fetch("1", url("/stall"),
                System.nanoTime() + 250_000_000L))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
    }

    @Test
    void aRefusalDoesNotTellWhatTheNameResolvesTo() {
        UrlFetcher fetcher = new UrlFetcher(FetchOptions.DEFAULT, host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {10, 20, 30, 40})});

        assertThatThrownBy(() -> fetcher.fetch("1", "http://wiki.corp.test/start"))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("wiki.corp.test resolves to a private address")
                .hasMessageNotContaining("10.20.30.40");
    }

    /**
     * A rebinding name answers the check with the allowed address and every later lookup with a refused one: the
     * connection must go to the address that was checked, so the refused server never sees a request.
     */
    @Test
    void aRebindingNameIsConnectedToTheAddressThatWasChecked() throws Exception {
        InetAddress allowed = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        InetAddress refused = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
        HttpServer other = HttpServer.create(new InetSocketAddress(refused, port(site)), 0);
        AtomicInteger otherHits = new AtomicInteger();
        other.createContext("/", ex -> {
            otherHits.incrementAndGet();
            respond(ex, 200, "text/html", "<p>internal admin page</p>");
        });
        other.setExecutor(threads);
        other.start();
        try {
            AddressPolicy onlySite = AddressPolicy.PUBLIC_ONLY.alsoAllowing(Set.of(
                    new InetSocketAddress(allowed, port(site))));
            for (int i = 0; i < 50; i++) {
                List<InetAddress> answers = new CopyOnWriteArrayList<>();
                UrlFetcher fetcher = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(onlySite), host -> {
                    InetAddress answer = answers.isEmpty() ? allowed : refused;
                    answers.add(answer);
                    return new InetAddress[] {answer};
                });

                String text = fetcher.fetch("1", "http://rebind.test:" + port(site) + "/story").article().text();

                assertThat(text).contains("tide mill");
                assertThat(answers).containsExactly(allowed);
            }
            assertThat(otherHits).hasValue(0);
        } finally {
            other.stop(0);
        }
    }

    /** TLS over the pinned connection still checks that the certificate is for the host named in the URL. */
    @Test
    void httpsChecksTheCertificateAgainstTheHostAsNamed(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("site.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-dname", "CN=news.test", "-ext", "SAN=dns:news.test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "fixture",
                "-keypass", "fixture").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            keys.load(in, "fixture".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "fixture".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        HttpsServer secure = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secure.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        secure.createContext("/story", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE));
        secure.setExecutor(threads);
        secure.start();
        try {
            int port = secure.getAddress().getPort();
            UrlFetcher fetcher = new UrlFetcher(FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY),
                    host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, clientTls);

            assertThat(fetcher.fetch("1", "https://news.test:" + port + "/story").article().text())
                    .contains("tide mill");
            assertThatThrownBy(() -> fetcher.fetch("1", "https://other.test:" + port + "/story"))
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                    .hasMessage("https://other.test:" + port + "/story: cannot fetch (the server's TLS certificate is "
                            + "not for other.test)");
        } finally {
            secure.stop(0);
        }
    }

    @Test
    void privateAddressesAreRecognizedInEveryForm() throws Exception {
        for (String literal : new String[] {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1",
                "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "2002:c0a8:0101::1", "64:ff9b::a9fe:a9fe"}) {
            assertThat(AddressPolicy.isPrivate(InetAddress.getByName(literal))).as(literal).isTrue();
        }
        for (String literal : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1",
                "2606:4700::1111", "::ffff:8.8.8.8"}) {
            assertThat(AddressPolicy.isPrivate(InetAddress.getByName(literal))).as(literal).isFalse();
        }
    }
}
