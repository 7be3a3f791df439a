package org.newsum.app.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers have not all arrived within the read time limit. Jetty parses headers
 * without holding a thread, but its idle timeout restarts with every byte, so a client sending one header byte at a
 * time would keep its connection for ever. An idle connection between requests is left to the idle timeout.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final long limitNanos;
    private final long periodMillis;

    HeaderDeadline(Scheduler scheduler, Duration limit) {
        this.scheduler = scheduler;
        this.limitNanos = limit.toNanos();
        this.periodMillis = Math.max(10, limit.toMillis() / 4);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            scheduler.schedule(() -> check(http, -1, 0), periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * @param request the count of requests begun when the current one was first seen part-way through its headers,
     *                or -1 if it was not
     * @param since   when it was first seen so
     */
    private void check(HttpConnection http, long request, long since) {
        if (!http.getEndPoint().isOpen()) {
            return;
        }
        HttpParser parser = http.getParser();
        boolean inHeaders = !parser.isStart() && parser.inHeaderState();
        long begun = http.getMessagesIn();
        long now = System.nanoTime();
        if (inHeaders && begun == request) {
            if (now - since >= limitNanos) {
                http.getEndPoint().close();
                return;
            }
            scheduler.schedule(() -> check(http, request, since), periodMillis, TimeUnit.MILLISECONDS);
        } else if (inHeaders) {
            scheduler.schedule(() -> check(http, begun, now), periodMillis, TimeUnit.MILLISECONDS);
        } else {
            scheduler.schedule(() -> check(http, -1, 0), periodMillis, TimeUnit.MILLISECONDS);
        }
    }
}
