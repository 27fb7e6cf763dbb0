package org.leadline.logic.packages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What an import does or did, per record type: records new to the workspace, updated to a higher version, already
 * present (the same or an older version), and kept in conflict (the same version with other content).
 *
 * @param alreadyImported the package came in before: nothing was or will be written
 * @param newOperation    the package's operation is not in the workspace yet and is created by the import
 */
public record ImportSummary(UUID packageId, String signer, String signerName, String signerCountry, PackageKind kind,
                            long sequence, UUID operationId, String operationName, boolean alreadyImported, boolean newOperation,
                            Map<String, Counts> perType, int blobsAdded, List<String> warnings) {

    public record Counts(int added, int updated, int present, int conflicts) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(added + other.added, updated + other.updated, present + other.present, conflicts + other.conflicts);
        }
    }

    public Counts total() {
        return perType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** "Added 120, updated 3, already present 40, in conflict 1." — or why nothing changed. */
    public String sentence() {
        return sentence(true);
    }

    /** The sentence of the report before an import: "Would add 120, update 3, …". */
    public String planSentence() {
        return sentence(false);
    }

    private String sentence(boolean done) {
        if (alreadyImported) {
            return "Package " + packageId + " was imported before; nothing " + (done ? "changed." : "would change.");
        }
        Counts t = total();
        if (t.added() == 0 && t.updated() == 0 && t.conflicts() == 0) {
            return "Every record of package " + packageId + " is already present (" + grouped(t.present()) + "); nothing "
                    + (done ? "changed." : "would change.");
        }
        return (done ? "Added " : "Would add ") + grouped(t.added()) + (done ? ", updated " : ", update ") + grouped(t.updated())
                + ", already present " + grouped(t.present()) + ", in conflict " + grouped(t.conflicts())
                + (blobsAdded > 0 ? "; " + grouped(blobsAdded) + " evidence files" + (done ? " stored" : " to store") : "") + ".";
    }

    /** Digits in groups, in English as the sentence is, as the window's counts beside it show them ("42,000"). */
    private static String grouped(int count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    static Map<String, Counts> emptyCounts() {
        Map<String, Counts> counts = new LinkedHashMap<>();
        RecordTypes.ALL.forEach(type -> counts.put(type.name(), Counts.ZERO));
        return counts;
    }
}
