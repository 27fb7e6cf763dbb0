package org.leadline.ui.leads;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Messages;

/** A tag as a small coloured chip, with a remove button where tags can be edited. */
final class TagChips {
    private static final String DEFAULT_COLOR = "#8d99ae";

    private TagChips() {
    }

    static HBox chip(String name, String color, Consumer<String> onRemove) {
        String fill = color == null || !color.matches("#[0-9a-fA-F]{6}") ? DEFAULT_COLOR : color;
        Label text = new Label(name);
        text.getStyleClass().add("tag-chip-text");
        HBox chip = new HBox(text);
        chip.getStyleClass().add("tag-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setStyle("-tag-color: " + fill + ";");
        if (onRemove != null) {
            Button remove = new Button();
            remove.setGraphic(Icons.icon(Icons.CLOSE, 9, "tag-chip-remove-icon"));
            remove.getStyleClass().add("tag-chip-remove");
            remove.setId("removeTag-" + name);
            remove.setCursor(Cursor.HAND);
            remove.setTooltip(new Tooltip(Messages.get("detail.tags.remove", name)));
            remove.setFocusTraversable(false);
            remove.setOnAction(event -> onRemove.accept(name));
            chip.getChildren().add(remove);
        }
        return chip;
    }
}
