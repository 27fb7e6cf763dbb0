package org.leadline.ui.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.app.Screens;
import org.leadline.ui.common.Session;
import org.leadline.ui.main.MainView;

/**
 * Measures, for the {@code bench} command in a fresh JVM, the longest frame of the unlocked main window while packages
 * are verified and imported in the background as the window would do it (a task off the FX thread whose progress
 * drives a progress bar). Prints "longest-ms frames" on standard output and exits; needs a display.
 */
public final class ImportFrameProbe {
    /** Frames drawn before the import starts: the first page and its layout settle first. */
    private static final int SETTLE_FRAMES = 30;
    private static final int MAX_WAIT_FRAMES = 600;

    private ImportFrameProbe() {
    }

    /** Arguments: {@code WORKSPACE PACKAGE…}, with the passphrase in LEADLINE_PASSPHRASE. */
    public static void main(String[] args) {
        Window.workspace = Probes.unlock(args, 2, Integer.MAX_VALUE, "ImportFrameProbe WORKSPACE PACKAGE…");
        for (int i = 1; i < args.length; i++) {
            Window.packages.add(Path.of(args[i]));
        }
        Application.launch(Window.class);
    }

    public static final class Window extends Application {
        private static Workspace workspace;
        private static final List<Path> packages = new ArrayList<>();
        private Session session;
        private long last;
        private long longest;
        private long frames;
        private boolean importing;

        @Override
        public void start(Stage stage) {
            Screens screens = Probes.show(stage);
            session = new Session(workspace);
            MainView main = screens.showMainFor(session);
            // The bar in a small window over the main one, as an import dialog's would be.
            ProgressBar progress = new ProgressBar();
            progress.setPrefWidth(360);
            Stage dialog = new Stage();
            dialog.initOwner(stage);
            dialog.setScene(new Scene(new StackPane(progress), 420, 120));
            dialog.show();
            Task<Void> task = importTask();
            progress.progressProperty().bind(task.progressProperty());
            new AnimationTimer() {
                private int settled;
                private int waited;

                @Override
                public void handle(long now) {
                    if (!importing) {
                        // Ten seconds at most for a first page (an operation with no leads may never report one).
                        boolean ready = main.firstPageShownProperty().get() && ++settled >= SETTLE_FRAMES;
                        if (ready || ++waited > MAX_WAIT_FRAMES) {
                            importing = true;
                            last = now;
                            Thread thread = new Thread(task, "import-frame-probe");
                            thread.setDaemon(true);
                            thread.start();
                        }
                        return;
                    }
                    longest = Math.max(longest, now - last);
                    last = now;
                    frames++;
                }
            }.start();
            task.setOnSucceeded(event -> finish(0));
            task.setOnFailed(event -> {
                System.err.println("The import failed: " + task.getException().getMessage());
                finish(1);
            });
        }

        private Task<Void> importTask() {
            return new Task<>() {
                @Override
                protected Void call() {
                    PackageVerifier verifier = new PackageVerifier(workspace);
                    PackageImporter importer = new PackageImporter(workspace, verifier);
                    for (int i = 0; i < packages.size(); i++) {
                        int index = i;
                        Progress progress = new Progress() {
                            @Override
                            public void report(long done, long total) {
                                updateProgress(index + (total == 0 ? 0 : (double) done / total), packages.size());
                            }

                            @Override
                            public boolean cancelled() {
                                return false;
                            }
                        };
                        try (PackageFile opened = PackageFile.open(workspace, packages.get(i), progress)) {
                            VerifiedPackage verified = verifier.verify(opened.path(), progress);
                            importer.importVerified(verified, progress);
                        }
                    }
                    return null;
                }
            };
        }

        private void finish(int code) {
            System.out.println(String.format(java.util.Locale.ROOT, "%.1f %d", longest / 1e6, frames));
            System.out.flush();
            if (code != 0) {
                System.exit(code);
            }
            Platform.exit();
        }

        @Override
        public void stop() {
            session.close();
        }
    }
}
