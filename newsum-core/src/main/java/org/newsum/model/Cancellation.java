package org.newsum.model;

import java.util.concurrent.CancellationException;

/**
 * Lets a long summary stop when its thread is interrupted: stages call {@link #check()} between units of work
 * (an article, a sentence, an iteration), so a caller past its deadline gets the thread back at once instead of
 * when the summary would have ended. The interrupt is the JDK's own signal for this; nothing else is shared.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws {@link CancellationException} if this thread has been interrupted; the flag is left set. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the summary was stopped");
        }
    }
}
