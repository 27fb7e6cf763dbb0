package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one sentence the import wizard and the import command show for a package. */
class ImportSummaryTest {
    private static ImportSummary summary(Map<String, ImportSummary.Counts> perType, int blobs, boolean alreadyImported) {
        return new ImportSummary(UUID.fromString("01a24263-6317-70b4-a3ba-771e62d640cb"), "ab12", "Claire Martin", "FR",
                PackageKind.OFFICER, 1, UUID.randomUUID(), "Cyberprotect II", alreadyImported, false, perType, blobs, List.of());
    }

    @Test
    void countsAreSummedOverTypesAndWrittenInGroupsOfDigits() {
        Map<String, ImportSummary.Counts> perType = new LinkedHashMap<>(ImportSummary.emptyCounts());
        perType.put("leads", new ImportSummary.Counts(20_000, 3, 1_500, 1));
        perType.put("sightings", new ImportSummary.Counts(22_000, 0, 0, 0));
        ImportSummary summary = summary(perType, 1_000, false);
        assertThat(summary.planSentence())
                .isEqualTo("Would add 42,000, update 3, already present 1,500, in conflict 1; 1,000 evidence files to store.");
        assertThat(summary.sentence())
                .isEqualTo("Added 42,000, updated 3, already present 1,500, in conflict 1; 1,000 evidence files stored.");
    }

    @Test
    void aPackageAllPresentOrImportedBeforeSaysNothingChanges() {
        Map<String, ImportSummary.Counts> perType = new LinkedHashMap<>(ImportSummary.emptyCounts());
        perType.put("leads", new ImportSummary.Counts(0, 0, 12_345, 0));
        assertThat(summary(perType, 0, false).sentence()).isEqualTo("Every record of package "
                + "01a24263-6317-70b4-a3ba-771e62d640cb is already present (12,345); nothing changed.");
        assertThat(summary(perType, 0, true).planSentence())
                .isEqualTo("Package 01a24263-6317-70b4-a3ba-771e62d640cb was imported before; nothing would change.");
    }
}
