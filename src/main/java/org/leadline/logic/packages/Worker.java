package org.leadline.logic.packages;

import java.util.function.Supplier;

/**
 * Work of an export, a verification or an import on a daemon thread of its own, overlapping the caller's. It is waited
 * for without ever being interrupted (an interrupted reader closes the archive's channel that every reader shares), and
 * its failure is thrown to the caller, who decides when it counts.
 *
 * @param <T> what the work gives
 */
final class Worker<T> {
    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    private Worker(String name, Supplier<T> work) {
        thread = new Thread(() -> {
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    static <T> Worker<T> start(String name, Supplier<T> work) {
        Worker<T> worker = new Worker<>(name, work);
        worker.thread.start();
        return worker;
    }

    /** Waits for the work to end: what it gave, or its failure thrown here. */
    T result() {
        awaitQuietly();
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return result;
    }

    /** Waits for the work to end, however it ended: what it gave, or null when it failed. */
    T awaitQuietly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
