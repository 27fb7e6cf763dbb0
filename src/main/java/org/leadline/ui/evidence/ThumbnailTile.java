package org.leadline.ui.evidence;

import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leadline.logic.evidence.Sizes;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Messages;

/**
 * One capture as a tile: its thumbnail (from the cache, or loaded off the FX thread while a placeholder shows), its
 * name, and badges for "derived", "EXIF" and "no preview". Tiles are reused by virtualized cells: {@link #show} may be
 * called again with another capture at any time. The badges and the tooltip are made only when first needed (a badge
 * to show, the pointer on the tile): a grid row is built while the officer scrolls, and those are most of its cost.
 */
public final class ThumbnailTile extends VBox {
    private final ThumbnailCache cache;
    private final double side;
    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private final Label name = new Label();
    private final StackPane picture;
    private EvidenceBadges badges;
    private Tooltip tooltip;
    /** The capture this tile shows now; a thumbnail arriving for another one is dropped. Volatile: the worker reads it. */
    private volatile UUID showing;
    private CaptureSummary capture;
    private boolean pending;

    public ThumbnailTile(ThumbnailCache cache, double side, boolean withName) {
        this.cache = cache;
        this.side = side;
        getStyleClass().add("evidence-tile");
        image.setFitWidth(side);
        image.setFitHeight(side);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        placeholder.getStyleClass().add("tile-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(side - 8);
        picture = new StackPane(placeholder, image);
        picture.getStyleClass().add("tile-picture");
        picture.setMinSize(side, side);
        picture.setPrefSize(side, side);
        picture.setMaxSize(side, side);
        getChildren().add(picture);
        if (withName) {
            name.getStyleClass().add("tile-name");
            name.setMaxWidth(side);
            getChildren().add(name);
        }
        setMaxWidth(USE_PREF_SIZE);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null) {
                tooltip = new Tooltip(tooltipText());
                Tooltip.install(this, tooltip);
            }
        });
    }

    /** Name, size and time of the capture shown, or nothing for an empty tile. */
    private String tooltipText() {
        return capture == null ? "" : Messages.get("evidence.tile.tooltip", capture.originalName(), Sizes.readable(capture.size()),
                Format.dateTime(capture.capturedAt()));
    }

    /** Shows the capture's badges; the badge row is made the first time a capture has one. */
    private void updateBadges(CaptureSummary shown) {
        if (badges == null) {
            if (!EvidenceBadges.any(shown)) {
                return;
            }
            badges = new EvidenceBadges();
            badges.setAlignment(Pos.TOP_LEFT);
            badges.setMouseTransparent(true);
            StackPane.setAlignment(badges, Pos.TOP_LEFT);
            picture.getChildren().add(badges);
        }
        badges.update(shown);
    }

    /** A capture that exists but whose page is not loaded yet: an empty tile that says so. */
    void showPending() {
        show(null);
        pending = true;
        setVisible(true);
        placeholder.setText(Messages.get("evidence.tile.loading"));
    }

    boolean pending() {
        return pending;
    }

    CaptureSummary capture() {
        return capture;
    }

    public void show(CaptureSummary shown) {
        this.pending = false;
        this.capture = shown;
        this.showing = shown == null ? null : shown.id();
        if (shown == null) {
            image.setImage(null);
            placeholder.setText("");
            name.setText("");
            updateBadges(null);
            if (tooltip != null) {
                tooltip.setText("");
            }
            setVisible(false);
            return;
        }
        setVisible(true);
        name.setText(shown.originalName());
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
        updateBadges(shown);
        var cached = cache.cached(shown.id());
        if (cached.isPresent()) {
            showImage(cached.get().orElse(null));
            return;
        }
        if (!shown.hasPreview()) {
            showImage(null);
            return;
        }
        image.setImage(null);
        placeholder.setText(Messages.get("evidence.tile.loading"));
        UUID wanted = shown.id();
        cache.load(shown, () -> wanted.equals(showing), this::showImage);
    }

    private void showImage(Image loaded) {
        image.setImage(loaded);
        // The badge says "no preview"; the tile itself names what is kept (PDF, HEIC, a damaged PNG).
        placeholder.setText(loaded == null ? kindOf(capture) : "");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-preview"), loaded == null);
    }

    /** "PDF", "HEIC", "PNG": the media type's short name, for a tile without a picture. */
    static String kindOf(CaptureSummary capture) {
        if (capture == null || capture.mediaType() == null) {
            return Messages.get("evidence.noPreview");
        }
        String type = capture.mediaType();
        String subtype = type.substring(type.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
        return subtype.equals("JPEG") ? "JPEG" : subtype;
    }

    /** True once the tile shows a thumbnail (tests look for it). */
    public boolean hasImage() {
        return image.getImage() != null;
    }

    double side() {
        return side;
    }
}
