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
}
