package org.leadline.ui.firstrun;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leadline.logic.workspace.Passphrases;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The form shown when the folder has no workspace yet. */
public final class FirstRunView {
    private final FirstRunViewModel model;
    private final Parent root;
    private final TextField nameField = new TextField();

    public FirstRunView(FirstRunViewModel model, Consumer<Session> onCreated) {
        this.model = model;
        Label title = Layouts.label("firstRun.title", "screen-title");
        Label subtitle = Layouts.label("firstRun.subtitle", "screen-subtitle");
        subtitle.setWrapText(true);

        nameField.setId("nameField");
        nameField.textProperty().bindBidirectional(model.name);
        TextField agencyField = textField("agencyField", model.agency.get());
        agencyField.textProperty().bindBidirectional(model.agency);
        TextField countryField = countryField("countryField");
        countryField.textProperty().bindBidirectional(model.country);
        TextField operationField = textField("operationNameField", "");
        operationField.textProperty().bindBidirectional(model.operationName);
        TextField operationIdField = textField("operationIdField", "");
        operationIdField.setPromptText(Messages.get("firstRun.operationId.prompt"));
        operationIdField.textProperty().bindBidirectional(model.operationId);
        TextField regionField = countryField("regionField");
        regionField.textProperty().bindBidirectional(model.region);
        PasswordField passphraseField = new PasswordField();
        passphraseField.setId("newPassphraseField");
        passphraseField.textProperty().bindBidirectional(model.passphrase);
        PasswordField confirmField = new PasswordField();
        confirmField.setId("confirmPassphraseField");
        confirmField.textProperty().bindBidirectional(model.confirmation);

        // The phone region follows the country until the officer changes it.
        model.country.addListener((obs, before, after) -> {
            if (model.region.get().isBlank() || model.region.get().equalsIgnoreCase(before)) {
                model.region.set(after);
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        int row = 0;
        grid.add(section("firstRun.section.you"), 0, row++, 2, 1);
        grid.add(field("firstRun.name", nameField, null), 0, row);
        grid.add(field("firstRun.agency", agencyField, null), 1, row++);
        grid.add(field("firstRun.country", countryField, countryHint(countryField)), 0, row++);
        grid.add(section("firstRun.section.operation"), 0, row++, 2, 1);
        grid.add(field("firstRun.operationName", operationField, null), 0, row);
        grid.add(field("firstRun.region", regionField, countryHint(regionField)), 1, row++);
        grid.add(field("firstRun.operationId", operationIdField, Layouts.label("firstRun.operationId.hint", "field-hint")), 0, row++, 2, 1);
        grid.add(section("firstRun.section.passphrase"), 0, row++, 2, 1);
        grid.add(field("firstRun.passphrase", passphraseField,
                Layouts.text(Messages.get("firstRun.passphrase.hint", Passphrases.MINIMUM_LENGTH), "field-hint")), 0, row);
        grid.add(field("firstRun.confirm", confirmField, null), 1, row++);

        Label error = Layouts.errorLine("firstRunError");
        error.textProperty().bind(model.error);

        Button create = new Button(Messages.get("firstRun.create"));
        create.setId("createButton");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.disableProperty().bind(model.busy);
        create.setOnAction(event -> model.create(onCreated));
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(model.busy);
        Label busyText = Layouts.label("firstRun.busy", "field-hint");
        busyText.visibleProperty().bind(model.busy);
        HBox actions = new HBox(progress, busyText, Layouts.spacer(), create);
        actions.getStyleClass().add("form-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        root = Layouts.centeredCard(760, title, subtitle, grid, error, actions);
        root.setId("firstRunScreen");
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        Platform.runLater(nameField::requestFocus);
    }

    private static TextField textField(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    /** Two upper-case letters, nothing else. */
    private static TextField countryField(String id) {
        TextField field = textField(id, "");
        field.setPromptText(Messages.get("firstRun.country.prompt"));
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
            return change.getControlNewText().length() <= 2 ? change : null;
        }));
        field.setPrefColumnCount(4);
        field.setMaxWidth(90);
        return field;
    }

    private static Label countryHint(TextField field) {
        Label hint = new Label();
        hint.getStyleClass().add("field-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Format.country(field.getText()), field.textProperty()));
        return hint;
    }

    private static Label section(String key) {
        Label label = Layouts.label(key, "form-section");
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private static VBox field(String labelKey, Node control, Label hint) {
        Label label = Layouts.label(labelKey, "field-label");
        label.setLabelFor(control);
        Node line = control;
        if (hint != null && control instanceof TextField text && text.getMaxWidth() > 0 && text.getMaxWidth() < 200) {
            HBox inline = new HBox(control, hint);
            inline.setAlignment(Pos.CENTER_LEFT);
            inline.getStyleClass().add("inline-hint");
            line = inline;
            hint = null;
        }
        if (hint != null) {
            hint.setWrapText(true);
        }
        VBox box = hint == null ? new VBox(label, line) : new VBox(label, line, hint);
        box.getStyleClass().add("form-field");
        return box;
    }
}
