package org.newsum.app.serve;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.newsum.app.ExitCodes;
import org.newsum.app.Range;
import org.newsum.model.AddressPolicy;
import org.newsum.model.FetchOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum serve}: the JSON API and the web page on one port until the process is stopped. Binds to
 * loopback unless told otherwise, and fetches only public URLs unless told otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:stopped (Ctrl+C)", "1:the server could not start (e.g. the port is taken)", ExitCodes.HELP_OPTIONS},
        description = "Serves the web page (GET /) and the JSON API (POST /api/briefs, GET /api/methods, "
                + "GET /health, GET /api/openapi.json) until stopped with Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Range(min = 0, max = 65_535)
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "interface)")
    String host;

    @Option(names = "--allow-private-urls", description = "also fetch URLs on loopback, link-local and private "
            + "addresses (for an intranet; off by default so users cannot reach this machine's network)")
    boolean allowPrivateUrls;

    @Range(min = 1, max = 1_048_576)
    @Option(names = "--max-request-kb", paramLabel = "KB", defaultValue = "2048",
            description = "largest request body (default: ${DEFAULT-VALUE})")
    int maxRequestKb;

    @Range(min = 1, max = 100_000)
    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "50",
            description = "most articles in one request (default: ${DEFAULT-VALUE})")
    int maxArticles;

    @Range(min = 1, max = 10_000_000)
    @Option(names = "--max-article-words", paramLabel = "N", defaultValue = "20000",
            description = "most words in one article (default: ${DEFAULT-VALUE})")
    int maxArticleWords;

    @Range(min = 1, max = 256)
    @Option(names = "--concurrent", paramLabel = "N", description = "summaries computed at once (default: one per "
            + "core)")
    int concurrent = Runtime.getRuntime().availableProcessors();

    @Range(min = 0, max = 100_000)
    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "requests that may be in the service besides those being summarized (fetching links or "
                    + "waiting for a summarizer); more get 503 with Retry-After before their body is read "
                    + "(default: ${DEFAULT-VALUE})")
    int queue;

    @Range(min = 1, max = 3600)
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest time for one request, fetching included (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Range(min = 1, max = 600)
    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "longest time for a request's headers, and then its body, to arrive; a slower body gets 408 "
                    + "(default: ${DEFAULT-VALUE})")
    int readTimeoutSeconds;

    @Range(min = 1, max = 1024)
    @Option(names = "--max-fetches", paramLabel = "N", defaultValue = "16",
            description = "links fetched at the same time, across all requests (default: ${DEFAULT-VALUE})")
    int maxFetches;

    @Option(names = "--server-name", paramLabel = "NAME",
            description = "a host name clients reach this server by, besides its address and localhost (e.g. behind a "
                    + "proxy); requests naming any other host are refused. Repeatable")
    java.util.List<String> serverNames = new java.util.ArrayList<>();

    @Range(min = 1, max = 600)
    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "longest time to fetch one URL, redirects included (default: ${DEFAULT-VALUE})")
    int fetchTimeoutSeconds;

    @Range(min = 1, max = 1024)
    @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "5",
            description = "largest page fetched from a URL (default: ${DEFAULT-VALUE})")
    int maxPageMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BriefServer.Options options;
        try {
            ServiceLimits limits = new ServiceLimits(maxRequestKb * 1024L, maxArticles, maxArticleWords, concurrent,
                    queue, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(readTimeoutSeconds), maxFetches);
            FetchOptions fetch = FetchOptions.DEFAULT
                    .withTimeout(Duration.ofSeconds(fetchTimeoutSeconds))
                    .withMaxBytes(maxPageMb * 1024L * 1024L)
                    .withPolicy(allowPrivateUrls ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY);
            options = new BriefServer.Options(host, port, limits, fetch, java.util.Set.copyOf(serverNames));
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return 2;
        }
        BriefServer server;
        try {
            server = BriefServer.start(options);
        } catch (RuntimeException e) {
            err.println("newsum: cannot serve on " + host + ":" + port + " (" + rootMessage(e) + ")");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsum-serve-stop"));
        out.println("newsum: serving " + server.url() + " (API at " + server.url() + "api/briefs; Ctrl+C stops)");
        if (allowPrivateUrls) {
            out.println("newsum: note: URLs on private and loopback addresses will be fetched");
        }
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof java.nio.channels.UnresolvedAddressException) {
            return "no such host";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
