package org.leadline.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A small rounded chip of text (a tag, a capture an offer names), with a remove button where it can be taken off. */
public final class Chips {
    private Chips() {
    }

    /**
     * @param color    the chip's colour as {@code #rrggbb}, or null for the stylesheet's
     * @param removeId the remove button's id, for tests and shortcuts; ignored without {@code onRemove}
     * @param onRemove null for a chip that cannot be taken off
     */
    public static HBox chip(String text, String color, String removeId, String removeTooltip, Runnable onRemove) {
        Label label = new Label(text);
        label.getStyleClass().add("tag-chip-text");
        HBox chip = new HBox(label);
        chip.getStyleClass().add("tag-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMaxHeight(Region.USE_PREF_SIZE);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        if (color != null) {
            chip.setStyle("-tag-color: " + color + ";");
        }
        if (onRemove != null) {
            Button remove = new Button();
            remove.setGraphic(Icons.icon(Icons.CLOSE, 9, "tag-chip-remove-icon"));
            remove.getStyleClass().add("tag-chip-remove");
            remove.setId(removeId);
            remove.setCursor(Cursor.HAND);
            remove.setTooltip(new Tooltip(removeTooltip));
            remove.setFocusTraversable(false);
            remove.setOnAction(event -> onRemove.run());
            chip.getChildren().add(remove);
        }
        return chip;
    }
}
