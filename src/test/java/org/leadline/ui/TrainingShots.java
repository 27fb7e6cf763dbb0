package org.leadline.ui;

import static org.leadline.ui.ShotTool.fx;
import static org.leadline.ui.ShotTool.settle;
import static org.leadline.ui.ShotTool.waitFor;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.OfferType;
import org.leadline.model.Place;

/**
 * Screenshots of the training windows at 1366×768 (run under {@code xvfb-run -s "-screen 0 1366x768x24"} with the test
 * class path; arguments: the folder, then {@code dark} for the dark theme): the builder in a real operation, with
 * generated material, with chosen records and its summary, and the exercise material window.
 */
public final class TrainingShots {
    private static final String PASSPHRASE = "correct horse battery";
    private static Path out;

    public static void main(String[] args) {
        try {
            out = Path.of(args.length > 0 ? args[0] : "/tmp/training-shots");
            Files.createDirectories(out);
            run(args.length > 1 && args[1].equals("dark") ? "dark-" : "");
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(0);
    }

    private static void run(String prefix) throws Exception {
        Path folder = Files.createTempDirectory("leadline-training-shots");
        if (!prefix.isEmpty()) {
            Files.writeString(folder.resolve("ui-settings.properties"), "theme.dark=true\n");
        }
        UUID training;
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Tess Laurent", "CEPOL", "FR"),
                Clock.systemUTC())) {
            OperationService operations = new OperationService(workspace);
            training = operations.createTraining("Lyon drill — preparation", null, "LY").id();
            LeadService leads = new LeadService(workspace);
            for (String value : List.of("+218 91 234 5678", "https://t.me/ahmed_trips", "00216 20 123 456", "sami.benali@example.org")) {
                leads.add(training, value, null, List.of(), null, SightingSource.NONE);
            }
            new OfferService(workspace).add(training, OfferDraft.of(OfferType.TRAVEL, new BigDecimal("4500"), "EUR", Place.country("LY"),
                    Place.country("IT")));
            operations.create("Action day — Central Med", null, "LY", LocalDate.now(), null);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Stage stage = fx(() -> {
            Stage s = new Stage();
            new LeadlineApp(folder, Clock.systemUTC()).start(s);
            s.setMaximized(true);
            return s;
        });
        settle();
        fx(() -> {
            ((TextInputControl) stage.getScene().lookup("#passphraseField")).setText(PASSPHRASE);
            ((Button) stage.getScene().lookup("#unlockButton")).fire();
            return null;
        });
        waitFor(() -> stage.getScene().lookup("#mainRoot") != null);
        settle();

        // A real operation is open: the builder says why it is disabled.
        menu(stage, "menuBuildExercise");
        waitFor(() -> !((Label) dialog(stage).getScene().lookup("#builderUnavailable")).getText().isEmpty());
        settle();
        shot(stage, prefix + "training-builder-real.png");
        fx(() -> {
            dialog(stage).close();
            return null;
        });
        UUID trainingId = training;
        fx(() -> {
            stage.getScene().getRoot();
            return null;
        });
        switchTo(stage, trainingId);

        menu(stage, "menuBuildExercise");
        waitFor(() -> !((Label) dialog(stage).getScene().lookup("#builderPreviewTotal")).getText().isEmpty());
        settle();
        shot(stage, prefix + "training-builder-generated.png");
        fx(() -> {
            ((RadioButton) dialog(stage).getScene().lookup("#builderRecords")).fire();
            ((Button) dialog(stage).getScene().lookup("#builderRecordsAll")).fire();
            return null;
        });
        settle();
        Thread.sleep(400);
        settle();
        shot(stage, prefix + "training-builder-records.png");
        Path files = Files.createTempDirectory("leadline-training-files");
        fx(() -> {
            var scene = dialog(stage).getScene();
            ((RadioButton) scene.lookup("#builderGenerated")).fire();
            ((TextInputControl) scene.lookup("#builderTitle")).setText("Lyon drill");
            ((TextInputControl) scene.lookup("#builderTrainersFile")).setText(files.resolve("lyon-drill-trainer.leadpack").toString());
            ((TextInputControl) scene.lookup("#builderTraineesFile")).setText(files.resolve("lyon-drill.leadpack").toString());
            ((Button) scene.lookup("#builderBuild")).fire();
            return null;
        });
        Thread.sleep(300);
        shot(stage, prefix + "training-builder-running.png");
        waitFor(() -> dialog(stage).getScene().lookup("#builderSummary").isVisible()
                || !((Label) dialog(stage).getScene().lookup("#builderError")).getText().isEmpty());
        settle();
        shot(stage, prefix + "training-builder-done.png");
        fx(() -> {
            dialog(stage).close();
            return null;
        });
        settle();

        menu(stage, "menuMaterial");
        waitFor(() -> dialog(stage) != null && !((ListView<?>) dialog(stage).getScene().lookup("#materialList")).getItems().isEmpty());
        settle();
        Thread.sleep(300);
        shot(stage, prefix + "training-material.png");
        fx(() -> {
            ListView<?> list = (ListView<?>) dialog(stage).getScene().lookup("#materialList");
            list.getSelectionModel().select(4);
            return null;
        });
        settle();
        Thread.sleep(300);
        shot(stage, prefix + "training-material-profile.png");
    }

    private static void switchTo(Stage stage, UUID operation) throws Exception {
        fx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
            for (var menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if ("menuSwitchOperation".equals(item.getId()) && item instanceof javafx.scene.control.Menu sub) {
                        sub.getItems().stream().filter(i -> i.getText().startsWith("Lyon drill")).findFirst().orElseThrow().fire();
                    }
                }
            }
            return null;
        });
        waitFor(() -> stage.getScene().lookup("#trainingBanner").isVisible());
        settle();
    }

    private static void menu(Stage stage, String id) throws Exception {
        fx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitFor(() -> dialog(stage) != null);
    }

    private static Stage dialog(Stage main) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window.isShowing() && window instanceof Stage stage && stage.getScene() != null) {
                return stage;
            }
        }
        return null;
    }

    /** The window itself (its scene) and the whole screen through ImageMagick. */
    private static void shot(Stage main, String name) throws Exception {
        fx(() -> {
            Stage window = dialog(main);
            try {
                File file = out.resolve(name).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage((window != null ? window : main).getScene().snapshot(null), null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        try {
            Process process = new ProcessBuilder("import", "-window", "root", out.resolve("screen-" + name).toString()).inheritIO().start();
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("no screen shot: " + e.getMessage());
        }
    }
}
