package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.leads.AddedLead;
import org.leadline.model.Category;

/** The conflict queue's logic on real workspaces: a record with two variants of one version, side by side. */
class ConflictServiceTest {
    @TempDir
    Path dir;
    Desk france;
    Desk lead;

    @BeforeEach
    void desks() {
        france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR");
        lead = Desk.open(dir.resolve("lead"), "Ana Lopez", "ES");
    }

    @AfterEach
    void close() {
        france.close();
        lead.close();
    }

    /** France's package, and a second variant of the same version 1 (a restored backup that kept working). */
    private Path[] twoVariants(AddedLead handle) throws Exception {
        Path original = dir.resolve("fr.leadpack");
        france.export(original);
        Path variant = dir.resolve("fr-variant.leadpack");
        TestPackages.restoredVariant(original, variant, france.workspace);
        lead.trust(france, original);
        return new Path[] {original, variant};
    }

    @Test
    void aRecordWithTwoVariantsOfOneVersionIsListedWithItsFieldsSideBySideAndWhatDiffers() throws Exception {
        AddedLead handle = france.lead("@crossing_boss");
        Path[] packs = twoVariants(handle);
        lead.importPackage(packs[0]);
        ImportSummary second = lead.importPackage(packs[1]);

        ConflictService service = new ConflictService(lead.workspace);
        List<ConflictService.ConflictedRecord> conflicts = service.conflicts(Desk.OPERATION);

        assertThat(service.count(Desk.OPERATION)).isEqualTo(1);
        assertThat(conflicts).singleElement().satisfies(record -> {
            assertThat(record.recordType()).isEqualTo("lead");
            assertThat(record.version()).isEqualTo(1);
            assertThat(record.title()).isEqualTo("unknown:crossing_boss");
            assertThat(record.differing()).containsExactly("tags");
            assertThat(record.fields()).contains("canonical", "tags", "origin", "version");
            assertThat(record.variants()).hasSize(2).allSatisfy(v -> {
                assertThat(v.officerName()).isEqualTo("Claire Martin");
                assertThat(v.officerCountry()).isEqualTo("FR");
                assertThat(v.origin()).isEqualTo(france.fingerprint());
            });
            assertThat(record.variants()).extracting(v -> v.fields().get("tags")).containsExactlyInAnyOrder("", "restored");
            // The one that came first was in the workspace already; the other names the package it came in.
            assertThat(record.variants()).filteredOn(v -> v.via() == null).singleElement()
                    .satisfies(v -> assertThat(v.fields().get("tags")).isEmpty());
            assertThat(record.variants()).filteredOn(v -> v.via() != null).singleElement().satisfies(v -> {
                assertThat(v.via().packageId()).isEqualTo(second.packageId());
                assertThat(v.via().signerName()).isEqualTo("Claire Martin");
                assertThat(v.via().sequence()).isEqualTo(1);
            });
            // The workspace shows the variant with the lowest content hash, whatever the order of the imports.
            ConflictService.Variant shown = record.shown();
            assertThat(record.variants()).filteredOn(ConflictService.Variant::shown).containsExactly(shown);
            assertThat(shown.contentSha()).isEqualTo(record.variants().stream().map(ConflictService.Variant::contentSha).sorted()
                    .findFirst().orElseThrow());
        });
    }

    @Test
    void aNewerVersionFromTheOriginSettlesTheConflict() throws Exception {
        AddedLead handle = france.lead("@crossing_boss");
        Path[] packs = twoVariants(handle);
        lead.importPackage(packs[0]);
        lead.importPackage(packs[1]);
        assertThat(new ConflictService(lead.workspace).count(Desk.OPERATION)).isEqualTo(1);

        france.leads.setCategory(handle.entityId(), Category.POSSIBLE_FACILITATOR);
        Path settled = dir.resolve("fr-2.leadpack");
        france.export(settled);
        lead.importPackage(settled);

        assertThat(new ConflictService(lead.workspace).conflicts(Desk.OPERATION)).isEmpty();
        assertThat(new ConflictService(lead.workspace).count(Desk.OPERATION)).isZero();
    }

    @Test
    void anOperationWithoutConflictsHasNone() {
        france.lead("+33 6 12 34 56 78");
        assertThat(new ConflictService(france.workspace).conflicts(Desk.OPERATION)).isEmpty();
        assertThat(new ConflictService(france.workspace).count(Desk.OPERATION)).isZero();
    }
}
