package org.newsum.app.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


/**
 * Clients that send slowly or too much: they cost a connection, not a server thread, they are cut off at the read
 * time limit (408 for a body), and a full service refuses them before reading or parsing their body. The guards on
 * waits are only there so that a broken server fails the test instead of hanging it.
 */
class SlowClientsTest {

    private static final Map<String, Object> ONE_ARTICLE = Map.of("articles", List.of(Map.of("text",
            ServeFixtures.article(ServeFixtures.FILES.get(0)))));

    private BriefServer server;
    private final List<Socket> sockets = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Socket open() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        s.setSoTimeout(20_000);
        sockets.add(s);
        return s;
    }

    /** Headers of a brief request promising {@code length} body bytes, and the first {@code sent} of them. */
    private String slowPost(int length, int sent) {
        return "POST /api/briefs HTTP/1.1\r\nHost: " + host(server) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n" + "{".repeat(sent);
    }

    private static String readAll(Socket s) throws IOException {
        return new String(s.getInputStream().readAllBytes(), ISO_8859_1);
    }

    @Test
    void threeHundredSlowBodiesLeaveTheServiceAnswering() throws Exception {
        server = BriefServer.start(BriefServer.Options.loopback(0));
        // More slow clients than Jetty has threads (250); each has sent one byte of its body.
        for (int i = 0; i < 300; i++) {
            Socket s = open();
            s.getOutputStream().write(slowPost(1_000, 1).getBytes(ISO_8859_1));
            s.getOutputStream().flush();
        }

        HttpResponse<String> health = ServeFixtures.client().send(HttpRequest.newBuilder(
                URI.create(server.url() + "health")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> brief = ServeFixtures.post(server, "/api/briefs", ONE_ARTICLE);
        assertThat(brief.statusCode()).as(brief.body()).isEqualTo(200);
    }

    @Test
    void aBodyThatStallsIsCutOffWith408() throws Exception {
        server = BriefServer.start(BriefServer.Options.loopback(0).withLimits(ServiceLimits.DEFAULT
                .withReadTimeout(Duration.ofMillis(300))));
        Socket s = open();
        s.getOutputStream().write(slowPost(1_000, 10).getBytes(ISO_8859_1));
        s.getOutputStream().flush();

        ServeFixtures.RawResponse r = ServeFixtures.parse(readAll(s));

        assertThat(r.status()).isEqualTo(408);
        assertThat(r.header("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("did not arrive", "time limit")
                .doesNotContain("Exception");
    }

    @Test
    void headersThatNeverEndAreCutOff() throws Exception {
        server = BriefServer.start(BriefServer.Options.loopback(0).withLimits(ServiceLimits.DEFAULT
                .withReadTimeout(Duration.ofMillis(300))));
        Socket s = open();
        s.setSoTimeout(10_000); // far below Jetty's 30 s idle timeout: only the header limit can close it first
        s.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: " + host(server) + "\r\nX-Slow: a")
                .getBytes(ISO_8859_1));
        s.getOutputStream().flush();

        InputStream in = s.getInputStream();
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aFullServiceRefusesBeforeReadingOrParsingTheBody() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ServiceLimits limits = new ServiceLimits(1 << 20, 50, 20_000, 1, 0, Duration.ofSeconds(60));
        BriefServer.Options options = BriefServer.Options.loopback(0).withLimits(limits);
        server = BriefServer.start(options, new BriefService(limits, options.fetch(),
                ServeFixtures.waitingSummarizer(started, release)));
        CompletableFuture<HttpResponse<String>> first = ServeFixtures.client().sendAsync(
                ServeFixtures.postRequest(server, "/api/briefs", JSON.writeValueAsString(ONE_ARTICLE)),
                HttpResponse.BodyHandlers.ofString());
        started.await();

        // Headers only: the body is promised and never sent, yet the answer comes.
        Socket promised = open();
        promised.getOutputStream().write(slowPost(100_000, 0).getBytes(ISO_8859_1));
        promised.getOutputStream().flush();
        ServeFixtures.RawResponse r = ServeFixtures.parse(readAll(promised));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("retry-after")).isEqualTo("2");
        // Malformed JSON is a 503 too, not a 400: it was never parsed.
        assertThat(ServeFixtures.post(server, "/api/briefs", "{\"articles\": [").statusCode()).isEqualTo(503);

        release.countDown();
        assertThat(first.get().statusCode()).isEqualTo(200);
    }
}
