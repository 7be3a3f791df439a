package org.newsum.app.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.Newsum;
import org.newsum.app.ExitCodes;
import org.newsum.app.Range;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum bench serve}: a load benchmark (not a test) for a running {@code newsum serve}. Clients send the
 * same cluster to {@code POST /api/briefs} as fast as answers come back, for a fixed time, and the closing note
 * gives requests, errors, lost requests, throughput and latency percentiles.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the load test ran", "1:bad input, or the server could not be reached", ExitCodes.HELP_OPTIONS},
        description = "Load benchmark for a running 'newsum serve': --clients concurrent clients post the cluster in "
                + "PATH to /api/briefs for --seconds after an untimed --warm-up, then one line gives requests, "
                + "errors, lost requests, throughput and p50/p99 latency. With --slow-clients, that many more "
                + "connections send a brief request's body one byte every --slow-interval seconds meanwhile, and "
                + "/health is probed twice a second: a second line says how it fared. Only for a server on this "
                + "machine.")
public final class ServeBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "the cluster: a folder of .txt/.html files, or files")
    List<String> paths;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "the server (default: ${DEFAULT-VALUE})")
    String url;

    @Range(min = 1, max = 10_000)
    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Range(min = 1, max = 86_400)
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "measured duration (default: ${DEFAULT-VALUE})")
    int seconds;

    @Range(min = 0, max = 3600)
    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "5",
            description = "untimed load first, so the server's JIT has compiled the code (default: ${DEFAULT-VALUE})")
    int warmUpSeconds;

    @Range(min = 1, max = 100_000)
    @Option(names = "--words", paramLabel = "N", defaultValue = "120",
            description = "summary budget in words (default: ${DEFAULT-VALUE})")
    int words;

    @Range(min = 0, max = 2_000)
    @Option(names = "--slow-clients", paramLabel = "N", defaultValue = "0",
            description = "connections that send a body one byte at a time during the run (default: ${DEFAULT-VALUE})")
    int slowClients;

    @Range(min = 1, max = 3600)
    @Option(names = "--slow-interval", paramLabel = "S", defaultValue = "10",
            description = "seconds between two bytes of a slow client (default: ${DEFAULT-VALUE})")
    int slowInterval;

    /** One client's results: latencies of successful requests, and failures by kind. */
    private static final class ClientLog {
        final List<Long> latencies = new ArrayList<>();
        final Map<String, Integer> failures = new TreeMap<>();
        long started;
        long finished;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        URI base;
        try {
            base = new URI(url.replaceAll("/+$", ""));
            if (!List.of("http", "https").contains(String.valueOf(base.getScheme()).toLowerCase(java.util.Locale.ROOT))
                    || base.getHost() == null || base.getPort() > 65_535) {
                throw new java.net.URISyntaxException(url, "not an http(s) address with a host");
            }
        } catch (java.net.URISyntaxException e) {
            err.println("newsum: --url must be the server's address, such as http://127.0.0.1:8080, not '" + url + "'");
            return ExitCodes.OPTIONS;
        }
        Source source;
        try (java.util.stream.Stream<SourceEntry> entries = Newsum.read(paths, System.in, IngestLimits.DEFAULT)) {
            SourceEntry first = entries.findFirst().orElseThrow();
            if (first.source() == null) {
                throw new NewsumException(first.error());
            }
            source = first.source();
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        String body = requestBody(source);
        URI endpoint = URI.create(base + "/api/briefs");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> probe;
        try {
            probe = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            String why = e instanceof java.net.ConnectException ? "connection refused"
                    : e instanceof java.net.http.HttpTimeoutException ? "no answer in time"
                    : e.getMessage() != null ? e.getMessage() : "a network error";
            err.println("newsum: cannot reach " + endpoint + " (" + why + "); start 'newsum serve' first");
            return 1;
        }
        if (probe.statusCode() != 200) {
            err.println("newsum: " + endpoint + " answered HTTP " + probe.statusCode() + ": " + probe.body().strip());
            return 1;
        }
        int articleWords = source.articles().stream().mapToInt(a -> Budget.countWords(a.text())).sum();
        out.printf(Locale.ROOT, "newsum bench serve: %d clients, %d s after %d s warm-up, %s (%d articles, %d words "
                        + "as read), %d-word budget, %s%n", clients, seconds, warmUpSeconds, String.join(" ", paths),
                source.articles().size(), articleWords, words, endpoint);
        out.flush();
        if (warmUpSeconds > 0) {
            run(client, request, warmUpSeconds);
        }
        SlowClients slow = slowClients > 0 ? new SlowClients(endpoint, slowClients, slowInterval) : null;
        HealthProbe healthProbe = slow != null ? new HealthProbe(client, URI.create(url.replaceAll("/+$", "") + "/health"))
                : null;
        List<ClientLog> logs;
        try {
            logs = run(client, request, seconds);
        } finally {
            if (slow != null) {
                slow.stop();
                healthProbe.stop();
            }
        }

        long started = logs.stream().mapToLong(l -> l.started).sum();
        long finished = logs.stream().mapToLong(l -> l.finished).sum();
        long[] latencies = logs.stream().flatMap(l -> l.latencies.stream()).mapToLong(Long::longValue).sorted().toArray();
        Map<String, Integer> failures = new TreeMap<>();
        logs.forEach(l -> l.failures.forEach((k, v) -> failures.merge(k, v, Integer::sum)));
        int errors = failures.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "requests %d, ok %d, errors %d, lost %d; throughput %.1f briefs/s; latency p50 %.0f ms,"
                        + " p99 %.0f ms, max %.0f ms%n", started, latencies.length, errors, started - finished,
                latencies.length / (double) seconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e6);
        failures.forEach((kind, n) -> out.printf(Locale.ROOT, "  %d x %s%n", n, kind));
        if (slow != null) {
            long[] health = healthProbe.latencies();
            out.printf(Locale.ROOT, "slow clients %d (a body byte every %d s): %d connections opened, %d ended by the "
                            + "server; /health %d probes, %d failed, p50 %.0f ms, max %.0f ms%n", slowClients,
                    slowInterval, slow.opened(), slow.ended(), health.length + healthProbe.failed(), healthProbe.failed(),
                    percentile(health, 50), health.length == 0 ? 0.0 : health[health.length - 1] / 1e6);
        }
        out.flush();
        return errors == 0 && started == finished ? 0 : 1;
    }

    /** Every client sends requests back to back until the time is up; a request in flight then still counts. */
    private List<ClientLog> run(HttpClient client, HttpRequest request, int durationSeconds) throws InterruptedException {
        long end = System.nanoTime() + durationSeconds * 1_000_000_000L;
        List<ClientLog> logs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ClientLog log = new ClientLog();
            logs.add(log);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    log.started++;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            log.latencies.add(System.nanoTime() - t0);
                        } else {
                            log.failures.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                        }
                    } catch (java.io.IOException e) {
                        log.failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    log.finished++;
                }
            }, "bench-client-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 130_000);
        }
        for (Thread t : threads) {
            t.interrupt(); // bounded: a client still waiting past the request timeout is given up as lost
        }
        return logs;
    }

    /**
     * Connections that each announce a 100 KB brief request and send its body one byte per interval, as a slowloris
     * client does; one the server closes is opened again, so the pressure lasts the whole run.
     */
    private static final class SlowClients {

        private final URI endpoint;
        private final int interval;
        private final java.util.List<java.net.Socket> sockets = new ArrayList<>();
        private final Thread thread;
        private volatile boolean stopped;
        private int opened;
        private int ended;

        SlowClients(URI endpoint, int n, int interval) throws java.io.IOException {
            this.endpoint = endpoint;
            this.interval = interval;
            for (int i = 0; i < n; i++) {
                sockets.add(open());
            }
            thread = new Thread(this::drip, "bench-slow-clients");
            thread.setDaemon(true);
            thread.start();
        }

        private java.net.Socket open() throws java.io.IOException {
            java.net.Socket s = new java.net.Socket(endpoint.getHost(), endpoint.getPort());
            String head = "POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":"
                    + endpoint.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
            s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            opened++;
            return s;
        }

        private void drip() {
            while (!stopped) {
                try {
                    Thread.sleep(interval * 1000L);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (this) {
                    for (int i = 0; i < sockets.size() && !stopped; i++) {
                        try {
                            java.net.Socket s = sockets.get(i);
                            if (s.getInputStream().available() > 0) {
                                throw new java.io.IOException("answered"); // a 408 or 503: the server let it go
                            }
                            s.getOutputStream().write(' ');
                            s.getOutputStream().flush();
                        } catch (java.io.IOException e) {
                            ended++;
                            close(sockets.get(i));
                            try {
                                sockets.set(i, open());
                            } catch (java.io.IOException again) {
                                // the server refuses connections now; try at the next interval
                            }
                        }
                    }
                }
            }
        }

        synchronized int opened() {
            return opened;
        }

        synchronized int ended() {
            return ended;
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.interrupt();
            thread.join();
            sockets.forEach(SlowClients::close);
        }

        private static void close(java.net.Socket s) {
            try {
                s.close();
            } catch (java.io.IOException e) {
                // closing is all that is left
            }
        }
    }

    /** Asks /health twice a second, each with a 10 s limit, and keeps the latencies. */
    private static final class HealthProbe {

        private final List<Long> latencies = new ArrayList<>();
        private int failed;
        private final Thread thread;
        private volatile boolean stopped;

        HealthProbe(HttpClient client, URI health) {
            HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).GET().build();
            thread = new Thread(() -> {
                while (!stopped) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        synchronized (this) {
                            if (r.statusCode() == 200) {
                                latencies.add(System.nanoTime() - t0);
                            } else {
                                failed++;
                            }
                        }
                    } catch (java.io.IOException e) {
                        synchronized (this) {
                            failed++;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-health-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.interrupt();
            thread.join(15_000);
        }

        synchronized long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        synchronized int failed() {
            return failed;
        }
    }

    private String requestBody(Source source) throws com.fasterxml.jackson.core.JsonProcessingException {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Article a : source.articles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(a.format() == Article.Format.HTML ? "html" : "text", a.text());
            m.put("source", a.source());
            articles.add(m);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", source.id());
        request.put("articles", articles);
        request.put("budget", Map.of("words", words));
        return new ObjectMapper().writeValueAsString(request);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
