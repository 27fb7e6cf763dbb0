package org.leadline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Background;

/** Takes the screenshots of every screen at 1366×768: run under xvfb-run with the test class path. */
public final class ShotTool {
    private static final String PASSPHRASE = "correct horse battery";
    private static Path out;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "/tmp/gui-shots");
        Files.createDirectories(out);
        boolean dark = args.length > 1 && args[1].equals("dark");
        // A third argument "paste" takes only the paste and merge screenshots.
        boolean pasteOnly = args.length > 2 && args[2].equals("paste");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);

        if (!pasteOnly) {
        // 1. First run on an empty folder.
            Path fresh = Files.createTempDirectory("leadline-shot-fresh");
            if (dark) {
                Files.writeString(fresh.resolve("ui-settings.properties"), "theme.dark=true\n");
            }
            Stage stage = fx(() -> {
                Stage s = new Stage();
                new LeadlineApp(fresh, Clock.systemUTC()).start(s);
                return s;
            });
            settle();
            if (!dark) {
                snap(stage, "01-first-run.png");
                fx(() -> {
                    text(stage, "#nameField", "Amira Haddad");
                    text(stage, "#agencyField", "OCRIEST");
                    text(stage, "#countryField", "FR");
                    text(stage, "#operationNameField", "Cyberprotect action day 2");
                    text(stage, "#newPassphraseField", "short");
                    ((Button) stage.getScene().lookup("#createButton")).fire();
                    return null;
                });
                settle();
                snap(stage, "02-first-run-error.png");
            } else {
                fx(() -> {
                    text(stage, "#nameField", "Amira Haddad");
                    text(stage, "#agencyField", "OCRIEST");
                    text(stage, "#countryField", "FR");
                    text(stage, "#operationNameField", "Cyberprotect action day 2");
                    return null;
                });
            }
            fx(() -> {
                text(stage, "#newPassphraseField", PASSPHRASE);
                text(stage, "#confirmPassphraseField", PASSPHRASE);
                ((Button) stage.getScene().lookup("#createButton")).fire();
                return null;
            });
            waitFor(() -> stage.getScene().lookup("#fingerprintScreen") != null);
            settle();
            snap(stage, dark ? "dark-03-fingerprint.png" : "03-fingerprint.png");
            fx(() -> {
                ((Button) stage.getScene().lookup("#continueButton")).fire();
                return null;
            });
            waitFor(() -> stage.getScene().lookup("#mainRoot") != null);
            settle();
            snap(stage, dark ? "dark-04-welcome.png" : "04-welcome.png");
            fx(() -> {
                ((Button) stage.getScene().lookup("#openDemoButton")).fire();
                return null;
            });
            Thread.sleep(150);
            snap(stage, dark ? "dark-04b-demo-busy.png" : "04b-demo-busy.png");
            waitFor(() -> ((TableView<?>) stage.getScene().lookup("#leadTable")).getItems().size() > 0);
            settle();
            fx(() -> {
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#leadTable");
                table.getSelectionModel().select(1);
                table.requestFocus();
                return null;
            });
            settle();
            snap(stage, dark ? "dark-04c-demo.png" : "04c-demo.png");
            fx(() -> {
                stage.close();
                return null;
            });
            Platform.runLater(() -> { });
        }

        // 2. A workspace with leads: unlock, wrong passphrase, main window, detail, lock.
        Path seeded = Files.createTempDirectory("leadline-shot-seeded");
        if (dark) {
            Files.writeString(seeded.resolve("ui-settings.properties"), "theme.dark=true\n");
        }
        try (Workspace workspace = Workspace.create(seeded, PASSPHRASE.toCharArray(),
                new NewOfficer("Amira Haddad", "OCRIEST", "FR"), Clock.systemUTC())) {
            UUID op = new OperationService(workspace).create("Cyberprotect action day — Central Med", null, "LY",
                    LocalDate.now(), null).id();
            SampleData.fill(workspace, op, 320, 7);
            SampleData.nearDuplicates(workspace, op);
        }
        Stage second = fx(() -> {
            Stage s = new Stage();
            new LeadlineApp(seeded, Clock.systemUTC()).start(s);
            return s;
        });
        settle();
        if (!dark && !pasteOnly) {
            snap(second, "05-unlock.png");
            fx(() -> {
                text(second, "#passphraseField", "wrong passphrase");
                ((Button) second.getScene().lookup("#unlockButton")).fire();
                return null;
            });
            waitFor(() -> !((javafx.scene.control.Label) second.getScene().lookup("#unlockError")).getText().isEmpty());
            settle();
            snap(second, "06-unlock-wrong.png");
        }
        fx(() -> {
            text(second, "#passphraseField", PASSPHRASE);
            ((Button) second.getScene().lookup("#unlockButton")).fire();
            return null;
        });
        waitFor(() -> second.getScene().lookup("#mainRoot") != null);
        waitFor(() -> ((TableView<?>) second.getScene().lookup("#leadTable")).getItems().size() > 0);
        settle();
        snap(second, dark ? "dark-07-main.png" : "07-main.png");
        pasteShots(second, dark ? "dark-" : "");
        fx(() -> {
            TableView<?> table = (TableView<?>) second.getScene().lookup("#leadTable");
            int index = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                var row = (org.leadline.model.LeadSummary) table.getItems().get(i);
                if (!row.tags().isEmpty() && row.sightings() > 1) {
                    index = i;
                    break;
                }
            }
            table.getSelectionModel().select(index);
            table.requestFocus();
            return null;
        });
        settle();
        snap(second, dark ? "dark-08-detail.png" : "08-detail.png");
        if (!dark && !pasteOnly) {
            fx(() -> {
                text(second, "#searchField", "libya");
                return null;
            });
            Thread.sleep(400);
            settle();
            snap(second, "09-search.png");
            fx(() -> {
                Node menuLock = null;
                ((TextInputControl) second.getScene().lookup("#searchField")).clear();
                return menuLock;
            });
            Thread.sleep(400);
            settle();
            fx(() -> {
                Platform.runLater(() -> {
                    var bar = (javafx.scene.control.MenuBar) second.getScene().lookup("#menuBar");
                    bar.getMenus().get(3).getItems().get(0).fire();
                });
                return null;
            });
            Thread.sleep(800);
            fx(() -> {
                for (Window window : java.util.List.copyOf(Window.getWindows())) {
                    if (window != second && window.isShowing() && window.getScene() != null) {
                        snapScene(window.getScene(), "10-shortcuts.png");
                        ((Stage) window).close();
                    }
                }
                return null;
            });
        }
        fx(() -> {
            var bar = (javafx.scene.control.MenuBar) second.getScene().lookup("#menuBar");
            bar.getMenus().get(0).getItems().stream().filter(item -> "menuLock".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitFor(() -> second.getScene().lookup("#lockScreen") != null);
        settle();
        snap(second, dark ? "dark-11-lock.png" : "11-lock.png");
        fx(() -> {
            second.close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    static final String POST = "🚤 Trip Libya ➡️ Italy this week, 12000€ all included. Call/WhatsApp +218 91 234 5678\n"
            + "or t.me/ahmed_trips. More: https://www.facebook.com/profile.php?id=100089012345678&mibextid=ZbWKwL\n\n"
            + "Papers for the crossing: write to docs.travel@proton.me or Telegram @safe_docs_ly. Old number 0021892123 is off. "
            + "Payment to IBAN LY38 0021 0000 0000 0000 0000 0 or Western Union.";

    /** The paste dialog (found, selected, correcting), the saved status, suggestions and a hand merge. */
    private static void pasteShots(Stage main, String prefix) throws Exception {
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(POST);
            Clipboard.getSystemClipboard().setContent(content);
            Node table = main.getScene().lookup("#leadTable");
            table.requestFocus();
            Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.V, false, true, false, false));
            return null;
        });
        waitFor(() -> dialog(main) != null && dialog(main).getScene().lookup("#foundList") != null
                && !((ListView<?>) dialog(main).getScene().lookup("#foundList")).getItems().isEmpty());
        settle();
        snapDialog(main, prefix + "12-paste.png");
        screen(prefix + "12-paste-screen.png");
        fx(() -> {
            ListView<?> list = (ListView<?>) dialog(main).getScene().lookup("#foundList");
            list.getSelectionModel().select(3);
            return null;
        });
        settle();
        snapDialog(main, prefix + "13-paste-selected.png");
        fx(() -> {
            ListView<?> list = (ListView<?>) dialog(main).getScene().lookup("#foundList");
            list.getSelectionModel().select(7);
            list.edit(7);
            return null;
        });
        settle();
        snapDialog(main, prefix + "14-paste-edit.png");
        fx(() -> {
            ((TextInputControl) dialog(main).getScene().lookup("#pasteEditValue")).setText("+218 92 123 4567");
            ((Button) dialog(main).getScene().lookup("#pasteEditApply")).fire();
            return null;
        });
        settle();
        snapDialog(main, prefix + "14b-paste-corrected.png");
        fx(() -> {
            ((Button) dialog(main).getScene().lookup("#pasteSaveButton")).fire();
            return null;
        });
        waitFor(() -> dialog(main) == null);
        settle();
        snap(main, prefix + "15-paste-saved.png");
        fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<org.leadline.model.LeadSummary> table = (TableView<org.leadline.model.LeadSummary>) main.getScene().lookup("#leadTable");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).canonical().equals("telegram:ahmed_trips")) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                }
            }
            return null;
        });
        waitFor(() -> main.getScene().lookup("#mergeSuggestion0") != null && main.getScene().lookup("#mergeSuggestion0").isVisible());
        settle();
        snap(main, prefix + "16-suggestions.png");
        fx(() -> {
            Platform.runLater(() -> ((Button) main.getScene().lookup("#mergeSuggestion0")).fire());
            return null;
        });
        waitFor(() -> dialog(main) != null);
        Thread.sleep(300);
        fx(() -> {
            snapScene(dialog(main).getScene(), prefix + "17-merge-confirm.png");
            ((Button) dialog(main).getScene().lookup("#confirmMergeButton")).fire();
            return null;
        });
        waitFor(() -> dialog(main) == null && main.getScene().lookup("#undoMerge0") != null
                && main.getScene().lookup("#undoMerge0").isVisible());
        settle();
        snap(main, prefix + "18-merged.png");
        fx(() -> {
            ((Button) main.getScene().lookup("#undoMerge0")).fire();
            return null;
        });
        settle();

        // Lead → Paste post… opens the dialog empty, the cursor in its text area.
        fx(() -> {
            var bar = (javafx.scene.control.MenuBar) main.getScene().lookup("#menuBar");
            bar.getMenus().get(1).getItems().stream().filter(item -> "menuPastePost".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitFor(() -> dialog(main) != null && dialog(main).getScene().lookup("#pasteText") != null);
        settle();
        snapDialog(main, prefix + "19-paste-empty.png");

        // A chat export of about 400,000 characters: found off the FX thread, shown in parts.
        String export = (POST + "\n\n").repeat(1500);
        long started = System.currentTimeMillis();
        fx(() -> {
            ((TextInputControl) dialog(main).getScene().lookup("#pasteText")).setText(export);
            ((Button) dialog(main).getScene().lookup("#findSelectorsButton")).fire();
            return null;
        });
        Thread.sleep(100);
        snapDialog(main, prefix + "20-paste-finding.png");
        waitFor(() -> !((ListView<?>) dialog(main).getScene().lookup("#foundList")).getItems().isEmpty());
        System.out.println("found in " + export.length() + " characters after " + (System.currentTimeMillis() - started) + " ms");
        fx(() -> {
            ListView<?> list = (ListView<?>) dialog(main).getScene().lookup("#foundList");
            list.getSelectionModel().select(list.getItems().size() - 2);
            list.scrollTo(list.getItems().size() - 8);
            return null;
        });
        settle();
        snapDialog(main, prefix + "21-paste-long.png");
        fx(() -> {
            dialog(main).close();
            return null;
        });
    }

    private static void snapDialog(Stage main, String name) throws Exception {
        fx(() -> {
            snapScene(dialog(main).getScene(), name);
            return null;
        });
    }

    private static Stage dialog(Stage main) {
        for (Window window : java.util.List.copyOf(Window.getWindows())) {
            if (window != main && window.isShowing() && window instanceof Stage stage && stage.getScene() != null) {
                return stage;
            }
        }
        return null;
    }

    /** The whole 1366×768 screen (window and dialog together) through ImageMagick, when it is there. */
    private static void screen(String name) {
        try {
            Process process = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
            process.waitFor(20, TimeUnit.SECONDS);
            System.out.println("wrote " + out.resolve(name));
        } catch (Exception e) {
            System.out.println("no screen shot: " + e.getMessage());
        }
    }

    private static void text(Stage stage, String id, String value) {
        ((TextInputControl) stage.getScene().lookup(id)).setText(value);
    }

    static <T> T fx(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                error.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread busy");
        }
        if (error.get() != null) {
            throw new IllegalStateException(error.get());
        }
        return result.get();
    }

    static void waitFor(Supplier<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            if (fx(condition)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }

    static void settle() throws Exception {
        waitFor(() -> Background.runningProperty().get() == 0);
        Thread.sleep(300);
        fx(() -> null);
    }

    private static void snap(Stage stage, String name) throws Exception {
        fx(() -> {
            snapScene(stage.getScene(), name);
            return null;
        });
    }

    private static void snapScene(Scene scene, String name) {
        try {
            File file = out.resolve(name).toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            System.out.println("wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
