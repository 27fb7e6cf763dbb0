package org.leadline.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.workspace.Bytes;

/** The text the package commands print about a package: who signed it, what it holds, what an import does. */
final class PackageReports {
    private PackageReports() {
    }

    static void describe(PrintWriter out, VerifiedPackage verified) {
        var m = verified.manifest();
        out.printf("  signed by %s, %s (%s), key %s%s%n", m.signer().name(), m.signer().agency(), m.signer().country(),
                Bytes.groupsOfFour(m.signer().fingerprint()), verified.ownKey() ? " (this workspace's own key)" : " (trusted)");
        out.printf("  %s package %s, sequence %d, made %s, operation %s (%s)%n", m.kind(), m.packageId(), m.sequence(),
                m.createdAt(), m.operation().name(), m.operation().id());
        StringBuilder counts = new StringBuilder();
        verified.records().forEach((type, list) -> {
            if (!list.isEmpty()) {
                counts.append(counts.length() == 0 ? "" : ", ").append(type.name()).append(' ').append(String.format("%,d", list.size()));
            }
        });
        out.printf("  %,d records (%s), %,d evidence files%s%n", verified.recordCount(), counts.length() == 0 ? "none" : counts,
                verified.blobs().size(), verified.embedded().isEmpty() ? "" : ", merged from " + verified.embedded().size() + " packages");
        verified.warnings().forEach(w -> out.println("  warning: " + w));
    }

    static void effect(PrintWriter out, String lead, ImportSummary summary, boolean done) {
        out.println(lead + (done ? summary.sentence() : summary.planSentence()));
        if (summary.alreadyImported()) {
            return;
        }
        if (summary.newOperation()) {
            out.println("  the operation " + summary.operationName() + " (" + summary.operationId() + ") is new to this workspace");
        }
        for (Map.Entry<String, ImportSummary.Counts> entry : summary.perType().entrySet()) {
            ImportSummary.Counts c = entry.getValue();
            if (c.added() + c.updated() + c.present() + c.conflicts() > 0) {
                out.printf("  %-14s new %,d, updated %,d, already present %,d, in conflict %,d%n", entry.getKey(), c.added(),
                        c.updated(), c.present(), c.conflicts());
            }
        }
    }
}
