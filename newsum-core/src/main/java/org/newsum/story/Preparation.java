package org.newsum.story;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Prepares a stream's items on several threads and hands them back in stream order, with a bounded number in
 * flight, so the clean and text stages run in parallel while the clusterer, which must see the stream in order,
 * reads one after another. Memory holds at most {@code inFlight} items whatever the stream's length. Close it to
 * stop its threads.
 *
 * @param <A> what the stream gives
 * @param <B> what preparing one gives
 */
public final class Preparation<A, B> implements Iterator<B>, AutoCloseable {

    private final Iterator<A> input;
    private final Function<A, B> prepare;
    private final ExecutorService pool;
    private final ArrayDeque<Future<B>> pending = new ArrayDeque<>();
    private final int inFlight;

    /** Prepares {@code input} by {@code prepare} on {@code threads} threads (1: in the caller's thread). */
    public Preparation(Iterator<A> input, Function<A, B> prepare, int threads) {
        this.input = input;
        this.prepare = prepare;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsum-prepare");
            t.setDaemon(true);
            return t;
        }) : null;
        this.inFlight = Math.max(1, threads) * 64;
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty() || input.hasNext();
    }

    @Override
    public B next() {
        if (pool == null) {
            return prepare.apply(input.next());
        }
        while (pending.size() < inFlight && input.hasNext()) {
            A a = input.next();
            pending.add(pool.submit(() -> prepare.apply(a)));
        }
        Future<B> head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
