package org.newsum.app.serve;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits at most {@code concurrent + queued} requests into the service at once, and runs their summaries on
 * {@code concurrent} worker threads. A request that finds no room is told to come back later (503 with Retry-After)
 * before its body is read; one still waiting for a worker at its deadline gets 503 too; one whose summary runs past
 * the deadline gets 504 and its worker is interrupted, which the pipeline honours, so the worker is free again.
 */
final class SummarizationQueue implements AutoCloseable {

    static final int RETRY_AFTER_SECONDS = 2;

    /** One admitted request's place in the service, given back when its answer is written. */
    final class Ticket implements AutoCloseable {

        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                admitted.decrementAndGet();
            }
        }
    }

    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;

    SummarizationQueue(int concurrent, int queued, ScheduledExecutorService timer) {
        this.capacity = concurrent + queued;
        this.timer = timer;
        AtomicInteger n = new AtomicInteger();
        // The queue needs no bound of its own: admission bounds what can be in it.
        this.workers = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "newsum-summarizer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whether a request arriving now would be admitted: asked before its body is read. */
    boolean hasRoom() {
        return admitted.get() < capacity;
    }

    /** A place in the service, or 503 when every place is taken. */
    Ticket admit() throws ApiException {
        for (int n = admitted.get(); ; n = admitted.get()) {
            if (n >= capacity) {
                throw busy();
            }
            if (admitted.compareAndSet(n, n + 1)) {
                return new Ticket();
            }
        }
    }

    static ApiException busy() {
        return new ApiException(503, null, "the service is busy: every summarizer is working and the queue is full",
                RETRY_AFTER_SECONDS);
    }

    /** Runs {@code work} on a worker when one is free; the answer, or the status the client should see. */
    <T> CompletableFuture<T> run(Callable<T> work, long deadlineNanos, String limit) {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean settled = new AtomicBoolean(); // by the worker starting, or by the deadline passing first
        FutureTask<Void> task = new FutureTask<>(() -> {
            if (!settled.compareAndSet(false, true)) {
                return null;
            }
            try {
                result.complete(work.call());
            } catch (CancellationException e) {
                result.completeExceptionally(late(limit)); // stopped at the deadline: the 504 is already written
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
            return null;
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ApiException(503, null, "the service is shutting down",
                    RETRY_AFTER_SECONDS));
            return result;
        }
        ScheduledFuture<?> expiry = timer.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                workers.remove(task);
                result.completeExceptionally(new ApiException(503, null, "the service is busy: the request waited "
                        + "longer than the time limit of " + limit, RETRY_AFTER_SECONDS));
            } else if (result.completeExceptionally(late(limit))) {
                task.cancel(true); // the pipeline checks for this and stops, freeing the worker
            }
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        result.whenComplete((r, e) -> expiry.cancel(false));
        return result;
    }

    private static ApiException late(String limit) {
        return new ApiException(504, null, "the summary took longer than the time limit of " + limit);
    }

    /** Summaries running now, for tests that wait for a worker to be given back. */
    int running() {
        return workers.getActiveCount();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
