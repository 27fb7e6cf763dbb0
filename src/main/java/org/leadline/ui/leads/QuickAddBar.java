package org.leadline.ui.leads;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Choice;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Messages;

/** Value, kind, tags, Add: Enter in any field adds. */
public final class QuickAddBar {
    private static final Duration FEEDBACK_TIME = Duration.seconds(5);
    private final HBox root;
    private final TextField valueField = new TextField();

    public QuickAddBar(QuickAddViewModel model, Consumer<UUID> onAdded) {
        valueField.setId("quickAddValue");
        valueField.setPromptText(Messages.get("quickAdd.value.prompt"));
        valueField.textProperty().bindBidirectional(model.value);
        HBox.setHgrow(valueField, Priority.ALWAYS);
        valueField.setMinWidth(260);

        ComboBox<Choice<LeadKind>> kind = Choice.combo("quickAddKind",
                Choice.of(Messages.get("quickAdd.kind.auto"), Arrays.asList(LeadKind.values()), Format::kind), model.kind);
        kind.setTooltip(new javafx.scene.control.Tooltip(Messages.get("quickAdd.kind.tooltip")));
        kind.setPrefWidth(120);

        TextField tags = new TextField();
        tags.setId("quickAddTags");
        tags.setPromptText(Messages.get("quickAdd.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tags);
        tags.setPrefColumnCount(14);

        Button add = new Button(Messages.get("quickAdd.add"), Icons.icon(Icons.PLUS, 12, "icon-on-accent"));
        add.setId("quickAddButton");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busy);
        Runnable submit = () -> model.add(id -> {
            onAdded.accept(id);
            valueField.requestFocus();
        });
        add.setOnAction(event -> submit.run());
        valueField.setOnAction(event -> submit.run());
        tags.setOnAction(event -> submit.run());

        Label feedback = new Label();
        feedback.setId("quickAddFeedback");
        feedback.getStyleClass().add("quick-add-feedback");
        feedback.textProperty().bind(model.feedback);
        feedback.setMaxWidth(360);
        feedback.managedProperty().bind(model.feedback.isNotEmpty());
        feedback.visibleProperty().bind(model.feedback.isNotEmpty());
        PauseTransition fade = new PauseTransition(FEEDBACK_TIME);
        fade.setOnFinished(event -> model.clearFeedback());
        model.outcome.addListener((obs, before, after) -> {
            feedback.getStyleClass().removeAll("outcome-added", "outcome-known", "outcome-error");
            if (after != QuickAddViewModel.Outcome.NONE) {
                feedback.getStyleClass().add("outcome-" + after.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        model.feedback.addListener((obs, before, after) -> {
            if (after != null && !after.isEmpty()) {
                fade.playFromStart();
            }
        });
        valueField.textProperty().addListener((obs, before, after) -> {
            if (model.outcome.get() == QuickAddViewModel.Outcome.ERROR && !after.isEmpty()) {
                model.clearFeedback();
            }
        });

        root = new HBox(valueField, kind, tags, add, feedback);
        root.setId("quickAddBar");
        root.getStyleClass().add("quick-add-bar");
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        valueField.requestFocus();
        valueField.selectAll();
    }
}
