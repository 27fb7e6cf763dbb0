package org.leadline.ui.leads;

import java.util.function.Consumer;
import javafx.scene.layout.HBox;
import org.leadline.ui.common.Chips;
import org.leadline.ui.common.Messages;

/** A tag as a small coloured chip, with a remove button where tags can be edited. */
final class TagChips {
    private static final String DEFAULT_COLOR = "#8d99ae";

    private TagChips() {
    }

    static HBox chip(String name, String color, Consumer<String> onRemove) {
        String fill = color == null || !color.matches("#[0-9a-fA-F]{6}") ? DEFAULT_COLOR : color;
        return Chips.chip(name, fill, "removeTag-" + name, Messages.get("detail.tags.remove", name),
                onRemove == null ? null : () -> onRemove.accept(name));
    }
}
