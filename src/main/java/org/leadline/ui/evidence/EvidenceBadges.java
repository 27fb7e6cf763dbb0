package org.leadline.ui.evidence;

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
    /** A badge's place in the row (derived, EXIF, no preview), kept in its properties. */
    private static final String ORDER = "badgeOrder";

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
        if (isDerived) {
            derived = made(derived, "badge-derived", 0);
            derived.setText(Messages.get("evidence.badge." + capture.derivation().wireName()));
        }
        show(derived, isDerived);
        boolean exifWarning = capture != null && capture.exifWarning();
        if (exifWarning) {
            exif = made(exif, "badge-exif", 1);
            exif.setText(Messages.get("evidence.badge.exif"));
        }
        show(exif, exifWarning);
        boolean withoutPreview = capture != null && !capture.hasPreview();
        if (withoutPreview) {
            noPreview = made(noPreview, "badge-no-preview", 2);
            noPreview.setText(Messages.get("evidence.badge.noPreview"));
        }
        show(noPreview, withoutPreview);
    }

    /** The badge, made now if it was not yet, in its place among those made (derived, EXIF, no preview). */
    private Label made(Label badge, String style, int order) {
        if (badge != null) {
            return badge;
        }
        Label made = Layouts.text("", "tile-badge", style);
        made.setMinWidth(Label.USE_PREF_SIZE);
        made.getProperties().put(ORDER, order);
        int at = 0;
        while (at < getChildren().size() && (int) getChildren().get(at).getProperties().get(ORDER) < order) {
            at++;
        }
        getChildren().add(at, made);
        return made;
    }

    private static void show(Label badge, boolean shown) {
        if (badge != null) {
            badge.setVisible(shown);
            badge.setManaged(shown);
        }
    }
}
