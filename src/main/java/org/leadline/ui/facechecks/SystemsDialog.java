package org.leadline.ui.facechecks;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The list of systems face images are checked in, for the whole workspace: add one by name, remove the selected one
 * (Delete). Checks already made keep the name of a removed system.
 */
final class SystemsDialog {
    private SystemsDialog() {
    }

    static void show(Window owner, FaceCheckViewModel model) {
        ListView<String> list = new ListView<>(model.systems);
        list.setId("systemsList");
        list.setPrefHeight(180);
        TextField name = new TextField();
        name.setId("newSystemField");
        name.setPromptText(Messages.get("faceCheck.systems.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Messages.get("faceCheck.systems.add"));
        add.setId("addSystemButton");
        Runnable adding = () -> {
            if (!name.getText().isBlank()) {
                model.addSystem(name.getText(), () -> name.clear());
            }
        };
        add.setOnAction(event -> adding.run());
        name.setOnAction(event -> adding.run());
        Button remove = new Button(Messages.get("faceCheck.systems.remove"));
        remove.setId("removeSystemButton");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeSystem(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                model.removeSystem(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        Label error = Layouts.errorLine("systemsError");
        error.textProperty().bind(model.systemsError);
        Label hint = Layouts.label("faceCheck.systems.hint", "field-hint");
        hint.setWrapText(true);
        HBox addRow = new HBox(name, add);
        addRow.getStyleClass().add("inline-row");
        HBox removeRow = new HBox(remove);
        VBox content = new VBox(hint, list, removeRow, addRow, error);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(460);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("faceCheck.systems.title"));
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot().getStyleClass().contains("dark")) {
                dialog.getDialogPane().getStyleClass().add("dark");
            }
        }
        dialog.getDialogPane().getStyleClass().add("leadline-dialog");
        dialog.getDialogPane().setId("systemsDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        model.systemsError.set("");
        Platform.runLater(name::requestFocus);
        dialog.show();
    }
}
