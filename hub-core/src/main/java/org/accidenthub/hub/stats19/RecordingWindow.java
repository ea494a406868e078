package org.accidenthub.hub.stats19;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records a few rows of one import at a time, each in its own transaction: a file of a whole year
 * would take many minutes one row after another, while the database keeps up with several. The
 * reading thread waits when the window is full. A collision index already in flight makes it wait
 * for the window to empty first, so that a collision repeated in a file is recorded in file order
 * (its last row wins, as it would one row at a time). The first failure stops the import.
 */
final class RecordingWindow {

    private final int size;
    private final Executor threads;
    private final Semaphore free;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    RecordingWindow(int size, Executor threads) {
        this.size = size;
        this.threads = threads;
        this.free = new Semaphore(size);
    }

    /** Starts recording a row once there is room; throws the failure of an earlier row instead. */
    void submit(String collisionIndex, Runnable recording) {
        if (inFlight.contains(collisionIndex)) {
            drain();
        }
        free.acquireUninterruptibly();
        if (failure.get() != null) {
            free.release();
            drain(); // lets the rows in flight finish, then throws: no transaction of this import outlives it
        }
        inFlight.add(collisionIndex);
        try {
            threads.execute(() -> {
                try {
                    recording.run();
                } catch (Throwable failed) {
                    failure.compareAndSet(null, failed);
                } finally {
                    inFlight.remove(collisionIndex);
                    free.release();
                }
            });
        } catch (RuntimeException rejected) {
            inFlight.remove(collisionIndex);
            free.release();
            throw rejected;
        }
    }

    /** Waits until every row in flight is recorded; throws the first failure. */
    void drain() {
        free.acquireUninterruptibly(size);
        free.release(size);
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failed = failure.get();
        if (failed != null) {
            throw Sneaky.<RuntimeException>rethrow(failed);
        }
    }

    /** Rethrows a checked failure (a ConnectException) unwrapped, so that the problem mappers see its type. */
    static final class Sneaky {
        private Sneaky() {
        }

        @SuppressWarnings("unchecked")
        static <T extends Throwable> T rethrow(Throwable failure) throws T {
            throw (T) failure;
        }
    }
}
