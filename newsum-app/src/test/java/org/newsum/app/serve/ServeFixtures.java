package org.newsum.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The test cluster (an invented cable-car rescue, four articles with page furniture) and an HTTP client. */
final class ServeFixtures {

    static final List<String> FILES = List.of("01_alpine-courier.txt", "02_valley-wire.txt", "03_mountain-post.txt",
            "04_daily-tribune.txt");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServeFixtures() {
    }

    /** One article of the cluster as text. */
    static String article(String file) {
        try (InputStream in = ServeFixtures.class.getResourceAsStream("cable-car/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster written as files into {@code dir}, as {@code newsum summarize} reads it. */
    static Path writeCluster(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : FILES) {
            Files.writeString(dir.resolve(file), article(file));
        }
        return dir;
    }

    /** A request for the whole cluster, each article named by its file name. */
    static Map<String, Object> clusterRequest(String id, Map<String, Object> budget) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (String file : FILES) {
            articles.add(Map.of("text", article(file), "source", file));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("articles", articles);
        request.put("budget", budget);
        return request;
    }

    static HttpResponse<String> get(BriefServer server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(BriefServer server, String path, String body)
            throws IOException, InterruptedException {
        return CLIENT.send(postRequest(server, path, body), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(BriefServer server, String path, Object body)
            throws IOException, InterruptedException {
        return post(server, path, JSON.writeValueAsString(body));
    }

    static HttpRequest postRequest(BriefServer server, String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpClient client() {
        return CLIENT;
    }

    /** A summarizer that signals when it starts and then waits for {@code release} before summarizing. */
    static java.util.function.BiFunction<org.newsum.model.Source, org.newsum.Newsum.Options, org.newsum.model.Brief>
            waitingSummarizer(java.util.concurrent.CountDownLatch started, java.util.concurrent.CountDownLatch release) {
        return (source, options) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new org.newsum.Newsum().summarize(source, options);
        };
    }

    /** An answer read off a raw connection: for requests no well-behaved client would send. */
    record RawResponse(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Sends {@code request} as it is on a new connection and reads the answer until the server closes it. */
    static RawResponse raw(BriefServer server, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static RawResponse parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                end < 0 ? "" : text.substring(end + 4));
    }

    /** The Host header this server answers to. */
    static String host(BriefServer server) {
        return "127.0.0.1:" + server.port();
    }
}
