package org.leadline.ui.evidence;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.leadline.ui.common.Messages;

/**
 * A screen-region capture: the workstation steps aside, the screen is photographed, and the officer drags a
 * rectangle over the frozen picture (Escape cancels; releasing the mouse or Enter takes it, Enter without a drag
 * takes the whole screen). The window comes back either way.
 */
public final class RegionCaptureView {
    /** Time for the window manager to take the workstation off the screen before the picture is taken. */
    static final Duration HIDE_DELAY = Duration.millis(300);

    private final Stage main;
    private final Consumer<WritableImage> onCaptured;
    private Stage overlay;
    private WritableImage shot;
    private double startX;
    private double startY;
    private boolean dragging;
    private final Rectangle selection = new Rectangle();

    /** @param onCaptured gets the chosen region's pixels, after the main window is back */
    public RegionCaptureView(Stage main, Consumer<WritableImage> onCaptured) {
        this.main = main;
        this.onCaptured = onCaptured;
    }

    public void start() {
        main.setIconified(true);
        PauseTransition wait = new PauseTransition(HIDE_DELAY);
        wait.setOnFinished(event -> photograph());
        wait.play();
    }

    private void photograph() {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        try {
            shot = new Robot().getScreenCapture(null, bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(), false);
        } catch (RuntimeException e) {
            shot = null;
        }
        if (shot == null) {
            finish(Optional.empty());
            return;
        }
        ImageView frozen = new ImageView(shot);
        frozen.setFitWidth(bounds.getWidth());
        frozen.setFitHeight(bounds.getHeight());
        Rectangle veil = new Rectangle(bounds.getWidth(), bounds.getHeight());
        Pane layer = new Pane(frozen);
        Label hint = new Label(Messages.get("capture.hint"));
        hint.getStyleClass().add("capture-hint");
        hint.setLayoutX(24);
        hint.setLayoutY(24);
        selection.getStyleClass().add("capture-selection");
        selection.setFill(Color.TRANSPARENT);
        selection.setStroke(Color.web("#4fa3ff"));
        selection.setStrokeWidth(2);
        selection.setVisible(false);
        Shape shade = veil;
        shade.setFill(Color.rgb(0, 0, 0, 0.35));
        layer.getChildren().addAll(shade, selection, hint);
        Scene scene = new Scene(layer, bounds.getWidth(), bounds.getHeight(), Color.TRANSPARENT);
        scene.getStylesheets().setAll(main.getScene().getStylesheets());
        scene.setCursor(Cursor.CROSSHAIR);
        overlay = new Stage(StageStyle.TRANSPARENT);
        overlay.setScene(scene);
        overlay.setX(bounds.getMinX());
        overlay.setY(bounds.getMinY());
        overlay.setWidth(bounds.getWidth());
        overlay.setHeight(bounds.getHeight());
        overlay.setAlwaysOnTop(true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                finish(Optional.empty());
            } else if (event.getCode() == KeyCode.ENTER) {
                finish(selection.isVisible() ? region(selection.getX(), selection.getY(), selection.getX() + selection.getWidth(),
                        selection.getY() + selection.getHeight()) : Optional.of(RegionSelection.whole((int) shot.getWidth(),
                        (int) shot.getHeight())));
            }
            event.consume();
        });
        layer.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            startX = event.getX();
            startY = event.getY();
            dragging = true;
            draw(event.getX(), event.getY(), veil, layer);
        });
        layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragging) {
                draw(event.getX(), event.getY(), veil, layer);
            }
        });
        layer.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (!dragging) {
                return;
            }
            dragging = false;
            Optional<RegionSelection.Box> box = region(startX, startY, event.getX(), event.getY());
            if (box.isPresent()) {
                finish(box);
            } else {
                selection.setVisible(false);
            }
        });
        overlay.show();
        overlay.requestFocus();
    }

    /** The selection outline, and the veil with a hole where the region is, so it shows at full brightness. */
    private void draw(double x, double y, Rectangle veil, Pane layer) {
        double left = Math.min(startX, x);
        double top = Math.min(startY, y);
        selection.setX(left);
        selection.setY(top);
        selection.setWidth(Math.abs(x - startX));
        selection.setHeight(Math.abs(y - startY));
        selection.setVisible(true);
        Shape hole = Shape.subtract(new Rectangle(veil.getWidth(), veil.getHeight()),
                new Rectangle(left, top, selection.getWidth(), selection.getHeight()));
        hole.setFill(Color.rgb(0, 0, 0, 0.35));
        hole.setMouseTransparent(true);
        layer.getChildren().set(1, hole);
    }

    private Optional<RegionSelection.Box> region(double x1, double y1, double x2, double y2) {
        return RegionSelection.crop(x1, y1, x2, y2, overlay.getWidth(), overlay.getHeight(), (int) shot.getWidth(),
                (int) shot.getHeight());
    }

    private void finish(Optional<RegionSelection.Box> box) {
        if (overlay != null) {
            overlay.close();
        }
        main.setIconified(false);
        main.toFront();
        box.ifPresent(b -> onCaptured.accept(new WritableImage(shot.getPixelReader(), b.x(), b.y(), b.width(), b.height())));
    }
}
