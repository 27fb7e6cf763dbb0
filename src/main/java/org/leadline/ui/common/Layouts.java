package org.leadline.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small layout helpers so that every screen spaces things the same way. */
public final class Layouts {
    private Layouts() {
    }

    /** A centred card on the app background, for the first-run, unlock and lock screens. */
    public static StackPane centeredCard(double maxWidth, Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("screen-card");
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.getStyleClass().add("screen");
        StackPane.setAlignment(card, Pos.CENTER);
        return screen;
    }

    public static Label label(String key, String... styleClasses) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A progress bar following background work (0…1, or -1 while the total is not known), as wide as its row allows. */
    public static javafx.scene.control.ProgressBar progressBar(String id, javafx.beans.value.ObservableDoubleValue progress) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId(id);
        bar.progressProperty().bind(progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        return bar;
    }

    /** A one-sentence error line that takes no room while empty. */
    public static Label errorLine(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error-line");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }
}
