package org.leadline.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leadline.ui.common.Messages;

/** One compact counter in the operation header. */
final class StatTile extends VBox {
    private final Label value = new Label("0");

    StatTile(String id, String captionKey) {
        setId(id);
        getStyleClass().add("stat-tile");
        value.getStyleClass().add("stat-value");
        value.setId(id + "Value");
        Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().add("stat-caption");
        getChildren().addAll(value, caption);
    }

    void set(String text) {
        value.setText(text);
    }
}
