package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.Provenance;
import org.leadline.logic.operations.OperationService;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.model.Officer;

/** Who found a lead, once the team lead has taken in the officers' packages: every officer with a live record. */
class LeadProvenanceTest {
    static final String PHONE = "+33 6 12 34 56 78";

    @TempDir
    Path dir;
    Desk france;
    Desk italy;
    Desk lead;

    @BeforeEach
    void desks() {
        france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR");
        italy = Desk.open(dir.resolve("it"), "Marco Rossi", "IT");
        lead = Desk.open(dir.resolve("lead"), "Ana Lopez", "ES");
    }

    @AfterEach
    void close() {
        france.close();
        italy.close();
        lead.close();
    }

    private void takeIn(Desk officer, String name) {
        Path pack = dir.resolve(name + ".leadpack");
        officer.export(pack);
        if (new TrustService(lead.workspace).find(officer.fingerprint()).isEmpty()) {
            lead.trust(officer, pack);
        }
        lead.importPackage(pack);
    }

    private UUID entity() {
        return lead.leads.find(Desk.OPERATION, LeadKind.PHONE, "+33612345678").map(LeadSummary::id).orElseThrow();
    }

    /** The evidence viewer names who took a capture: the team lead, or the colleague whose package brought it in. */
    @Test
    void aCaptureNamesTheOfficerWhoTookItOnceTheirPackageIsIn() {
        UUID theirs = france.capture(1);
        takeIn(france, "fr");
        UUID mine = lead.capture(2);
        EvidenceService evidence = new EvidenceService(lead.workspace);
        assertThat(evidence.capturedBy(evidence.capture(theirs))).map(Officer::name).contains("Claire Martin");
        assertThat(evidence.capturedBy(evidence.capture(theirs))).map(Officer::country).contains("FR");
        assertThat(evidence.capturedBy(evidence.capture(mine))).map(Officer::name).contains("Ana Lopez");
    }

    /** The export dialog offers a team lead holding only colleagues' records a merged package; an officer their own. */
    @Test
    void aMergedPackageIsSuggestedWhereTheWorkspaceHoldsOnlyColleaguesRecords() {
        PackageExporter leadExports = new PackageExporter(lead.workspace);
        UUID fresh = UUID.randomUUID();
        new OperationService(lead.workspace).create("Empty", fresh, "ES", null, null);
        assertThat(leadExports.suggestedKind(fresh)).as("no records at all").isEqualTo(PackageKind.OFFICER);
        france.lead(PHONE);
        assertThat(new PackageExporter(france.workspace).suggestedKind(Desk.OPERATION)).isEqualTo(PackageKind.OFFICER);
        takeIn(france, "fr");
        assertThat(leadExports.suggestedKind(Desk.OPERATION)).isEqualTo(PackageKind.MERGED);
        lead.lead("+39 347 123 4567");
        assertThat(leadExports.suggestedKind(Desk.OPERATION)).as("the team lead's own find goes in their own package")
                .isEqualTo(PackageKind.OFFICER);
    }

    @Test
    void aLeadFoundByTwoOfficersNamesBothEarliestFirstWithTheirSightings() {
        AddedLead first = france.lead(PHONE);
        france.lead(PHONE);
        AddedLead second = italy.lead(PHONE);
        takeIn(italy, "it");
        takeIn(france, "fr");

        Provenance provenance = lead.leads.provenance(entity());

        assertThat(provenance.officers()).isEqualTo(2);
        assertThat(provenance.finders()).extracting(Provenance.Finder::name).containsExactly("Claire Martin", "Marco Rossi");
        assertThat(provenance.finders()).extracting(Provenance.Finder::country).containsExactly("FR", "IT");
        assertThat(provenance.finders()).extracting(Provenance.Finder::agency).containsExactly("Agency FR", "Agency IT");
        assertThat(provenance.finders()).extracting(Provenance.Finder::sightings).containsExactly(2, 1);
        assertThat(provenance.finders().get(0).firstSeen())
                .isEqualTo(france.leads.details(first.entityId()).records().get(0).createdAt());
        assertThat(provenance.finders().get(1).firstSeen()).isBefore(java.time.Instant.now().plusSeconds(1))
                .isAfterOrEqualTo(provenance.finders().get(0).firstSeen());
        assertThat(lead.leads.summary(entity()).orElseThrow().officers()).as("the table's Seen by").isEqualTo(2);
        assertThat(second).isNotNull();
    }

    @Test
    void anOfficerWhoDeletedTheirRecordNoLongerCounts() {
        france.lead(PHONE);
        AddedLead mine = italy.lead(PHONE);
        takeIn(france, "fr");
        takeIn(italy, "it");
        italy.leads.delete(mine.entityId());
        takeIn(italy, "it-2");

        Provenance provenance = lead.leads.provenance(entity());

        assertThat(provenance.finders()).extracting(Provenance.Finder::name).containsExactly("Claire Martin");
        assertThat(lead.leads.summary(entity()).orElseThrow().officers()).isEqualTo(1);
    }
}
