package org.leadline.ui.evidence;

import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The small labels on a tile: derived (crop, redaction, annotation), EXIF time or position, no preview. A label is
 * made the first time its tile needs it and then only shown or hidden: most captures carry no badge, and a label's
 * first CSS pass is what a grid row pays for while the officer scrolls.
 */
final class EvidenceBadges extends HBox {
    private Label derived;
    private Label exif;
    private Label noPreview;

    EvidenceBadges() {
        getStyleClass().add("tile-badges");
    }

    /** Whether a capture shows any badge (a tile without one makes no badges at all). */
    static boolean any(CaptureSummary capture) {
        return capture != null && (capture.derivedFrom() != null || capture.exifWarning() || !capture.hasPreview());
    }

    void update(CaptureSummary capture) {
        boolean isDerived = capture != null && capture.derivedFrom() != null;
        boolean exifWarning = capture != null && capture.exifWarning();
        boolean withoutPreview = capture != null && !capture.hasPreview();
        boolean made = false;
        if (isDerived && derived == null) {
            derived = badge("badge-derived", "");
            made = true;
        }
        if (exifWarning && exif == null) {
            exif = badge("badge-exif", Messages.get("evidence.badge.exif"));
            made = true;
        }
        if (withoutPreview && noPreview == null) {
            noPreview = badge("badge-no-preview", Messages.get("evidence.badge.noPreview"));
            made = true;
        }
        if (made) {
            // The badges made so far, always in this order.
            getChildren().setAll(Stream.of(derived, exif, noPreview).filter(Objects::nonNull).toList());
        }
        if (isDerived) {
            derived.setText(Messages.get("evidence.badge." + capture.derivation().wireName()));
        }
        show(derived, isDerived);
        show(exif, exifWarning);
        show(noPreview, withoutPreview);
    }

    private static Label badge(String style, String text) {
        Label badge = Layouts.text(text, "tile-badge", style);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    private static void show(Label badge, boolean shown) {
        if (badge != null) {
            badge.setVisible(shown);
            badge.setManaged(shown);
        }
    }
}
