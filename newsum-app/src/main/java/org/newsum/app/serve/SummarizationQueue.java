package org.newsum.app.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs summaries on a fixed number of worker threads with a bounded queue in front: a request that finds the
 * queue full, or waits past its deadline, is told to come back later (503 with Retry-After); one whose summary
 * runs past the deadline gets 504. A summary that overruns keeps its worker until it ends, so the number of
 * summaries using the CPU never exceeds the limit.
 */
final class SummarizationQueue implements AutoCloseable {

    static final int RETRY_AFTER_SECONDS = 2;

    private final ThreadPoolExecutor workers;

    SummarizationQueue(int concurrent, int queued) {
        AtomicInteger n = new AtomicInteger();
        // A SynchronousQueue when no queue is wanted: ArrayBlockingQueue needs a capacity of at least 1.
        java.util.concurrent.BlockingQueue<Runnable> queue = queued == 0
                ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queued);
        this.workers = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS, queue, r -> {
            Thread t = new Thread(r, "newsum-summarizer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work} when a worker is free, or fails with the status the client should see. */
    <T> T run(Callable<T> work, long deadlineNanos, String limit) throws ApiException {
        AtomicBoolean started = new AtomicBoolean();
        FutureTask<T> task = new FutureTask<>(() -> {
            started.set(true);
            return work.call();
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            throw busy("the service is busy: every summarizer is working and the queue is full");
        }
        try {
            return task.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(false);
            workers.remove(task);
            if (!started.get()) {
                throw busy("the service is busy: the request waited longer than the time limit of " + limit);
            }
            throw new ApiException(504, null, "the summary took longer than the time limit of " + limit);
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw busy("the service is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ApiException busy(String message) {
        return new ApiException(503, null, message, RETRY_AFTER_SECONDS);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
