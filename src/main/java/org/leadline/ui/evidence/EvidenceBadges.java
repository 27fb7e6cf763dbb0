package org.leadline.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Layouts;

/** The small labels on a tile: derived (crop, redaction, annotation), EXIF time or position, no preview. */
final class EvidenceBadges {
    private EvidenceBadges() {
    }

    static List<Node> of(CaptureSummary capture) {
        List<Node> badges = new ArrayList<>();
        if (capture.derivedFrom() != null) {
            badges.add(badge("evidence.badge." + capture.derivation().wireName(), "badge-derived"));
        }
        if (capture.exifWarning()) {
            badges.add(badge("evidence.badge.exif", "badge-exif"));
        }
        if (!capture.hasPreview()) {
            badges.add(badge("evidence.badge.noPreview", "badge-no-preview"));
        }
        return badges;
    }

    private static Label badge(String key, String style) {
        Label badge = Layouts.label(key, "tile-badge", style);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
