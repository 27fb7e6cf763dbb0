package org.leadline.ui.firstrun;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Officer;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/** After creation: the officer's key fingerprint, to be read aloud to the team lead. */
public final class FingerprintView {
    private final Parent root;
    private final Button next;

    public FingerprintView(Officer officer, Runnable onContinue) {
        HBox heading = new HBox(Icons.icon(Icons.CHECK, 22, "icon-success"), Layouts.label("fingerprint.title", "screen-title"));
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("heading-row");
        Label subtitle = Layouts.text(Messages.get("fingerprint.subtitle", officer.name(), officer.agency(), officer.country()),
                "screen-subtitle");
        subtitle.setWrapText(true);
        Label explain = Layouts.label("fingerprint.readAloud", "field-label");
        explain.setWrapText(true);
        Label fingerprint = new Label(FingerprintLines.of(Bytes.groupsOfFour(officer.fingerprint())));
        fingerprint.setId("fingerprintLabel");
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setMaxWidth(Double.MAX_VALUE);
        Label later = Layouts.label("fingerprint.later", "field-hint");
        later.setWrapText(true);
        next = new Button(Messages.get("fingerprint.continue"));
        next.setId("continueButton");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.setOnAction(event -> onContinue.run());
        HBox actions = new HBox(Layouts.spacer(), next);
        actions.getStyleClass().add("form-actions");
        root = Layouts.centeredCard(620, heading, subtitle, explain, fingerprint, later, actions);
        root.setId("fingerprintScreen");
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        Platform.runLater(next::requestFocus);
    }
}
