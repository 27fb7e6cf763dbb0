package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Category;
import org.leadline.model.LeadSummary;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.PackageRepository;

/** Officers' packages written, verified and merged between real workspaces, by the rules of package-format.md. */
class PackageMergeTest {
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

    /** France's day: a phone, a handle with a screenshot, a note, an offer, a document and a face check. */
    private void franceWorks() {
        AddedLead phone = france.lead("+33 6 12 34 56 78", "seller");
        AddedLead handle = france.lead("https://t.me/crossing_boss");
        france.leads.addNote(handle.entityId(), "Answers within minutes, speaks Arabic and French");
        france.leads.setCategory(handle.entityId(), Category.POSSIBLE_FACILITATOR);
        UUID shot = france.attachTo(handle.entityId(), 1);
        AddedLead advert = france.lead("https://www.facebook.com/groups/crossings/posts/1234");
        france.leads.setCategory(advert.entityId(), Category.INCIDENT_TRAVEL);
        france.lead("https://www.facebook.com/groups/crossings/posts/5678");
        france.leads.setCategory(france.lead("https://www.facebook.com/groups/crossings/posts/5678").entityId(), Category.INCIDENT_TRAVEL);
        france.offer(advert.entityId(), "1400", shot);
        UUID passport = france.capture(2);
        france.document(passport);
        france.faceCheck(france.capture(3));
    }

    @Test
    void anOfficersPackageCarriesEveryRecordAndItsEvidenceToTheTeamLead() throws Exception {
        franceWorks();
        Path pack = dir.resolve("fr-day1.leadpack");
        PackageExporter.ExportResult exported = france.export(pack);
        assertThat(exported.sequence()).isEqualTo(1);
        assertThat(exported.blobs()).isEqualTo(3);

        lead.trust(france, pack);
        ImportSummary summary = lead.importPackage(pack);

        assertThat(summary.alreadyImported()).isFalse();
        assertThat(summary.total().added()).isEqualTo((int) exported.counts().values().stream().mapToLong(Long::longValue).sum());
        assertThat(summary.blobsAdded()).isEqualTo(3);
        // The team lead's picture of France's records is France's own, entity by entity, tally by tally.
        assertThat(lead.dump()).isEqualTo(france.dump());
        var leadStats = new org.leadline.logic.stats.StatsService(lead.workspace).stats(Desk.OPERATION);
        var franceStats = new org.leadline.logic.stats.StatsService(france.workspace).stats(Desk.OPERATION);
        assertThat(leadStats.incidents()).isEqualTo(franceStats.incidents());
        assertThat(leadStats).usingRecursiveComparison().ignoringFields("packagesImported").isEqualTo(franceStats);
        String sha = lead.workspace.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM capture LIMIT 1").mapTo(String.class).one());
        try (InputStream theirs = lead.workspace.evidence().open(sha); InputStream mine = france.workspace.evidence().open(sha)) {
            assertThat(theirs.readAllBytes()).isEqualTo(mine.readAllBytes());
        }
    }

