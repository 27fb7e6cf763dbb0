package org.leadline.ui.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.LeadlineApp;
import org.leadline.ui.app.Screens;
import org.leadline.ui.common.Session;
import org.leadline.ui.main.MainView;

/**
 * Measures cold start for the {@code bench} command, in a fresh JVM: from the JVM's start to the first frame of
 * (a) an empty JavaFX window, the baseline, or (b) the unlocked main window with its lead table's first page.
 * Prints the milliseconds on standard output and exits.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Arguments: {@code empty}, or {@code app WORKSPACE} with the passphrase in LEADLINE_PASSPHRASE. */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("empty")) {
            Application.launch(EmptyWindow.class);
        } else if (args.length == 2 && args[0].equals("app")) {
            System.setProperty(LeadlineApp.WORKSPACE_PROPERTY, args[1]);
            String passphrase = System.getenv("LEADLINE_PASSPHRASE");
            if (passphrase == null) {
                System.err.println("Set LEADLINE_PASSPHRASE for the probe.");
                System.exit(2);
            }
            UnlockedMainWindow.unlockInBackground(Path.of(args[1]), passphrase.toCharArray());
            Application.launch(UnlockedMainWindow.class);
        } else {
            System.err.println("Usage: StartupProbe empty | app WORKSPACE");
            System.exit(2);
        }
    }

    /** Milestones on standard error, for finding where start-up time goes. */
    static void milestone(String what) {
        System.err.println("startup " + what + " at " + (System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
    }

    /** Prints the time since the JVM started once the next frame has been drawn, then exits. */
    static void reportAfterNextFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println(millis);
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }

    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1366, 768));
            stage.show();
            reportAfterNextFrame();
        }
    }

    /**
     * The officer's passphrase is taken as typed at launch: the unlock starts at once, beside JavaFX's own start-up,
     * and the main window appears as soon as both are done.
     */
    public static final class UnlockedMainWindow extends Application {
        private static final java.util.concurrent.CompletableFuture<Session> UNLOCKED = new java.util.concurrent.CompletableFuture<>();
        private Session session;

        static void unlockInBackground(Path folder, char[] passphrase) {
            Thread unlock = new Thread(() -> {
                milestone("unlocking");
                try {
                    // As the unlock screen does it: the open operation is loaded on the unlocking thread.
                    UNLOCKED.complete(new Session(Workspace.open(folder, passphrase, Clock.systemUTC())).prepareOpening());
                    milestone("unlocked");
                } catch (RuntimeException e) {
                    UNLOCKED.completeExceptionally(e);
                }
            }, "startup-probe-unlock");
            unlock.setDaemon(true);
            unlock.start();
        }

        @Override
        public void start(Stage stage) {
            milestone("JavaFX started");
            Screens screens = Probes.show(stage);
            UNLOCKED.whenComplete((unlocked, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    System.err.println(failure.getMessage());
                    Platform.exit();
                    return;
                }
                session = unlocked;
                MainView main = screens.showMainFor(session);
                milestone("main window built");
                if (main.firstPageShownProperty().get()) {
                    reportAfterNextFrame();
                } else {
                    main.firstPageShownProperty().addListener((obs, was, shown) -> {
                        if (shown) {
                            milestone("first page shown");
                            reportAfterNextFrame();
                        }
                    });
                }
            }));
        }

        @Override
        public void stop() {
            if (session != null) {
                session.close();
            }
        }
    }
}
