package org.newsum.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

import org.newsum.model.Article;
import org.newsum.model.IngestLimits;
import org.newsum.model.FetchException;
import org.newsum.model.AddressPolicy;
import org.newsum.model.FetchOptions;
import org.newsum.model.Notice;

/**
 * Fetches one article from an http or https URL, guarded for use by a shared service: every host (the first
 * and each redirect's) is resolved and checked against an {@link AddressPolicy} before connecting, redirects
 * are followed by hand and bounded, the whole fetch has a time limit and the page a size cap. Thread-safe.
 *
 * <p>The HTTP exchange is Apache HttpClient's. Its DNS step is ours: the host is resolved once per hop, every
 * address is checked, and the connection goes to exactly the addresses that were checked, so a DNS-rebinding
 * host cannot answer the check with a public address and the connection with a private one. TLS trust is the
 * JDK's; the check that the certificate names the host is both the JDK's and HttpClient's.
 */
public final class UrlFetcher {

    /**
     * A fetched article and what a person should know about reading it.
     *
     * @param article the article: source is the URL as given, url the final URL after redirects
     * @param notices e.g. a page decoded as Windows-1252
     */
    public record Fetched(Article article, List<Notice> notices) {

        public Fetched {
            notices = List.copyOf(notices);
        }
    }

    /** Resolves a host name to its addresses: DNS in use, a stand-in in tests. */
    @FunctionalInterface
    public interface HostResolver {

        /** The system's resolver (and the JVM's address cache). */
        HostResolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Ends a fetch whose deadline has passed, whatever read or connect it is waiting in. */
    private static final ScheduledExecutorService DEADLINES = deadlines();

    private final FetchOptions options;
    private final CloseableHttpClient client;

    public UrlFetcher(FetchOptions options) {
        this(options, HostResolver.SYSTEM);
    }

    /** With another resolver in place of DNS: a stand-in for tests, or a resolver of the caller's own. */
    public UrlFetcher(FetchOptions options, HostResolver resolver) {
        this(options, resolver, SSLContexts.createSystemDefault());
    }

    UrlFetcher(FetchOptions options, HostResolver resolver, SSLContext tls) {
        this.options = options;
        this.client = client(options, new CheckedResolver(resolver, options.policy()), tls);
    }