    @Test
    void takingInTheSamePackageTwiceChangesNothingAndSaysSo() {
        franceWorks();
        Path pack = dir.resolve("fr.leadpack");
        france.export(pack);
        lead.trust(france, pack);
        lead.importPackage(pack);
        String after = lead.dump();

        ImportSummary planned = new PackageImporter(lead.workspace).plan(new PackageVerifier(lead.workspace).verify(pack, Progress.NONE));
        ImportSummary again = lead.importPackage(pack);

        assertThat(planned.alreadyImported()).as("the wizard's report says so before the import").isTrue();
        assertThat(planned.planSentence()).contains("imported before; nothing would change");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.sentence()).contains("imported before; nothing changed");
        assertThat(lead.dump()).isEqualTo(after);
    }

    @Test
    void anUnknownKeyIsRefusedWithItsFingerprintAndNothingIsWritten() {
        franceWorks();
        Path pack = dir.resolve("fr.leadpack");
        france.export(pack);
        String before = lead.dump();

        assertThatThrownBy(() -> lead.importPackage(pack))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.TRUST);
                    assertThat(e.getMessage()).contains(Bytes.groupsOfFour(france.fingerprint())).contains("Claire Martin");
                });
        assertThat(lead.dump()).isEqualTo(before);
    }

    @Test
    void oneSelectorFoundByTwoOfficersIsOneEntityWithEverySightingTagAndNote() {
        AddedLead fr = france.lead("+33 6 12 34 56 78", "seller");
        france.leads.addNote(fr.entityId(), "French number, answers on WhatsApp");
        AddedLead it = italy.lead("0033612345678", "boat");
        italy.leads.addNote(it.entityId(), "Also on a Libyan group");
        Path frPack = dir.resolve("fr.leadpack");
        Path itPack = dir.resolve("it.leadpack");
        france.export(frPack);
        italy.export(itPack);
        lead.trust(france, frPack);
        lead.trust(italy, itPack);

        lead.importPackage(frPack);
        lead.importPackage(itPack);

        LeadSummary entity = lead.workspace.jdbi().withHandle(h -> new LeadRepository(h)
                .entityOf(Desk.OPERATION, org.leadline.model.LeadKind.PHONE, "+33612345678")).orElseThrow();
        assertThat(entity.officers()).isEqualTo(2);
        assertThat(entity.sightings()).isEqualTo(2);
        assertThat(entity.tags()).containsExactlyInAnyOrder("seller", "boat");
        assertThat(lead.leads.details(entity.id()).notes()).hasSize(2);
    }

    /**
     * An import writes the entities it creates straight from the package; a rebuild from the stored records
     * (refreshEntities, what every other write of a lead does) must find nothing to change: row, search terms, tallies.
     */
    @Test
    void anEntityAnImportCreatesIsExactlyWhatARebuildFromItsRecordsGives() {
        franceWorks();
        AddedLead shared = italy.lead("+33 6 12 34 56 78", "boat");
        italy.leads.addNote(shared.entityId(), "Same number in a Libyan group");
        italy.lead("@boat_to_lampedusa", "driver");
        italy.leads.delete(italy.lead("@taken_back").entityId());
        Path merged = mergedByTheTeamLead();

        try (Desk coordination = Desk.open(dir.resolve("coord"), "Eva Berg", "NL")) {
            coordination.trust(lead, merged);
            coordination.importPackage(merged);
            String created = projections(coordination);
            assertThat(created).contains("+33612345678").contains("boat_to_lampedusa");
            coordination.workspace.jdbi().useTransaction(h -> new LeadRepository(h).refreshEntities(
                    h.createQuery("SELECT id FROM lead_entity").mapTo(UUID.class).list(), coordination.fingerprint()));
            assertThat(projections(coordination)).isEqualTo(created);
        }
    }

    /** France's and Italy's packages taken in by the team lead, who exports the merged package. */
    private Path mergedByTheTeamLead() {
        Path frPack = dir.resolve("fr.leadpack");
        Path itPack = dir.resolve("it.leadpack");
        france.export(frPack);
        italy.export(itPack);
        lead.trust(france, frPack);
        lead.trust(italy, itPack);
        lead.importPackage(frPack);
        lead.importPackage(itPack);
        Path merged = dir.resolve("merged.leadpack");
        lead.export(merged, PackageKind.MERGED);
        return merged;
    }

    /** Every column of every entity, its search terms and the tallies, as sorted lines. */
    private static String projections(Desk desk) {
        return desk.workspace.jdbi().withHandle(h -> {
            List<String> lines = new java.util.ArrayList<>();
            h.createQuery("SELECT * FROM lead_entity").mapToMap().forEach(row -> lines.add("entity " + new java.util.TreeMap<>(row)));
            h.createQuery("SELECT e.canonical, t.term FROM search_term t JOIN lead_entity e ON e.id = t.entity_id")
                    .mapToMap().forEach(row -> lines.add("term " + new java.util.TreeMap<>(row)));
            h.createQuery("SELECT * FROM lead_tally").mapToMap().forEach(row -> lines.add("tally " + new java.util.TreeMap<>(row)));
            h.createQuery("SELECT * FROM offer_lead_tally").mapToMap().forEach(row -> lines.add("named " + new java.util.TreeMap<>(row)));
            lines.sort(null);
            return String.join("\n", lines);
        });
    }

    @Test
    void aSetOfPackagesGivesTheSameWorkspaceInAnyOrder() {
        franceWorks();
        AddedLead it = italy.lead("+33 6 12 34 56 78");
        italy.leads.setCategory(it.entityId(), Category.POSSIBLE_FACILITATOR);
        italy.lead("@boat_to_lampedusa");
        Path frPack = dir.resolve("fr.leadpack");
        Path itPack = dir.resolve("it.leadpack");
        france.export(frPack);
        italy.export(itPack);
        lead.trust(france, frPack);
        lead.trust(italy, itPack);
        try (Desk other = Desk.open(dir.resolve("other"), "Ana Lopez", "ES")) {
            other.trust(france, frPack);
            other.trust(italy, itPack);

            lead.importPackage(frPack);
            lead.importPackage(itPack);
            other.importPackage(itPack);
            other.importPackage(frPack);

            assertThat(other.dump()).isEqualTo(lead.dump());
        }
    }

    @Test
    void aDeletionTravelsAsATombstoneAndTheHigherVersionWinsInEitherOrder() {
        AddedLead phone = france.lead("+33 6 12 34 56 78");
        Path first = dir.resolve("fr-1.leadpack");
        france.export(first);
        france.leads.delete(phone.entityId());
        Path second = dir.resolve("fr-2.leadpack");
        france.export(second);
        lead.trust(france, first);

        lead.importPackage(second);
        ImportSummary older = lead.importPackage(first);

        assertThat(older.total().added()).isZero();
        assertThat(older.total().updated()).isZero();
        assertThat(older.warnings()).singleElement().asString().contains("older package");
        assertThat(lead.dump()).isEqualTo(france.dump());
        assertThat(lead.dump()).contains("live=false");
    }

    @Test
    void theSameVersionWithOtherContentIsAConflictKeptAndShownTheSameWayInAnyOrder() throws Exception {
        AddedLead handle = france.lead("@crossing_boss");
        Path original = dir.resolve("fr.leadpack");
        france.export(original);
        // A second variant of version 1 of the same record: what a restored backup that kept working would send.
        Path variant = dir.resolve("fr-variant.leadpack");
        TestPackages.restoredVariant(original, variant, france.workspace);
        lead.trust(france, original);

        lead.importPackage(original);
        ImportSummary summary = lead.importPackage(variant);

        assertThat(summary.perType().get("leads").conflicts()).isEqualTo(1);
        org.leadline.logic.stats.OperationStats stats = new org.leadline.logic.stats.StatsService(lead.workspace).stats(Desk.OPERATION);
        assertThat(stats.packagesImported()).isEqualTo(2);
        assertThat(stats.conflicts()).isEqualTo(1);
        assertThat(stats.officers()).isEqualTo(1);
        List<PackageRepository.Conflict> conflicts = lead.workspace.jdbi().withHandle(h -> new PackageRepository(h).conflicts(Desk.OPERATION));
        assertThat(conflicts).hasSize(2).allSatisfy(c -> assertThat(c.recordType()).isEqualTo("lead"));
        try (Desk other = Desk.open(dir.resolve("other"), "Ana Lopez", "ES")) {
            other.trust(france, original);
            other.importPackage(variant);
            other.importPackage(original);
            assertThat(other.dump()).isEqualTo(lead.dump());
        }
        assertThat(handle).isNotNull();
    }

    @Test
    void aMergedPackageCarriesEveryOfficersRecordsAndTheManifestsTheyCameIn() {
        franceWorks();
        italy.lead("+39 312 345 6789");
        Path merged = mergedByTheTeamLead();

        try (Desk coordination = Desk.open(dir.resolve("coord"), "Eva Berg", "NL")) {
            coordination.trust(lead, merged);
            ImportSummary summary = coordination.importPackage(merged);

            assertThat(summary.kind()).isEqualTo(PackageKind.MERGED);
            assertThat(coordination.dump()).isEqualTo(lead.dump());
            List<PackageRepository.SeenPackage> seen = coordination.workspace.jdbi()
                    .withHandle(h -> new PackageRepository(h).seenInOperation(Desk.OPERATION));
            assertThat(seen).extracting(PackageRepository.SeenPackage::signer)
                    .containsExactlyInAnyOrder(lead.fingerprint(), france.fingerprint(), italy.fingerprint());
            // The officers behind the records are known by name for provenance, though only the team lead is trusted.
            java.util.Optional<org.leadline.model.Officer> officer = coordination.workspace.jdbi()
                    .withHandle(h -> new org.leadline.persistence.OfficerRepository(h).byFingerprint(france.fingerprint()));
            assertThat(officer.map(org.leadline.model.Officer::name)).contains("Claire Martin");
        }
    }

    @Test
    void anOfficerPackageMayCarryOnlyItsSignersRecords() throws Exception {
        franceWorks();
        Path frPack = dir.resolve("fr.leadpack");
        france.export(frPack);
        lead.trust(france, frPack);
        lead.importPackage(frPack);
        Path relayed = dir.resolve("relayed.leadpack");
        // The team lead's officer package would now carry France's records: refused; only 'merged' may.
        Path everything = dir.resolve("everything.leadpack");
        lead.export(everything, PackageKind.MERGED);
        java.util.Map<String, byte[]> entries = TestPackages.entries(everything);
        entries.remove("records/packages.jsonl");
        TestPackages.resign(entries, relayed, lead.workspace.signingKey(), manifest -> manifest.replace("\"merged\"", "\"officer\""));
        italy.trust(lead, relayed);
        String before = italy.dump();

        assertThatThrownBy(() -> italy.importPackage(relayed)).isInstanceOfSatisfying(PackageRefusedException.class, e -> {
            assertThat(e.step()).isEqualTo(Step.CONTENT);
            assertThat(e.getMessage()).contains("not by the package's signer");
        });
        assertThat(italy.dump()).isEqualTo(before);
    }

    @Test
    void aPackageOfAnotherOperationGoesIntoItsOwnOperationNeverIntoTheOpenOne() {
        try (Desk elsewhere = Desk.open(dir.resolve("x"), "Jan Novak", "CZ")) {
            org.leadline.model.Operation other = new org.leadline.logic.operations.OperationService(elsewhere.workspace)
                    .create("Global Chain", null, "CZ", null, null);
            elsewhere.leads.add(other.id(), "+420 601 123 456", null, List.of(), null, org.leadline.logic.leads.SightingSource.NONE);
            Path pack = dir.resolve("cz.leadpack");
            new PackageExporter(elsewhere.workspace).export(other.id(), PackageKind.OFFICER, pack, Progress.NONE);
            lead.trust(elsewhere, pack);
            String before = lead.dump();

            ImportSummary summary = lead.importPackage(pack);

            assertThat(summary.newOperation()).isTrue();
            assertThat(summary.operationName()).isEqualTo("Global Chain");
            assertThat(lead.dump()).isEqualTo(before);
            assertThat(WorkspaceDump.of(lead.workspace, other.id())).isEqualTo(WorkspaceDump.of(elsewhere.workspace, other.id()));
        }
    }

    @Test
    void trainingPackagesNeverEnterARealOperation() throws Exception {
        france.lead("+33 6 12 34 56 78");
        Path pack = dir.resolve("fr.leadpack");
        france.export(pack);
        Path exercise = dir.resolve("exercise.leadpack");
        TestPackages.rewrite(pack, exercise, france.workspace, (path, line) -> line,
                manifest -> manifest.replace("\"officer\"", "\"submission\"").replace("\"training\" : false", "\"training\" : true"));
        lead.trust(france, pack);
        String before = lead.dump();

        assertThatThrownBy(() -> lead.importPackage(exercise)).isInstanceOfSatisfying(PackageRefusedException.class, e -> {
            assertThat(e.step()).isEqualTo(Step.ADMISSION);
            assertThat(e.getMessage()).contains("training package").contains("never enter the real operation");
        });
        assertThat(lead.dump()).isEqualTo(before);
    }

    @Test
    void cancellingAnImportInTheMiddleChangesNothing() {
        franceWorks();
        for (int i = 0; i < 30; i++) {
            france.lead("+33 6 12 34 56 " + String.format("%02d", i));
        }
        Path pack = dir.resolve("fr.leadpack");
        france.export(pack);
        lead.trust(france, pack);
        String before = lead.dump();
        VerifiedPackage verified = new PackageVerifier(lead.workspace).verify(pack, Progress.NONE);
        Progress cancelSoon = new Progress() {
            int reports;

            @Override
            public void report(long done, long total) {
                reports++;
            }

            @Override
            public boolean cancelled() {
                return reports >= 2;
            }
        };

        assertThatThrownBy(() -> new PackageImporter(lead.workspace).importVerified(verified, cancelSoon))
                .isInstanceOf(CancelledException.class);
        assertThat(lead.dump()).isEqualTo(before);
        assertThat(lead.importPackage(pack).total().added()).isPositive();
    }

    @Test
    void aPackageEncryptedForTheTeamLeadOpensOnlyThere() throws Exception {
        franceWorks();
        Path leadsKeys = dir.resolve("lead.leadkeys");
        new TrustService(lead.workspace).exportKeyFile(leadsKeys, true);
        new TrustService(france.workspace).addFromKeyFile(lead.fingerprint(), leadsKeys);
        Path sealed = dir.resolve("fr-sealed.leadpack");
        PackageExporter.ExportResult result = new PackageExporter(france.workspace).export(Desk.OPERATION, PackageKind.OFFICER, sealed,
                List.of(lead.fingerprint()), Progress.NONE);
        assertThat(result.sealedFor()).containsExactly(lead.fingerprint());
        assertThat(new String(java.nio.file.Files.readAllBytes(sealed), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("crossing_boss");
        Path frKeys = dir.resolve("fr.leadkeys");
        new TrustService(france.workspace).exportKeyFile(frKeys, true);
        new TrustService(lead.workspace).addFromKeyFile(france.fingerprint(), frKeys);

        try (PackageFile opened = PackageFile.open(lead.workspace, sealed, Progress.NONE)) {
            assertThat(opened.wasSealed()).isTrue();
            lead.importPackage(opened.path());
        }
        assertThat(lead.dump()).isEqualTo(france.dump());

        assertThatThrownBy(() -> PackageFile.open(italy.workspace, sealed, Progress.NONE))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> assertThat(e.getMessage()).contains("not for you"));
        assertThat(java.nio.file.Files.list(lead.workspace.folder().resolve(PackageFile.TEMPORARY_FOLDER))).isEmpty();
    }

    @Test
    void anOfferNamingAColleaguesLeadTravelsWithTheOfficersOwnRecordOfIt() {
        italy.lead("@boat_to_lampedusa");
        Path itPack = dir.resolve("it.leadpack");
        italy.export(itPack);
        france.trust(italy, itPack);
        france.importPackage(itPack);
        UUID entity = france.workspace.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM lead_entity WHERE canonical LIKE '%boat_to_lampedusa'").mapTo(UUID.class).one());

        france.offer(entity, "1400", null);
        Path frPack = dir.resolve("fr.leadpack");
        france.export(frPack);
        lead.trust(france, frPack);

        // The team lead has not seen Italy's package: France's stands on its own.
        ImportSummary summary = lead.importPackage(frPack);
        assertThat(summary.perType().get("offers").added()).isEqualTo(1);
        assertThat(summary.perType().get("leads").added()).isEqualTo(1);
    }

    @Test
    void sequenceGrowsByOnePerExport() {
        france.lead("+33 6 12 34 56 78");
        assertThat(france.export(dir.resolve("1.leadpack")).sequence()).isEqualTo(1);
        assertThat(france.export(dir.resolve("2.leadpack")).sequence()).isEqualTo(2);
        assertThat(france.export(dir.resolve("3.leadpack")).sequence()).isEqualTo(3);
    }
}
