package org.leadline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.leadline.TestWorkspaces;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.FaceCheckResult;

import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Session;
import org.leadline.ui.documents.DocumentDialog;
import org.leadline.ui.facechecks.FaceCheckView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the document dialog and the face-check ledger at 1366×768, over an empty window as the main window
 * would open them: run under {@code xvfb-run -a -s "-screen 0 1366x768x24"} with the test class path; the first
 * argument is the output folder, a second argument "dark" takes the dark theme.
 */
public final class DocumentShots {
    private static final String ZONE = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private DocumentShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/document-shots");
        boolean dark = args.length > 1 && args[1].equals("dark");
        String prefix = dark ? "dark-" : "";
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("leadline-shots");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);
            Session session = new Session(workspace);
            Stage main = fx(() -> {
                LeadlineApp.useTheme(dark);
                session.operationProperty().set(operation);
                StackPane root = new StackPane(new Label("Leadline"));
                if (dark) {
                    root.getStyleClass().add("dark");
                }
                Scene scene = new Scene(root, 1366, 740);
                scene.getStylesheets().add(LeadlineApp.class.getResource("leadline.css").toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setX(0);
                stage.setY(0);
                stage.show();
                return stage;
            });

            UUID image = TestImages.capture(workspace, operation.id());
            DocumentDialog empty = fx(() -> DocumentDialog.show(main, session, List.of(image, TestImages.capture(workspace, operation.id()))));
            settle();
            snap(empty.stage(), out, prefix + "document-empty.png");
            fx(() -> text(empty.stage(), "#mrzText", ZONE.replace("7408122F", "7408123F")));
            settle();
            snap(empty.stage(), out, prefix + "document-failed-digit.png");
            fx(() -> text(empty.stage(), "#mrzText", ZONE.toLowerCase()));
            settle();
            snap(empty.stage(), out, prefix + "document-valid.png");
            screen(out, prefix + "document-screen.png");
            fx(() -> {
                empty.stage().close();
                return null;
            });

            UUID made = new org.leadline.logic.documents.DocumentService(workspace).createFromMrz(operation.id(), ZONE, List.of(image),
                    "Photo page looks swapped").document().id();
            fx(() -> {
                DocumentDialog.edit(main, session, made, saved -> { }, problem -> { });
                return null;
            });
            settle();
            screen(out, prefix + "document-edit-screen.png");
            fx(() -> {
                javafx.stage.Window.getWindows().stream().filter(w -> w != main).toList().forEach(w -> ((Stage) w).close());
                return null;
            });

            FaceCheckService checks = new FaceCheckService(workspace);
            String ifrs = FaceCheckService.DEFAULT_SYSTEMS.get(0);
            checks.record(operation.id(), image, ifrs, FaceCheckResult.NO_HIT, "IFRS-2026-0042", LocalDate.now().minusDays(1), null);
            checks.record(operation.id(), image, "National system", FaceCheckResult.POSSIBLE_HIT, "BKA-GES-7781", null, null);
            checks.record(operation.id(), TestImages.capture(workspace, operation.id()), ifrs, FaceCheckResult.PENDING, null, null, null);
            checks.record(operation.id(), TestImages.capture(workspace, operation.id()), "Other", FaceCheckResult.HIT, "Europol EAS 33/26", null, "Matches the Bari case");
            FaceCheckView ledger = fx(() -> FaceCheckView.show(main, session, TestImages.capture(workspace, operation.id()),
                    new org.leadline.ui.evidence.ThumbnailCache(session)));
            settle();
            snap(ledger.stage(), out, prefix + "face-checks.png");
            screen(out, prefix + "face-checks-screen.png");
            fx(() -> {
                ((javafx.scene.control.Button) ledger.stage().getScene().lookup("#editSystemsButton")).fire();
                return null;
            });
            settle();
            screen(out, prefix + "face-check-systems-screen.png");
            fx(() -> {
                ledger.stage().close();
                return null;
            });
            Background.runAndWait(() -> { });
        } finally {
            System.exit(0);
        }
    }

    private static Void text(Stage stage, String id, String value) {
        ((TextInputControl) stage.getScene().lookup(id)).setText(value);
        return null;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> Background.runningProperty().get() == 0));
        Thread.sleep(400);
        fx(() -> null);
    }

    private static void snap(Stage stage, Path out, String name) throws Exception {
        File file = out.resolve(name).toFile();
        var image = fx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        System.out.println("wrote " + file);
    }

    /** The whole screen through ImageMagick, so that the dialog shows over its window. */
    private static void screen(Path out, String name) throws Exception {
        Process process = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
        process.waitFor(20, TimeUnit.SECONDS);
        System.out.println("wrote " + out.resolve(name));
    }
}