    /**
     * One client for every fetch: it is thread-safe, and the pool only hands out connections, one per
     * exchange, never kept for the next one (each is closed after its page), so nothing is left open between
     * fetches and nothing needs closing. The pool's limits are not a second cap on concurrency: callers bound it.
     */
    private static CloseableHttpClient client(FetchOptions options, DnsResolver dns, SSLContext tls) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dns)
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls, HostnameVerificationPolicy.BOTH,
                        HttpsSupport.getDefaultHostnameVerifier()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.timeout()))
                        .build())
                .setMaxConnTotal(Integer.MAX_VALUE)
                .setMaxConnPerRoute(Integer.MAX_VALUE)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling() // each hop is checked here, not followed inside the client
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("newsum")
                .build();
    }

    private static ScheduledExecutorService deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "newsum-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Whether an input names a web page rather than a file. */
    public static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public FetchOptions options() {
        return options;
    }

    /** Fetches {@code url} as the article with this id. */
    public Fetched fetch(String id, String url) throws FetchException {
        return fetch(id, url, Long.MAX_VALUE);
    }

    /**
     * Fetches {@code url} as the article with this id, giving up at the fetcher's own time limit or at
     * {@code deadlineNanos} (a {@link System#nanoTime()} value), whichever comes first: a caller with a deadline
     * of its own gets its thread back by then.
     */
    public Fetched fetch(String id, String url, long deadlineNanos) throws FetchException {
        URI uri = parse(url);
        long start = System.nanoTime();
        long deadline = Math.min(deadlineNanos, start + options.timeout().toNanos());
        for (int hop = 0; ; hop++) {
            Page page = get(check(uri, url, hop > 0), uri, url, deadline);
            if (isRedirect(page.status()) && page.location() != null) {
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.FAILED, url + ": more than "
                            + options.maxRedirects() + " redirects");
                }
                uri = redirectTarget(uri, page.location(), url);
                continue;
            }
            if (page.status() < 200 || page.status() > 299) {
                throw new FetchException(FetchException.Kind.FAILED, url + ": the server answered HTTP "
                        + page.status());
            }
            return article(id, url, uri, page);
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.REFUSED, url + ": not a valid URL (" + e.getReason() + ")", e);
        }
    }

    /** One hop: the host as named in its URL, its port, and how to say it was reached by a redirect. */
    private record Hop(String host, int port, String where) {

        String endpoint() {
            return host + ":" + port;
        }
    }

    /** Refuses schemes other than http and https, and URLs without a host, before any lookup. */
    private static Hop check(URI uri, String asGiven, boolean redirected) throws FetchException {
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
        if (uri.getRawUserInfo() != null) {
            // Sent as-is they would go in clear to every host a redirect names; the HTTP client refuses them anyway.
            throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": a URL with a user name or password "
                    + "is not fetched (credentials are never sent)" + where);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": not a valid URL (port " + uri.getPort()
                    + " is not from 1 to 65535)" + where);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Hop(host, port, where);
    }

    /** What one exchange answered: the status, a redirect's Location, and for a 2xx the page's type and body. */
    private record Page(int status, String location, String contentType, byte[] body) {
    }

    /**
     * One GET, ended when the deadline passes whatever it is waiting for. The body is read only for a 2xx, and
     * only up to the cap; the exchange is then cut off, so an unread remainder is never drained.
     */
    private Page get(Hop hop, URI uri, String asGiven, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no complete answer within the time "
                    + "limit");
        }
        HttpGet request = new HttpGet(uri);
        Timeout left = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        request.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(left)
                .setResponseTimeout(left)
                .setAuthenticationEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .build());
        request.setHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
        request.setHeader(HttpHeaders.CONNECTION, "close");
        ScheduledFuture<?> alarm = DEADLINES.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            int status = response.getCode();
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            Header type = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            byte[] body = status >= 200 && status <= 299 ? body(response.getEntity(), asGiven) : new byte[0];
            return new Page(status, location == null ? null : location.getValue(),
                    type == null ? "" : type.getValue(), body);
        } catch (IOException e) {
            throw failure(e, hop, asGiven, deadline);
        } finally {
            alarm.cancel(false);
            // Cut the connection before closing: HttpClient closes a body by reading it to its end.
            request.cancel();
            closeQuietly(response);
        }
    }

    /**
     * The body, refused as soon as it (decoded, when it came compressed) is larger than the cap. The stream is
     * left to {@link #get}, which cuts the connection rather than read what is left.
     */
    private byte[] body(HttpEntity entity, String asGiven) throws IOException, FetchException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > options.maxBytes()) {
            throw tooLarge(asGiven);
        }
        InputStream in = entity.getContent();
        byte[] bytes = in.readNBytes((int) Math.min(options.maxBytes(), Integer.MAX_VALUE - 16) + 1);
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(asGiven);
        }
        return bytes;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException e) {
            // the connection is already cut: nothing more to free
        }
    }

    private FetchException tooLarge(String asGiven) {
        return new FetchException(FetchException.Kind.TOO_LARGE, asGiven + ": the page is larger than the limit of "
                + SourceReader.megabytes(options.maxBytes()));
    }

    /** A failed exchange as one line naming the URL and the reason in words: never a Java class name. */
    private FetchException failure(IOException e, Hop hop, String asGiven, long deadline) {
        if (e instanceof RefusedAddressException) {
            String what = isLiteral(hop.host()) ? " is a private address" : " resolves to a private address";
            return new FetchException(FetchException.Kind.REFUSED, asGiven + ": " + hop.host() + what + hop.where()
                    + "; private, loopback and link-local addresses are not fetched", e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException(FetchException.Kind.FAILED, asGiven + ": unknown host " + hop.host()
                    + hop.where(), e);
        }
        if (e instanceof ConnectTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no connection to " + hop.host()
                    + " within " + seconds(options.connectTimeout().toMillis()), e);
        }
        if (e instanceof SocketTimeoutException || System.nanoTime() - deadline >= 0) {
            return new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no complete answer within "
                    + seconds(options.timeout().toMillis()), e);
        }
        if (unsupportedEncoding(e)) {
            return new FetchException(FetchException.Kind.NOT_AN_ARTICLE, asGiven + ": the page came compressed in "
                    + "an encoding that is not read (only gzip and deflate are)", e);
        }
        return new FetchException(FetchException.Kind.FAILED, asGiven + ": cannot fetch (" + reason(e, hop) + ")", e);
    }

    /** HttpClient refuses a Content-Encoding it has no decoder for; it says so only in its message. */
    private static boolean unsupportedEncoding(IOException e) {
        Throwable cause = e instanceof ClientProtocolException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage()).startsWith("Unsupported Content-Encoding");
    }

    private static String reason(IOException e, Hop hop) {
        String where = hop.endpoint();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException && message.contains("refused")) {
            return "connection refused by " + where;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "cannot connect to " + where + (message.contains("unreachable") || e instanceof NoRouteToHostException
                    ? ": no route to the host" : "");
        }
        if (e instanceof SSLException) {
            if (message.contains("subject alternative") || message.contains("no name matching")
                    || message.contains("doesn't match")) {
                return "the server's TLS certificate is not for " + hop.host();
            }
            if (message.contains("pkix") || message.contains("certification path") || message.contains("certificate")) {
                return "the server's TLS certificate is not trusted";
            }
            return "the TLS handshake with " + where + " failed";
        }
        if (e instanceof NoHttpResponseException) {
            return "the server closed the connection without an answer";
        }
        if (e instanceof ConnectionClosedException) {
            return "the server closed the connection before the page was complete";
        }
        if (e instanceof MessageConstraintException) { // too many junk lines, header lines or too long a line
            return "the server's answer is not valid HTTP/1.1, or its headers are too large";
        }
        if (e instanceof ClientProtocolException || e instanceof MalformedChunkCodingException) {
            return "the server's answer is not valid HTTP/1.1";
        }
        if (message.contains("reset")) {
            return "the connection was reset by " + where;
        }
        if (message.contains("broken pipe") || message.contains("closed")) {
            return "the server closed the connection";
        }
        return "a network error talking to " + where;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static String seconds(long millis) {
        return millis / 1000.0 + " s";
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

    private static Fetched article(String id, String asGiven, URI finalUri, Page page) throws FetchException {
        ContentType type = ContentType.parseLenient(page.contentType());
        String mediaType = type == null || type.getMimeType() == null ? ""
                : type.getMimeType().strip().toLowerCase(Locale.ROOT);
        boolean htmlType = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        if (!mediaType.isEmpty() && !htmlType && !mediaType.startsWith("text/")) {
            throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, asGiven + ": not an article ("
                    + mediaType + "), only HTML and text pages are summarized");
        }
        TextDecoder.Decoded decoded;
        try {
            // the charset as declared, unchecked: the decoder judges it
            decoded = TextDecoder.decode(page.body(), asGiven, type == null ? null : type.getParameter("charset"));
        } catch (org.newsum.model.NewsumException e) {
            throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, e.getMessage(), e);
        }
        List<Notice> notices = decoded.notices(asGiven);
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

    /**
     * HttpClient's DNS step: resolves the host once, refuses the connection if the policy refuses any of its
     * addresses, and otherwise hands over exactly the addresses it checked. The refusal does not carry the
     * address: that would tell a client what a name resolves to inside the network.
     */
    private record CheckedResolver(HostResolver resolver, AddressPolicy policy) implements DnsResolver {

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            InetAddress[] addresses = resolver.resolve(bare);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            List<InetSocketAddress> checked = new ArrayList<>(addresses.length);
            for (InetAddress address : addresses) {
                if (!policy.allows(address, port)) {
                    throw new RefusedAddressException(host);
                }
                checked.add(new InetSocketAddress(address, port));
            }
            return List.copyOf(checked);
        }

        /** HttpClient asks with the port (above); the policy cannot judge an address without one. */
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException(host + ": resolved only with a port");
        }

        /** Asked only for Kerberos authentication, which is off: the name stays as given. */
        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** The policy refused an address of this host; thrown from the DNS step so nothing is connected. */
    private static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String host) {
            super(host);
        }
    }
}
