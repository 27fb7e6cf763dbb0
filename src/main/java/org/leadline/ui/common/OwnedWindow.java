package org.leadline.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window over the main one that looks like it: the owner's stylesheets and theme, centred, at most the owner's size,
 * closed by Escape. Views open themselves with one call and need nothing else from the main window.
 */
public final class OwnedWindow {
    private OwnedWindow() {
    }

    public static Stage open(Window owner, Parent root, String title, double width, double height) {
        Stage stage = new Stage();
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null && owner.getScene().getRoot().getStyleClass().contains("dark")) {
                root.getStyleClass().add("dark");
            }
        }
        stage.setScene(scene);
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        double w = owner == null ? width : Math.min(width, owner.getWidth() - 40);
        double h = owner == null ? height : Math.min(height, owner.getHeight() - 30);
        stage.setWidth(w);
        stage.setHeight(h);
        if (owner != null) {
            stage.setX(owner.getX() + (owner.getWidth() - w) / 2);
            stage.setY(owner.getY() + (owner.getHeight() - h) / 2);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                stage.close();
            }
        });
        stage.show();
        return stage;
    }

    /** Opens the window, and input in it counts as activity for the idle lock (watch). */
    public static Stage open(Window owner, Parent root, String title, double width, double height,
                             java.util.function.Consumer<Scene> watch) {
        Stage stage = open(owner, root, title, width, height);
        watch.accept(stage.getScene());
        return stage;
    }

    /** The title and one-sentence hint across the top, as the paste dialog has them. */
    public static Node header(String titleKey, String hintKey) {
        Label title = Layouts.label(titleKey, "paste-title");
        Label hint = Layouts.label(hintKey, "field-hint");
        hint.setWrapText(true);
        VBox box = new VBox(title, hint);
        box.getStyleClass().add("paste-header");
        return box;
    }

    /** The bar along the bottom: the window's keys on the left, then whatever the window puts on the right. */
    public static Node footer(String keysKey, Node... right) {
        return footer(new javafx.beans.property.SimpleStringProperty(Messages.get(keysKey)), right);
    }

    /** The same footer for a window whose keys change with its step (a wizard). */
    public static Node footer(ObservableValue<String> keys, Node... right) {
        Label hint = new Label();
        hint.getStyleClass().add("field-hint");
        hint.setId("footerKeys");
        hint.textProperty().bind(keys);
        HBox bar = new HBox(hint, Layouts.spacer());
        bar.getChildren().addAll(right);
        bar.getStyleClass().add("paste-footer");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Gives {@code action} the focus again when {@code state} falls back from {@code running} to {@code form} (a
     * refusal or a cancel): while it ran the action was disabled and focus fell to Cancel, where Enter would close the
     * window instead of doing what the footer says.
     */
    public static <S> void refocusAfterRun(ObservableValue<S> state, S running, S form, Node action) {
        state.addListener((obs, before, after) -> {
            if (before == running && after == form) {
                Platform.runLater(action::requestFocus);
            }
        });
    }

    /** A small spinner that takes room only while the window works. */
    public static ProgressIndicator busy(ObservableBooleanValue working) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy-indicator");
        busy.visibleProperty().bind(working);
        busy.managedProperty().bind(working);
        return busy;
    }
}
