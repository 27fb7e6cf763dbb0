package org.leadline.ui.packages;

import java.util.Locale;
import javafx.scene.control.Label;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.workspace.Bytes;
import org.leadline.ui.common.Messages;
import org.leadline.ui.firstrun.FingerprintLines;

/** How the package screens name record types, kinds, sizes and keys. */
final class PackageTexts {
    private PackageTexts() {
    }

    /** "Lead records" for the records/leads.jsonl type (its name in the manifest's counts). */
    static String type(String name) {
        return Messages.get("packages.type." + name);
    }

    static String kind(PackageKind kind) {
        return kind == null ? "" : Messages.get("packages.kind." + kind.wireName());
    }

    /** A fingerprint in groups of four, four groups a line, as it is read aloud. */
    static Label fingerprint(String hex, String id) {
        Label label = new Label(FingerprintLines.of(Bytes.groupsOfFour(hex)));
        label.setId(id);
        label.getStyleClass().add("fingerprint");
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The same, smaller, for lists and reports. */
    static Label smallFingerprint(String hex, String id) {
        Label label = fingerprint(hex, id);
        label.getStyleClass().add("fingerprint-small");
        return label;
    }

    /** A small rounded badge ("Verified", "TRUSTED since …") that keeps its width when the line is short of room. */
    static Label badge(String text, String... styleClasses) {
        Label badge = new Label(text);
        badge.getStyleClass().add("status-badge");
        badge.getStyleClass().addAll(styleClasses);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }

    /** A fingerprint on two lines of eight groups, for a table row. */
    static String twoLines(String hex) {
        String groups = Bytes.groupsOfFour(hex);
        int middle = groups.length() / 2;
        return groups.substring(0, middle).strip() + "\n" + groups.substring(middle).strip();
    }

    /** "Claire Martin, Police nationale (FR)". */
    static String officer(String name, String agency, String country) {
        return Messages.get("packages.officer", name == null ? "" : name, agency == null ? "" : agency, country(country));
    }

    /** A country code for a line of text, or "?" when the officer gave none. */
    static String country(String code) {
        return code == null || code.isBlank() ? "?" : code.toUpperCase(Locale.ROOT);
    }
}
