package org.newsum.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.NewsumException;

/**
 * Fetches one web page for ingest over HTTP or HTTPS only, following at most {@value #MAX_REDIRECTS}
 * redirects, within a connect and a total timeout, and refusing bodies over the ingest size limit.
 */
public final class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** A fetched page: the URL it was finally read from (after redirects), its bytes and its Content-Type. */
    public record Fetched(String url, byte[] body, String contentType) {

        /** The charset the server declared, or {@code null}. */
        public String charset() {
            if (contentType == null) {
                return null;
            }
            Matcher m = CHARSET.matcher(contentType);
            return m.find() ? m.group(1) : null;
        }

        /** Whether the server said the body is HTML. */
        public boolean html() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        }
    }

    private final IngestLimits limits;
    private final Duration total;
    private final HttpClient client;

    /** A fetcher with a 10 s connect timeout and a 30 s limit for the whole fetch. */
    public PageFetcher(IngestLimits limits) {
        this(limits, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    PageFetcher(IngestLimits limits, Duration connect, Duration total) {
        this.limits = limits;
        this.total = total;
        // Redirects are followed by hand, so each hop's scheme is checked and the hops are counted.
        this.client = HttpClient.newBuilder().connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether an input names a web page rather than a file. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches {@code url}; every failure is a {@link NewsumException} naming it. */
    public Fetched fetch(String url) throws NewsumException {
        long deadline = System.nanoTime() + total.toNanos();
        URI uri = parse(url, url);
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(url, uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new NewsumException(url + ": HTTP " + status + " redirect without a Location"));
                if (hop == MAX_REDIRECTS) {
                    throw new NewsumException(url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                uri = parse(url, uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new NewsumException(url + ": HTTP " + status);
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > limits.maxFileBytes()) {
                close(response.body());
                throw tooLarge(url);
            }
            byte[] body = read(url, response.body(), deadline);
            return new Fetched(uri.toString(), body, response.headers().firstValue("Content-Type").orElse(null));
        }
    }

    private HttpResponse<InputStream> send(String url, URI uri, long deadline) throws NewsumException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining(url, deadline))
                .header("User-Agent", "newsum")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timedOut(url, e);
        } catch (IOException e) {
            throw new NewsumException(url + ": cannot fetch (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsumException(url + ": interrupted", e);
        }
    }

    /** Reads the body up to the size limit; a body still arriving at the deadline is abandoned. */
    private byte[] read(String url, InputStream in, long deadline) throws NewsumException {
        long cap = limits.maxFileBytes();
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            byte[] body = reading.get(remaining(url, deadline).toNanos(), TimeUnit.NANOSECONDS);
            if (body.length > cap) {
                throw tooLarge(url);
            }
            return body;
        } catch (TimeoutException e) {
            close(in); // unblocks the reader
            reading.cancel(true);
            throw timedOut(url, e);
        } catch (ExecutionException e) {
            throw new NewsumException(url + ": cannot fetch (" + describe(e.getCause()) + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsumException(url + ": interrupted", e);
        }
    }

    private Duration remaining(String url, long deadline) throws NewsumException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(url, null);
        }
        return Duration.ofNanos(left);
    }

    private NewsumException timedOut(String url, Exception cause) {
        return new NewsumException(url + ": timed out after " + total.toSeconds() + " s", cause);
    }

    private NewsumException tooLarge(String url) {
        return new NewsumException(url + ": more than the limit of " + SourceReader.megabytes(limits.maxFileBytes()));
    }

    private static URI parse(String input, String url) throws NewsumException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new NewsumException(input + ": not a valid URL (" + e.getReason() + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new NewsumException(input + ": only http and https URLs can be fetched"
                    + (input.equals(url) ? "" : " (redirected to " + url + ")"));
        }
        if (uri.getHost() == null) {
            throw new NewsumException(input + ": not a valid URL (no host)");
        }
        return uri;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to read from it either way
        }
    }
}
