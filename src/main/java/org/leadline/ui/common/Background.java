package org.leadline.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs database work off the FX thread, one job at a time and in order, and hands the result (or the error) back to
 * the FX thread. One worker is enough: the workspace is one embedded database and order matters more than width.
 */
public final class Background {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "leadline-background-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final ReadOnlyIntegerWrapper RUNNING = new ReadOnlyIntegerWrapper(0);

    private Background() {
    }

    /** How many jobs are queued or running (FX thread); tests wait for it to reach zero. */
    public static ReadOnlyIntegerProperty runningProperty() {
        return RUNNING.getReadOnlyProperty();
    }

    public static <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            done();
            onError.accept(task.getException());
        });
        task.setOnCancelled(event -> done());
        start();
        EXECUTOR.execute(task);
        return task;
    }

    public static Task<Void> run(Runnable work, Runnable onSuccess, Consumer<Throwable> onError) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onError);
    }

    /** Runs work and waits for it (used when the window closes and the workspace must be closed after the queue). */
    public static void runAndWait(Runnable work) {
        try {
            EXECUTOR.submit(work).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void start() {
        if (Platform.isFxApplicationThread()) {
            RUNNING.set(RUNNING.get() + 1);
        } else {
            Platform.runLater(() -> RUNNING.set(RUNNING.get() + 1));
        }
    }

    private static void done() {
        RUNNING.set(Math.max(0, RUNNING.get() - 1));
    }
}
