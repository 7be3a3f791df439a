package org.newsum.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.newsum.model.Article;

/**
 * Fetches one article from an http or https URL, guarded for use by a shared service: every host (the first
 * and each redirect's) is resolved and checked against an {@link AddressPolicy} before connecting, redirects
 * are followed by hand and bounded, the whole fetch has a time limit and the page a size cap. Thread-safe.
 *
 * <p>The check and the connection resolve the host separately; the JVM's address cache (30 s by default)
 * makes them see the same answer, which is what keeps a DNS-rebinding host from switching in between.
 */
public final class UrlFetcher {

    /**
     * How to fetch.
     *
     * @param connectTimeout the longest wait for one TCP (and TLS) connection
     * @param timeout        the longest a whole fetch may take, redirects and body included
     * @param maxBytes       the largest page body accepted
     * @param maxRedirects   the most redirects followed
     * @param policy         which resolved addresses may be connected to
     */
    public record Options(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                          AddressPolicy policy) {

        /** Public addresses only, 5 s to connect, 15 s in all, 5 MB, 5 redirects. */
        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), Duration.ofSeconds(15),
                5L * 1024 * 1024, 5, AddressPolicy.PUBLIC_ONLY);

        public Options {
            if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()
                    || maxBytes < 1 || maxRedirects < 0) {
                throw new IllegalArgumentException("fetch timeouts and size cap must be positive");
            }
        }

        /**
         * For the command line: a person fetching pages from their own machine may read their intranet, so
         * every address is allowed; 10 s to connect, 30 s in all, and the input file size cap.
         */
        public static Options commandLine(IngestLimits limits) {
            return new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), limits.maxFileBytes(), 5,
                    AddressPolicy.ANY);
        }

        public Options withPolicy(AddressPolicy p) {
            return new Options(connectTimeout, timeout, maxBytes, maxRedirects, p);
        }

        public Options withTimeout(Duration t) {
            return new Options(connectTimeout, t, maxBytes, maxRedirects, policy);
        }

        public Options withMaxBytes(long bytes) {
            return new Options(connectTimeout, timeout, bytes, maxRedirects, policy);
        }
    }

    /**
     * A fetched article and what a person should know about reading it.
     *
     * @param article the article: source is the URL as given, url the final URL after redirects
     * @param notices e.g. a page decoded as Windows-1252
     */
    public record Fetched(Article article, List<String> notices) {

        public Fetched {
            notices = List.copyOf(notices);
        }
    }

    private final Options options;
    private final HttpClient client;

    public UrlFetcher(Options options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, so each hop is checked
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Whether an input names a web page rather than a file. */
    public static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public Options options() {
        return options;
    }

    /** Fetches {@code url} as the article with this id. */
    public Fetched fetch(String id, String url) throws FetchException {
        URI uri = parse(url);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        for (int hop = 0; ; hop++) {
            check(uri, url, hop > 0);
            HttpResponse<byte[]> response = get(uri, url, deadline);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (isRedirect(status) && location.isPresent()) {
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.FAILED, url + ": more than "
                            + options.maxRedirects() + " redirects");
                }
                uri = redirectTarget(uri, location.get(), url);
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchException.Kind.FAILED, url + ": the server answered HTTP " + status);
            }
            return article(id, url, uri, response);
        }
    }

    private static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.REFUSED, url + ": not a valid URL (" + e.getReason() + ")", e);
        }
        return uri;
    }

    /** Refuses schemes other than http and https, and hosts that resolve to an address the policy refuses. */
    private void check(URI uri, String asGiven, boolean redirected) throws FetchException {
        String where = redirected ? " (redirected to " + uri + ")" : "";
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": only http and https URLs are fetched"
                    + where);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": the URL has no host" + where);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!options.policy().allows(address, port)) {
                throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": " + host + " is a private address ("
                        + address.getHostAddress() + ")" + where
                        + "; private, loopback and link-local addresses are not fetched");
            }
        }
    }

    private HttpResponse<byte[]> get(URI uri, String asGiven, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(asGiven, null);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", "newsum")
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": not a valid URL (" + e.getMessage() + ")", e);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, this::bodyHandler);
        try {
            return pending.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timeout(asGiven, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": fetch interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, asGiven + ": the page is larger than the limit of "
                        + SourceReader.megabytes(options.maxBytes()), cause);
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
                throw timeout(asGiven, cause);
            }
            String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": cannot fetch (" + detail + ")", cause);
        }
    }

    private FetchException timeout(String asGiven, Throwable cause) {
        return new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no complete answer within "
                + options.timeout().toMillis() / 1000.0 + " s", cause);
    }

    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        if (isRedirect(info.statusCode()) || info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        return new LimitedBody(options.maxBytes());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, String location, String asGiven) throws FetchException {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": redirected to an invalid URL ("
                    + location + ")", e);
        }
    }

    private static Fetched article(String id, String asGiven, URI finalUri, HttpResponse<byte[]> response)
            throws FetchException {
        String contentType = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].strip();
        boolean htmlType = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        if (!mediaType.isEmpty() && !htmlType && !mediaType.startsWith("text/")) {
            throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, asGiven + ": not an article ("
                    + mediaType + "), only HTML and text pages are summarized");
        }
        List<String> notices = new ArrayList<>();
        byte[] body = response.body();
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(body, asGiven, declaredCharset(contentType));
        } catch (org.newsum.model.NewsumException e) {
            throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, e.getMessage(), e);
        }
        if (decoded.fallbackCharset() != null) {
            notices.add(asGiven + ": not valid UTF-8 and no charset declared, read as " + decoded.fallbackCharset());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, asGiven + ": the page is empty");
        }
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        boolean html = htmlType || SourceReader.looksLikeHtml(head);
        Article article = new Article(id, asGiven.strip(), finalUri.toString(), null, null, null,
                html ? Article.Format.HTML : Article.Format.TEXT, text);
        return new Fetched(article, notices);
    }

    /** The charset named by a Content-Type header, as given (the decoder judges it), or {@code null}. */
    private static String declaredCharset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** Signals a body over the cap; a failure of its own so the fetcher can tell it from I/O errors. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super("body over the size cap", null, false, false);
        }
    }

    /** Collects a body up to a cap, cancelling the download as soon as it goes over. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
