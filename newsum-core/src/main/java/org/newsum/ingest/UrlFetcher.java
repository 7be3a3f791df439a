package org.newsum.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.newsum.model.Article;

/**
 * Fetches one article from an http or https URL, guarded for use by a shared service: every host (the first
 * and each redirect's) is resolved and checked against an {@link AddressPolicy} before connecting, redirects
 * are followed by hand and bounded, the whole fetch has a time limit and the page a size cap. Thread-safe.
 *
 * <p>Each host is resolved once per hop and the connection goes to exactly the addresses that were checked, so a
 * DNS-rebinding host cannot answer the check with a public address and the connection with a private one. That
 * is why the HTTP/1.1 exchange is its own code over a socket: the JDK's clients resolve the host themselves and
 * cannot be given an address. TLS (and its check that the certificate names the host) is the JDK's.
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

    /** Resolves a host name to its addresses: DNS in use, a stand-in in tests. */
    @FunctionalInterface
    public interface HostResolver {

        /** The system's resolver (and the JVM's address cache). */
        HostResolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The largest status line and header block accepted from a server. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Options options;
    private final HostResolver resolver;
    private final SSLSocketFactory tls;

    public UrlFetcher(Options options) {
        this(options, HostResolver.SYSTEM);
    }

    /** With another resolver in place of DNS: a stand-in for tests, or a resolver of the caller's own. */
    public UrlFetcher(Options options, HostResolver resolver) {
        this(options, resolver, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    UrlFetcher(Options options, HostResolver resolver, SSLSocketFactory tls) {
        this.options = options;
        this.resolver = resolver;
        this.tls = tls;
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
            Target target = check(uri, url, hop > 0);
            Response response = get(target, uri, url, deadline);
            int status = response.status();
            String location = response.headers().get("location");
            if (isRedirect(status) && location != null) {
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.FAILED, url + ": more than "
                            + options.maxRedirects() + " redirects");
                }
                uri = redirectTarget(uri, location, url);
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

    /** Where one hop connects: the host as named (for Host, SNI and the certificate) and the addresses checked. */
    private record Target(String host, int port, boolean secure, InetAddress[] addresses) {
    }

    /**
     * Resolves the host once and refuses schemes other than http and https and hosts with an address the policy
     * refuses. The refusal does not print the address: that would tell a client what a name resolves to inside
     * the network.
     */
    private Target check(URI uri, String asGiven, boolean redirected) throws FetchException {
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
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": unknown host " + host + where, e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": unknown host " + host + where);
        }
        for (InetAddress address : addresses) {
            if (!options.policy().allows(address, port)) {
                String what = isLiteral(bare) ? " is a private address" : " resolves to a private address";
                throw new FetchException(FetchException.Kind.REFUSED, asGiven + ": " + host + what + where
                        + "; private, loopback and link-local addresses are not fetched");
            }
        }
        return new Target(bare, port, scheme.equals("https"), addresses.clone());
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** A response: its status, its headers (names in lower case, first value) and, for a 2xx, its body. */
    private record Response(int status, Map<String, String> headers, byte[] body) {
    }

    /** One GET over a connection to the checked addresses, with every read bounded by the deadline. */
    private Response get(Target target, URI uri, String asGiven, long deadline) throws FetchException {
        try (Socket socket = connect(target, asGiven, deadline)) {
            Socket channel = target.secure() ? secure(socket, target, deadline) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(request(target, uri).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new DeadlineInput(channel, deadline);
            Response head;
            do {
                head = head(in, asGiven);
            } while (head.status() >= 100 && head.status() < 200);
            if (head.status() < 200 || head.status() > 299) {
                return head; // the body of a redirect or an error page is not read
            }
            String encoding = head.headers().getOrDefault("content-encoding", "identity").strip();
            if (!encoding.equalsIgnoreCase("identity")) {
                throw new FetchException(FetchException.Kind.NOT_AN_ARTICLE, asGiven + ": the page came compressed ("
                        + encoding + ") although none was asked for");
            }
            return new Response(head.status(), head.headers(), body(in, head.headers(), asGiven));
        } catch (SocketTimeoutException e) {
            throw timeout(asGiven, e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven + ": cannot fetch (" + reason(e, target)
                    + ")", e);
        }
    }

    /** A connection to the first checked address that answers, within the connect timeout and the deadline. */
    private Socket connect(Target target, String asGiven, long deadline) throws FetchException {
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            long remaining = remainingMillis(deadline, asGiven);
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()),
                        (int) Math.min(remaining, options.connectTimeout().toMillis()));
                return socket;
            } catch (SocketTimeoutException e) {
                close(socket);
                throw new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no connection to " + target.host()
                        + " within " + seconds(Math.min(remaining, options.connectTimeout().toMillis())), e);
            } catch (IOException e) {
                close(socket);
                last = e;
            }
        }
        throw new FetchException(FetchException.Kind.FAILED, asGiven + ": cannot fetch (" + reason(last, target) + ")",
                last);
    }

    /** TLS over the connection, checking that the certificate is for the host as named in the URL. */
    private Socket secure(Socket socket, Target target, long deadline) throws IOException {
        SSLSocket s = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
        SSLParameters parameters = s.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isLiteral(target.host())) {
            try {
                parameters.setServerNames(List.of(new SNIHostName(target.host())));
            } catch (IllegalArgumentException e) {
                // a name SNI cannot carry: the certificate check still uses the host
            }
        }
        s.setSSLParameters(parameters);
        s.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        s.startHandshake();
        return s;
    }

    private static String request(Target target, URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        boolean defaultPort = target.port() == (target.secure() ? 443 : 80);
        return "GET " + path + query + " HTTP/1.1\r\n"
                + "Host: " + host + (defaultPort ? "" : ":" + target.port()) + "\r\n"
                + "User-Agent: newsum\r\n"
                + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
    }

    /** The status line and headers, bounded in size. */
    private static Response head(InputStream in, String asGiven) throws IOException, FetchException {
        int[] budget = {MAX_HEADER_BYTES};
        String statusLine = line(in, budget, asGiven);
        if (statusLine == null) {
            throw new FetchException(FetchException.Kind.FAILED, asGiven
                    + ": cannot fetch (the server closed the connection without an answer)");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw notHttp(asGiven);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in, budget, asGiven); line != null && !line.isEmpty();
             line = line(in, budget, asGiven)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw notHttp(asGiven);
            }
            headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        return new Response(Integer.parseInt(parts[1]), headers, new byte[0]);
    }

    /** One header line without its CR LF, or null at the end of the stream before any byte. */
    private static String line(InputStream in, int[] budget, String asGiven) throws IOException, FetchException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        for (int b = in.read(); ; b = in.read()) {
            if (b == -1) {
                return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
            }
            if (--budget[0] < 0) {
                throw new FetchException(FetchException.Kind.FAILED, asGiven
                        + ": cannot fetch (the server's headers are larger than " + MAX_HEADER_BYTES / 1024 + " KB)");
            }
            if (b == '\n') {
                String line = bytes.toString(StandardCharsets.ISO_8859_1);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            bytes.write(b);
        }
    }

    /** The body as framed by chunked encoding, a Content-Length or the end of the connection, up to the cap. */
    private byte[] body(InputStream in, Map<String, String> headers, String asGiven)
            throws IOException, FetchException {
        String transfer = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        LimitedBody body = new LimitedBody(options.maxBytes(), asGiven);
        if (transfer.endsWith("chunked")) {
            int[] budget = {MAX_HEADER_BYTES};
            for (long size = chunkSize(line(in, budget, asGiven), asGiven); size > 0;
                 size = chunkSize(line(in, budget, asGiven), asGiven)) {
                body.copy(in, size);
                if (!"".equals(line(in, budget, asGiven))) {
                    throw notHttp(asGiven);
                }
            }
            return body.bytes(); // trailers, if any, are not needed
        }
        String length = headers.get("content-length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw notHttp(asGiven);
            }
            if (n < 0) {
                throw notHttp(asGiven);
            }
            body.copy(in, n);
            return body.bytes();
        }
        body.copy(in, Long.MAX_VALUE);
        return body.bytes();
    }

    private static long chunkSize(String line, String asGiven) throws FetchException {
        if (line == null) {
            throw notHttp(asGiven);
        }
        String hex = line.split(";", 2)[0].strip();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw notHttp(asGiven);
            }
            return size;
        } catch (NumberFormatException e) {
            throw notHttp(asGiven);
        }
    }

    private static FetchException notHttp(String asGiven) {
        return new FetchException(FetchException.Kind.FAILED, asGiven + ": cannot fetch (the server's answer is not "
                + "valid HTTP/1.1)");
    }

    /** Why a connection or an exchange failed, in words: never a Java class name. */
    private static String reason(IOException e, Target target) {
        String where = target.host() + ":" + target.port();
        String message = e == null || e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException && message.contains("refused")) {
            return "connection refused by " + where;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "cannot connect to " + where + (message.contains("unreachable") || e instanceof NoRouteToHostException
                    ? ": no route to the host" : "");
        }
        if (e instanceof SSLHandshakeException || e instanceof SSLException) {
            if (message.contains("subject alternative") || message.contains("no name matching")) {
                return "the server's TLS certificate is not for " + target.host();
            }
            if (message.contains("pkix") || message.contains("certification path") || message.contains("certificate")) {
                return "the server's TLS certificate is not trusted";
            }
            return "the TLS handshake with " + where + " failed";
        }
        if (e instanceof EOFException) {
            return "the server closed the connection before the page was complete";
        }
        if (message.contains("reset")) {
            return "the connection was reset by " + where;
        }
        if (message.contains("broken pipe") || message.contains("closed")) {
            return "the server closed the connection";
        }
        return "a network error talking to " + where;
    }

    private static long remainingMillis(long deadline, String asGiven) throws FetchException {
        long remaining = (deadline - System.nanoTime()) / 1_000_000;
        if (remaining <= 0) {
            throw new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no complete answer within the time "
                    + "limit");
        }
        return remaining;
    }

    private FetchException timeout(String asGiven, Throwable cause) {
        return new FetchException(FetchException.Kind.TIMEOUT, asGiven + ": no complete answer within "
                + seconds(options.timeout().toMillis()), cause);
    }

    private static String seconds(long millis) {
        return millis / 1000.0 + " s";
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more to free
        }
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

    private static Fetched article(String id, String asGiven, URI finalUri, Response response)
            throws FetchException {
        String contentType = response.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
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

    /** Reads from a socket with each read's timeout set to what is left before the deadline. */
    private static final class DeadlineInput extends InputStream {

        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
            this.deadline = deadline;
        }

        private void arm() throws IOException {
            if (in.available() > 0) {
                return; // buffered: no wait, so no need to set the timeout again
            }
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            if (remaining <= 0) {
                throw new SocketTimeoutException("deadline");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remaining));
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }
    }

    /** Collects a body up to the cap, refusing it as soon as it goes over. */
    private final class LimitedBody {

        private final long max;
        private final String asGiven;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[16 * 1024];

        LimitedBody(long max, String asGiven) {
            this.max = max;
            this.asGiven = asGiven;
        }

        /** Copies {@code n} bytes (or to the end of the stream when n is Long.MAX_VALUE). */
        void copy(InputStream in, long n) throws IOException, FetchException {
            long left = n;
            while (left > 0) {
                int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (r < 0) {
                    if (n == Long.MAX_VALUE) {
                        return;
                    }
                    throw new EOFException();
                }
                if (bytes.size() + (long) r > max) {
                    throw new FetchException(FetchException.Kind.TOO_LARGE, asGiven
                            + ": the page is larger than the limit of " + SourceReader.megabytes(options.maxBytes()));
                }
                bytes.write(buffer, 0, r);
                left -= r;
            }
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
