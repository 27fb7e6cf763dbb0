package org.leadline.ui.main;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Passphrases;
import org.leadline.logic.workspace.WorkspaceException;
import org.leadline.model.Officer;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The main window's small dialogs. Each keeps itself open on an error and says why in one sentence. */
final class Dialogs {
    private Dialogs() {
    }

    /** A dialog whose OK runs work (off the FX thread where needed) and closes only when it succeeded. */
    private static Dialog<ButtonType> dialog(Window owner, List<String> stylesheets, String titleKey, String okKey, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("leadline-dialog");
        dialog.getDialogPane().setContent(content);
        if (okKey != null) {
            ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
        } else {
            dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        return dialog;
    }

    private static Button okButton(Dialog<ButtonType> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(type -> (Button) dialog.getDialogPane().lookupButton(type)).findFirst().orElseThrow();
    }

    /** Wires OK to an action that calls back with null (done: close) or an error sentence (stay open). */
    private static void onOk(Dialog<ButtonType> dialog, Label error, Consumer<Consumer<String>> action) {
        Button ok = okButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            ok.setDisable(true);
            action.accept(problem -> {
                ok.setDisable(false);
                if (problem == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    error.setText(problem);
                }
            });
        });
    }

    private static VBox field(String key, Node control) {
        Label label = Layouts.label(key, "field-label");
        label.setLabelFor(control);
        VBox box = new VBox(label, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    private static TextField countryField(String initial) {
        TextField field = new TextField(initial);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
            return change.getControlNewText().length() <= 2 ? change : null;
        }));
        field.setMaxWidth(90);
        return field;
    }

    static void newOperation(Window owner, List<String> stylesheets, MainViewModel model, String region) {
        TextField name = new TextField();
        name.setId("newOperationName");
        TextField id = new TextField();
        id.setId("newOperationId");
        id.setPromptText(Messages.get("firstRun.operationId.prompt"));
        TextField regionField = countryField(region);
        regionField.setId("newOperationRegion");
        Label error = Layouts.errorLine("newOperationError");
        javafx.scene.control.CheckBox training = new javafx.scene.control.CheckBox(Messages.get("operation.training"));
        training.setId("newOperationTraining");
        training.setWrapText(true);
        VBox content = new VBox(field("operation.name", name), field("operation.region", regionField),
                field("operation.id", id), Layouts.label("firstRun.operationId.hint", "field-hint"), training, error);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(460);
        Dialog<ButtonType> dialog = dialog(owner, stylesheets, "operation.new.title", "operation.new.create", content);
        onOk(dialog, error, done -> {
            UUID parsed = null;
            if (name.getText().isBlank()) {
                done.accept(Messages.get("firstRun.error.operationName"));
                return;
            }
            if (!id.getText().isBlank()) {
                try {
                    parsed = UUID.fromString(id.getText().strip());
                } catch (IllegalArgumentException e) {
                    done.accept(Messages.get("firstRun.error.operationId"));
                    return;
                }
            }
            if (Format.country(regionField.getText()).isEmpty()) {
                done.accept(Messages.get("firstRun.error.region"));
                return;
            }
            model.createOperation(name.getText(), parsed, regionField.getText(), training.isSelected(), created -> done.accept(null), done);
        });
        Platform.runLater(name::requestFocus);
        dialog.showAndWait();
    }

    static void changePassphrase(Window owner, List<String> stylesheets, Session session) {
        PasswordField current = new PasswordField();
        current.setId("currentPassphrase");
        PasswordField replacement = new PasswordField();
        replacement.setId("replacementPassphrase");
        PasswordField confirm = new PasswordField();
        confirm.setId("confirmReplacement");
        Label error = Layouts.errorLine("changePassphraseError");
        VBox content = new VBox(field("passphrase.current", current), field("passphrase.new", replacement),
                field("passphrase.confirm", confirm),
                Layouts.text(Messages.get("firstRun.passphrase.hint", Passphrases.MINIMUM_LENGTH), "field-hint"), error);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(420);
        Dialog<ButtonType> dialog = dialog(owner, stylesheets, "passphrase.title", "passphrase.change", content);
        onOk(dialog, error, done -> {
            if (replacement.getText().length() < Passphrases.MINIMUM_LENGTH) {
                done.accept(Messages.get("firstRun.error.passphraseShort", Passphrases.MINIMUM_LENGTH));
                return;
            }
            if (!replacement.getText().equals(confirm.getText())) {
                done.accept(Messages.get("firstRun.error.passphraseMismatch"));
                return;
            }
            char[] old = current.getText().toCharArray();
            char[] fresh = replacement.getText().toCharArray();
            Background.run(() -> {
                try {
                    session.workspace().changePassphrase(old, fresh);
                } finally {
                    Arrays.fill(old, '\0');
                    Arrays.fill(fresh, '\0');
                }
            }, () -> done.accept(null), failure -> done.accept(
                    failure instanceof WorkspaceException e && e.reason() == WorkspaceException.Reason.WRONG_PASSPHRASE
                            ? Messages.get("passphrase.error.wrong") : Errors.sentence(failure)));
        });
        Platform.runLater(current::requestFocus);
        dialog.showAndWait();
    }

    static void preferences(Window owner, List<String> stylesheets, Shell shell) {
        Spinner<Integer> minutes = new Spinner<>(1, 240, shell.idleMinutesProperty().get());
        minutes.setId("idleMinutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        CheckBox dark = new CheckBox(Messages.get("preferences.dark"));
        dark.setSelected(shell.darkThemeProperty().get());
        Label error = Layouts.errorLine("preferencesError");
        VBox content = new VBox(field("preferences.idle", minutes), Layouts.label("preferences.idle.hint", "field-hint"), dark, error);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(380);
        Dialog<ButtonType> dialog = dialog(owner, stylesheets, "preferences.title", "preferences.save", content);
        onOk(dialog, error, done -> {
            try {
                minutes.increment(0);
                shell.idleMinutesProperty().set(minutes.getValue());
                shell.darkThemeProperty().set(dark.isSelected());
                done.accept(null);
            } catch (NumberFormatException e) {
                done.accept(Messages.get("preferences.error.idle"));
            }
        });
        dialog.showAndWait();
    }

    static void shortcuts(Window owner, List<String> stylesheets) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        String[][] rows = {
                {"shortcuts.key.add", "shortcuts.add"}, {"shortcuts.key.paste", "shortcuts.paste"},
                {"shortcuts.key.search", "shortcuts.search"},
                {"shortcuts.key.offers", "shortcuts.offers"}, {"shortcuts.key.recordOffer", "shortcuts.recordOffer"},
                {"shortcuts.key.links", "shortcuts.links"},
                {"shortcuts.key.escape", "shortcuts.escape"}, {"shortcuts.key.tag", "shortcuts.tag"},
                {"shortcuts.key.next", "shortcuts.next"}, {"shortcuts.key.previous", "shortcuts.previous"},
                {"shortcuts.key.delete", "shortcuts.delete"},
                {"shortcuts.key.pasteImage", "shortcuts.pasteImage"}, {"shortcuts.key.attachFiles", "shortcuts.attachFiles"},
                {"shortcuts.key.captureRegion", "shortcuts.captureRegion"}, {"shortcuts.key.evidence", "shortcuts.evidence"},
                {"shortcuts.key.picture", "shortcuts.picture"},
                {"shortcuts.key.viewer", "shortcuts.viewer"},
                {"shortcuts.key.document", "shortcuts.document"}, {"shortcuts.key.faceChecks", "shortcuts.faceChecks"},
                {"shortcuts.key.exportPackage", "shortcuts.exportPackage"}, {"shortcuts.key.importPackages", "shortcuts.importPackages"},
                {"shortcuts.key.trust", "shortcuts.trust"}, {"shortcuts.key.conflicts", "shortcuts.conflicts"},
                {"shortcuts.key.report", "shortcuts.report"}, {"shortcuts.key.buildExercise", "shortcuts.buildExercise"},
                {"shortcuts.key.material", "shortcuts.material"}, {"shortcuts.key.scoreExercise", "shortcuts.scoreExercise"},
                {"shortcuts.key.lock", "shortcuts.lock"},
                {"shortcuts.key.quit", "shortcuts.quit"}};
        int row = 0;
        for (String[] entry : rows) {
            Label key = Layouts.label(entry[0], "shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = Layouts.label(entry[1]);
            what.setWrapText(true);
            what.setMaxWidth(380);
            grid.addRow(row++, key, what);
        }
        // The categories stand in a column of their own: one column of everything is taller than a 768-pixel screen.
        GridPane categories = new GridPane();
        categories.getStyleClass().add("shortcut-grid");
        int categoryRow = 0;
        categories.add(Layouts.label("shortcuts.categories", "form-section"), 0, categoryRow++, 2, 1);
        for (var category : Format.CATEGORY_SHORTCUTS) {
            Label key = Layouts.text(Format.categoryShortcut(category), "shortcut-key");
            Label name = Layouts.text(Format.category(category));
            key.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(Region.USE_PREF_SIZE);
            categories.addRow(categoryRow++, key, name);
        }
        categories.setMinWidth(Region.USE_PREF_SIZE);
        grid.setId("shortcutGrid");
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(32, grid, categories);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // The list has outgrown a 768-pixel screen: the dialog keeps its height and the list scrolls.
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(960);
        scroll.getStyleClass().add("edge-to-edge");
        Dialog<ButtonType> dialog = dialog(owner, stylesheets, "shortcuts.title", null, scroll);
        // AtlantaFX caps dialog panes at 600 px, which folds the two columns into one taller than the screen.
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.showAndWait();
    }

    static void about(Window owner, List<String> stylesheets, Officer officer, String version) {
        Label name = Layouts.label("app.name", "screen-title");
        Label versionLine = Layouts.text(Messages.get("about.version", version), "field-hint");
        Label tagline = Layouts.label("about.tagline");
        tagline.setWrapText(true);
        Label who = Layouts.text(Messages.get("about.officer", officer.name(), officer.agency(), officer.country()));
        Label fingerprintTitle = Layouts.label("about.fingerprint", "field-label");
        Label fingerprint = new Label(org.leadline.ui.firstrun.FingerprintLines.of(Bytes.groupsOfFour(officer.fingerprint())));
        fingerprint.setId("aboutFingerprint");
        fingerprint.getStyleClass().add("fingerprint");
        VBox content = new VBox(name, versionLine, tagline, who, fingerprintTitle, fingerprint);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(460);
        Dialog<ButtonType> dialog = dialog(owner, stylesheets, "about.title", null, content);
        dialog.showAndWait();
    }
}
