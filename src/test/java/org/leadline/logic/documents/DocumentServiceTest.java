package org.leadline.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.AuditEntry;
import org.leadline.model.Category;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;
import org.leadline.model.Ids;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.AuditRepository;
import org.leadline.persistence.TravelDocumentRepository;

class DocumentServiceTest {
    /** ICAO 9303 part 4's specimen passport. */
    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /** ICAO 9303 part 5's specimen ID card. */
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    /** ICAO 9303 part 6's specimen. */
    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";
    static final String GERMAN_ID = "IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<";

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    DocumentService documents;
    LeadService leads;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        documents = new DocumentService(workspace);
        leads = new LeadService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static DocumentFields typed(DocumentType type, String country, String number) {
        return new DocumentFields(type, country, number, null, null, null, null, null, null);
    }

    @Test
    void aTypedTd3ZoneGivesTheRecordItsFieldsEveryCheckDigitAndAVerifiedDocumentLead() {
        // Typed as an officer would: lower case, spaces between groups.
        String typed = "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\n L898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<<1 0\n";
        SavedDocument saved = documents.createFromMrz(operation.id(), typed, List.of(), "Seen on a Telegram seller's post");

        TravelDocument document = saved.document();
        assertThat(document.type()).isEqualTo(DocumentType.PASSPORT);
        assertThat(document.issuingCountry()).isEqualTo("UTO");
        assertThat(document.number()).isEqualTo("L898902C3");
        assertThat(document.surname()).isEqualTo("ERIKSSON");
        assertThat(document.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(document.nationality()).isEqualTo("UTO");
        assertThat(document.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(document.sex()).isEqualTo("F");
        assertThat(document.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(document.mrz()).isEqualTo(TD3);
        assertThat(document.checks()).extracting(CheckDigit::field)
                .containsExactly("document number", "birth date", "expiry date", "personal number", "composite");
        assertThat(document.checks()).allMatch(CheckDigit::ok);
        assertThat(document.hasFailedCheck()).isFalse();
        assertThat(document.version()).isEqualTo(1);
        assertThat(document.origin()).isEqualTo(workspace.owner().fingerprint());

        assertThat(saved.lead().canonical()).isEqualTo("passport:UTO:L898902C3");
        assertThat(saved.lead().verified()).isTrue();
        LeadSummary lead = leads.find(operation.id(), LeadKind.DOCUMENT, "passport:UTO:L898902C3").orElseThrow();
        assertThat(lead.status()).isEqualTo(LeadStatus.VERIFIED);
        assertThat(lead.category()).isEqualTo(Category.TRAVEL_DOCUMENT);

        // Stored and read back as it was made.
        assertThat(documents.get(document.id())).isEqualTo(document);
    }

    @Test
    void typedTd1AndTd2ZonesGiveIdCardRecords() {
        TravelDocument td1 = documents.createFromMrz(operation.id(), TD1, List.of(), null).document();
        TravelDocument td2 = documents.createFromMrz(operation.id(), TD2.toLowerCase(), List.of(), null).document();
        TravelDocument german = documents.createFromMrz(operation.id(), GERMAN_ID, List.of(), null).document();

        assertThat(td1.type()).isEqualTo(DocumentType.ID_CARD);
        assertThat(td1.canonical()).isEqualTo("idcard:UTO:D23145890");
        assertThat(td1.checks()).extracting(CheckDigit::field).containsExactly("document number", "birth date", "expiry date", "composite");
        assertThat(td2.canonical()).isEqualTo("idcard:UTO:D23145890");
        assertThat(td2.mrz()).isEqualTo(TD2);
        assertThat(german.issuingCountry()).isEqualTo("D");
        assertThat(german.surname()).isEqualTo("MUSTERMANN");
        assertThat(List.of(td1, td2, german)).noneMatch(TravelDocument::hasFailedCheck);
        // The TD1 and the TD2 specimen name the same card: one lead, two sightings.
        LeadSummary card = leads.find(operation.id(), LeadKind.DOCUMENT, "idcard:UTO:D23145890").orElseThrow();
        assertThat(card.sightings()).isEqualTo(2);
        assertThat(documents.list(operation.id())).hasSize(3);
        assertThat(documents.recordsOf(operation.id(), card.canonical())).containsExactly(td1, td2);
    }

    @Test
    void aWrongCheckDigitIsShownTheRecordIsSavedAndTheLeadIsUnverifiedWithTheReason() {
        String misread = TD3.replace("7408122F", "7408123F");
        MrzReading reading = DocumentService.read(misread);
        assertThat(reading.readable()).isTrue();
        assertThat(reading.valid()).isFalse();
        assertThat(reading.check("birth date").ok()).isFalse();
        assertThat(reading.check("birth date").written()).isEqualTo('3');
        assertThat(reading.check("birth date").computed()).isEqualTo(2);
        assertThat(reading.check("document number").ok()).isTrue();

        SavedDocument saved = documents.createFromMrz(operation.id(), misread, List.of(), null);

        assertThat(saved.document().hasFailedCheck()).isTrue();
        assertThat(documents.get(saved.document().id()).checks()).filteredOn(check -> !check.ok())
                .extracting(CheckDigit::field).containsExactly("birth date", "composite");
        assertThat(saved.lead().verified()).isFalse();
        assertThat(saved.lead().reason()).contains("birth date");
        LeadSummary lead = leads.find(operation.id(), LeadKind.DOCUMENT, "passport:UTO:L898902C3").orElseThrow();
        assertThat(lead.status()).isEqualTo(LeadStatus.UNVERIFIED);
        assertThat(leads.details(lead.id()).records().get(0).reason()).contains("birth date");
    }

    @Test
    void aZoneThatCannotBeReadIsRefusedInOneSentence() {
        assertThatThrownBy(() -> documents.createFromMrz(operation.id(), "P<UTOERIKSSON<<ANNA\nL898902C3", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The machine-readable zone cannot be read: Lines of");
        assertThat(DocumentService.read("").readable()).isFalse();
        assertThat(documents.list(operation.id())).isEmpty();
    }

    @Test
    void fieldsCorrectedAwayFromTheirZoneMakeTheLeadUnverified() {
        MrzReading reading = DocumentService.read(TD3);
        DocumentFields f = reading.fields();
        DocumentFields corrected = new DocumentFields(f.type(), f.issuingCountry(), "L898902C4", f.surname(), f.givenNames(),
                f.nationality(), f.birthDate(), f.sex(), f.expiryDate());
        SavedDocument saved = documents.create(operation.id(), corrected, TD3, List.of(), null);

        assertThat(saved.lead().canonical()).isEqualTo("passport:UTO:L898902C4");
        assertThat(saved.lead().verified()).isFalse();
        assertThat(saved.lead().reason()).contains("passport:UTO:L898902C3");
    }

    @Test
    void aHandMadeRecordIsNormalisedAndValidatedFieldByField() {
        SavedDocument saved = documents.create(operation.id(), new DocumentFields(DocumentType.PASSPORT, "syr", "n 012 3456",
                " Al  Hassan ", "Omar", "syr", LocalDate.of(1990, 1, 2), "m", LocalDate.of(2030, 5, 6)), null, List.of(), null);
        TravelDocument document = saved.document();
        assertThat(document.canonical()).isEqualTo("passport:SYR:N0123456");
        assertThat(document.surname()).isEqualTo("Al Hassan");
        assertThat(document.sex()).isEqualTo("M");
        assertThat(document.mrz()).isNull();
        assertThat(document.checks()).isEmpty();
        assertThat(saved.lead().verified()).isTrue();

        assertThatThrownBy(() -> documents.create(operation.id(), typed(DocumentType.PASSPORT, "SYRIA", "N1"), null, List.of(), null))
                .hasMessage("The issuing country 'SYRIA' is not an ICAO 9303 country code (three letters such as SYR or FRA; D for Germany).");
        assertThatThrownBy(() -> documents.create(operation.id(), typed(DocumentType.PASSPORT, "", "N1"), null, List.of(), null))
                .hasMessageStartingWith("The issuing country is missing");
        assertThatThrownBy(() -> documents.create(operation.id(), typed(null, "SYR", "N1"), null, List.of(), null))
                .hasMessageStartingWith("The document type is missing");
        assertThatThrownBy(() -> documents.create(operation.id(), typed(DocumentType.PASSPORT, "SYR", " "), null, List.of(), null))
                .hasMessage("The document number is missing.");
        assertThatThrownBy(() -> documents.create(operation.id(), typed(DocumentType.PASSPORT, "SYR", "N-1"), null, List.of(), null))
                .hasMessageStartingWith("The document number 'N-1'");
        assertThatThrownBy(() -> documents.create(operation.id(), new DocumentFields(DocumentType.PASSPORT, "SYR", "N1", null, null,
                "XYZ", null, null, null), null, List.of(), null)).hasMessageStartingWith("The nationality 'XYZ'");
        assertThatThrownBy(() -> documents.create(operation.id(), new DocumentFields(DocumentType.PASSPORT, "SYR", "N1", null, null,
                null, null, "male", null), null, List.of(), null)).hasMessage("The sex 'male' is not M, F or X.");
        assertThatThrownBy(() -> documents.create(operation.id(), new DocumentFields(DocumentType.PASSPORT, "SYR", "N1", null, null,
                null, LocalDate.now().plusDays(2), null, null), null, List.of(), null)).hasMessageEndingWith("is in the future.");
        assertThatThrownBy(() -> documents.create(operation.id(), new DocumentFields(DocumentType.PASSPORT, "SYR", "N1", null, null,
                null, LocalDate.of(2000, 1, 1), null, LocalDate.of(1999, 1, 1)), null, List.of(), null))
                .hasMessageStartingWith("The expiry date 1999-01-01 is not after");
        assertThat(documents.list(operation.id())).hasSize(1);
    }

    @Test
    void documentLeadsAreCountedByIssuingCountryInStats() {
        documents.createFromMrz(operation.id(), TD3, List.of(), null);
        documents.createFromMrz(operation.id(), TD1, List.of(), null);
        documents.createFromMrz(operation.id(), GERMAN_ID, List.of(), null);
        documents.create(operation.id(), typed(DocumentType.RESIDENCE_PERMIT, "FRA", "R1234567"), null, List.of(), null);

        OperationStats stats = new StatsService(workspace).stats(operation.id());
        assertThat(stats.documents()).isEqualTo(4);
        assertThat(stats.documentCountries()).isEqualTo(3); // UTO, D, FRA
        assertThat(stats.byKind().get("document")).isEqualTo(4);
        assertThat(leads.find(operation.id(), LeadKind.DOCUMENT, "idcard:FRA:R1234567")).isPresent();
    }

    @Test
    void editingRaisesTheVersionWritesTheAuditAndANewNumberYieldsItsLead() {
        TravelDocument made = documents.create(operation.id(), typed(DocumentType.ID_CARD, "IRQ", "A1234567"), null, List.of(), null)
                .document();

        SavedDocument edited = documents.edit(made.id(), new DocumentFields(DocumentType.RESIDENCE_PERMIT, "IRQ", "A1234567", "KARIM",
                null, "IRQ", null, "F", null), "Photo swapped");
        assertThat(edited.document().version()).isEqualTo(2);
        assertThat(edited.document().surname()).isEqualTo("KARIM");
        assertThat(edited.document().note()).isEqualTo("Photo swapped");
        assertThat(edited.lead()).as("the canonical value is unchanged: idcard either way").isNull();

        SavedDocument renumbered = documents.edit(made.id(), typed(DocumentType.ID_CARD, "IRQ", "A7654321"), null);
        assertThat(renumbered.document().version()).isEqualTo(3);
        assertThat(renumbered.lead().canonical()).isEqualTo("idcard:IRQ:A7654321");
        assertThat(renumbered.lead().verified()).isTrue();

        List<AuditEntry> audit = workspace.jdbi().withHandle(h -> new AuditRepository(h).forSubjects(List.of(made.id().toString())));
        assertThat(audit).extracting(AuditEntry::action).containsExactly("document.add", "document.edit", "document.edit");
        assertThat(audit.get(1).before()).contains("\"version\":1");
        assertThat(audit.get(1).after()).contains("\"version\":2").contains("KARIM");
        assertThat(audit).allMatch(entry -> entry.actor().equals(workspace.owner().fingerprint()));
    }

    @Test
    void imagesAreLinkedAndUnlinkedByCaptureIdEachAVersion() {
        UUID front = TestImages.capture(workspace, operation.id());
        UUID back = TestImages.capture(workspace, operation.id());
        TravelDocument made = documents.createFromMrz(operation.id(), TD3, List.of(front, front), null).document();
        assertThat(made.imageIds()).containsExactly(front);

        TravelDocument linked = documents.linkImage(made.id(), back);
        assertThat(linked.imageIds()).containsExactly(front, back);
        assertThat(linked.version()).isEqualTo(2);
        assertThatThrownBy(() -> documents.linkImage(made.id(), back)).hasMessageContaining("already linked");

        TravelDocument unlinked = documents.unlinkImage(made.id(), front);
        assertThat(unlinked.imageIds()).containsExactly(back);
        assertThat(unlinked.version()).isEqualTo(3);
        assertThat(documents.get(made.id()).imageIds()).containsExactly(back);
        assertThat(documents.list(operation.id()).get(0).imageIds()).containsExactly(back);
        assertThatThrownBy(() -> documents.unlinkImage(made.id(), front)).hasMessageContaining("is not linked");
    }

    @Test
    void deletingLeavesATombstoneThatTheListNoLongerShows() {
        TravelDocument made = documents.createFromMrz(operation.id(), TD3, List.of(), null).document();
        documents.delete(made.id());

        TravelDocument tombstone = documents.get(made.id());
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.version()).isEqualTo(2);
        assertThat(documents.list(operation.id())).isEmpty();
        assertThatThrownBy(() -> documents.edit(made.id(), typed(DocumentType.PASSPORT, "UTO", "X1"), null))
                .hasMessageEndingWith("was deleted.");
        List<AuditEntry> audit = workspace.jdbi().withHandle(h -> new AuditRepository(h).forSubjects(List.of(made.id().toString())));
        assertThat(audit).extracting(AuditEntry::action).containsExactly("document.add", "document.delete");
    }

    @Test
    void aColleaguesRecordCannotBeChanged() {
        TravelDocument theirs = new TravelDocument(Ids.newId(), operation.id(), DocumentType.PASSPORT, "SYR", "N1", null, null, null,
                null, null, null, null, List.of(), List.of(), null, "ab".repeat(32), 1, workspace.clock().instant(),
                workspace.clock().instant(), false);
        workspace.jdbi().useTransaction(h -> new TravelDocumentRepository(h).insert(theirs));

        assertThatThrownBy(() -> documents.delete(theirs.id())).hasMessageContaining("colleague's record");
        assertThat(documents.list(operation.id())).extracting(TravelDocument::id).containsExactly(theirs.id());
    }
}
