package org.leadline.ui.evidence;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The small labels on a tile: derived (crop, redaction, annotation), EXIF time or position, no preview. The labels
 * are made once per tile and only shown or hidden, so that a recycled tile costs no new nodes while scrolling.
 */
final class EvidenceBadges extends HBox {
    private final Label derived = badge("badge-derived");
    private final Label exif = badge("badge-exif");
    private final Label noPreview = badge("badge-no-preview");

    EvidenceBadges() {
        getChildren().setAll(derived, exif, noPreview);
        exif.setText(Messages.get("evidence.badge.exif"));
        noPreview.setText(Messages.get("evidence.badge.noPreview"));
    }

    void update(CaptureSummary capture) {
        boolean isDerived = capture != null && capture.derivedFrom() != null;
        derived.setText(isDerived ? Messages.get("evidence.badge." + capture.derivation().wireName()) : "");
        show(derived, isDerived);
        show(exif, capture != null && capture.exifWarning());
        show(noPreview, capture != null && !capture.hasPreview());
    }

    private static void show(Label badge, boolean shown) {
        badge.setVisible(shown);
        badge.setManaged(shown);
    }

    private static Label badge(String style) {
        Label badge = Layouts.text("", "tile-badge", style);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
