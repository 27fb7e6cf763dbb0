package org.leadline.ui.common;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The passphrase card shared by the unlock and the lock screens. */
public final class PassphrasePrompt {
    private final StackPane root;
    private final PasswordField field = new PasswordField();

    public PassphrasePrompt(String title, String subtitle, StringProperty passphrase, StringProperty error,
                            BooleanProperty busy, Runnable submit, Node... extra) {
        HBox heading = new HBox(Icons.icon(Icons.LOCK, 22, "icon-accent"), Layouts.text(title, "screen-title"));
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("heading-row");
        Label sub = Layouts.text(subtitle, "screen-subtitle");
        sub.setWrapText(true);
        Label label = Layouts.label("unlock.passphrase", "field-label");
        label.setLabelFor(field);
        field.setId("passphraseField");
        field.textProperty().bindBidirectional(passphrase);
        field.setOnAction(event -> submit.run());
        field.editableProperty().bind(busy.not());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button unlock = new Button(Messages.get("unlock.button"));
        unlock.setId("unlockButton");
        unlock.getStyleClass().add("accent");
        unlock.disableProperty().bind(busy);
        unlock.setOnAction(event -> submit.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        HBox line = new HBox(field, progress, unlock);
        line.getStyleClass().add("passphrase-line");
        line.setAlignment(Pos.CENTER_LEFT);
        Label errorLine = Layouts.errorLine("unlockError");
        errorLine.textProperty().bind(error);
        VBox fieldBox = new VBox(label, line, errorLine);
        fieldBox.getStyleClass().add("form-field");
        Node[] children = new Node[3 + extra.length];
        children[0] = heading;
        children[1] = sub;
        children[2] = fieldBox;
        System.arraycopy(extra, 0, children, 3, extra.length);
        root = Layouts.centeredCard(520, children);
        error.addListener((obs, before, after) -> {
            if (after != null && !after.isEmpty()) {
                field.selectAll();
                field.requestFocus();
            }
        });
    }

    public StackPane root() {
        return root;
    }

    public void focus() {
        Platform.runLater(field::requestFocus);
    }
}
