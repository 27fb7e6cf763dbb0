package org.leadline.logic.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.FaceCheckResult;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadScope;
import org.leadline.model.LeadSummary;
import org.leadline.model.OfferType;
import org.leadline.model.Place;

/**
 * A small operation built by hand on real workspaces (a team lead in France, colleagues in Italy and Turkey whose
 * signed packages the team lead imports): every number of the picture equals a count made by hand, and every tile's
 * and bar's drill-down pages through exactly the leads it counts, compared by id.
 */
class PictureServiceTest {
    static final UUID OPERATION = UUID.fromString("6a0c3f2e-9d41-4b7a-8e15-2f6d0c9b7a31");
    static final Instant H8 = Instant.parse("2026-11-30T08:00:00Z");
    static final Instant H9 = H8.plus(Duration.ofHours(1));
    static final Instant H10 = H8.plus(Duration.ofHours(2));

    @TempDir
    static Path folder;
    static Workspace lead;
    static PictureService pictures;
    static OperationPicture picture;
    static String marco;
    static String ayse;
    /** The team lead's entities by canonical value, after the import. */
    static Map<String, UUID> ids;

    /** A clock the test moves, so that leads are first seen in known hours. */
    static final class TestClock extends Clock {
        Instant now = H8;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Workspace officer(String name, String country, TestClock clock) {
        Workspace workspace = Workspace.create(folder.resolve(name), TestWorkspaces.PASSPHRASE.toCharArray(),
                new NewOfficer(name, "Police " + country, country), clock);
        new OperationService(workspace).create("Cyberprotect II", OPERATION, country, null, null);
        return workspace;
    }

    static UUID add(Workspace workspace, String value, LeadKind kind) {
        return new LeadService(workspace).add(OPERATION, value, kind, List.of(), null,
                new SightingSource("https://t.me/s/crossings", null, null)).get(0).entityId();
    }

    static UUID capture(Workspace workspace, int seed, List<EvidenceService.Target> targets) {
        byte[] png = TestImages.image("png", 60 + seed, 40, seed);
        return new EvidenceService(workspace).attach(OPERATION, List.of(EvidenceService.Source.bytes("shot-" + seed + ".png", png)),
                EvidenceService.Context.plain(), targets, Progress.NONE).get(0).captureId();
    }

    static void offer(Workspace workspace, OfferType type, String eur, String from, String to, List<UUID> leads) {
        new OfferService(workspace).add(OPERATION, OfferDraft.of(type, new BigDecimal(eur), "EUR", Place.parse(from), Place.parse(to))
                .withLeads(leads));
    }

    @BeforeAll
    static void buildTheOperation() throws Exception {
        TestClock clock = new TestClock();
        lead = officer("Claire Martin", "FR", clock);
        try (Workspace it = officer("Marco Rossi", "IT", clock); Workspace tr = officer("Ayse Demir", "TR", clock)) {
            marco = it.owner().fingerprint();
            ayse = tr.owner().fingerprint();
            clock.now = H8.plus(Duration.ofMinutes(10));
            UUID libya = add(lead, "+218912345678", LeadKind.PHONE);
            UUID france = add(lead, "+33612345678", LeadKind.PHONE);
            UUID boats = add(lead, "telegram:zuwara_boats", LeadKind.HANDLE);
            UUID papers = add(lead, "telegram:fake_papers", LeadKind.HANDLE);
            LeadService leads = new LeadService(lead);
            leads.setCategory(boats, Category.POSSIBLE_FACILITATOR);
            leads.setCategory(papers, Category.INCIDENT_DOCUMENTS);
            // A passport's image, checked in a face system; a screenshot attached to the Libyan phone, checked too.
            UUID passportImage = capture(lead, 1, List.of());
            new DocumentService(lead).createFromMrz(OPERATION,
                    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                    List.of(passportImage), null);
            UUID phoneShot = capture(lead, 2, List.of(EvidenceService.Target.lead(libya)));
            FaceCheckService faces = new FaceCheckService(lead);
            faces.record(OPERATION, passportImage, FaceCheckService.DEFAULT_SYSTEMS.get(0), FaceCheckResult.NO_HIT, null,
                    LocalDate.parse("2026-11-30"), null);
            faces.record(OPERATION, phoneShot, FaceCheckService.DEFAULT_SYSTEMS.get(1), FaceCheckResult.PENDING, null,
                    LocalDate.parse("2026-11-30"), null);
            clock.now = H9.plus(Duration.ofMinutes(5));
            UUID url = add(lead, "https://example.org/offer", LeadKind.URL);
            capture(lead, 3, List.of(EvidenceService.Target.lead(url)));
            // Two travel offers (one names the facilitator), one documents offer naming the French phone.
            offer(lead, OfferType.TRAVEL, "3500", "LY/Zuwara", "IT", List.of(boats));
            offer(lead, OfferType.TRAVEL, "2500", "LY/Zuwara", "IT", List.of());
            offer(lead, OfferType.DOCUMENTS, "800", "TR", "GR", List.of(france));

            clock.now = H9.plus(Duration.ofMinutes(20));
            add(it, "+218912345678", LeadKind.PHONE);
            add(it, "+390612345678", LeadKind.PHONE);
            add(it, "https://example.com/boats", LeadKind.URL);
            clock.now = H10.plus(Duration.ofMinutes(40));
            add(tr, "+218912345679", LeadKind.PHONE);
            add(tr, "telegram:zuwara_boats", LeadKind.HANDLE);
            add(tr, "smuggler@example.org", LeadKind.EMAIL);

            clock.now = H10.plus(Duration.ofMinutes(50));
            for (Workspace colleague : List.of(it, tr)) {
                Path pack = folder.resolve(colleague.owner().name() + ".leadpack");
                new PackageExporter(colleague).export(OPERATION, PackageKind.OFFICER, pack, Progress.NONE);
                new TrustService(lead).addFromPackage(colleague.owner().fingerprint(), pack);
                new PackageImporter(lead).importFile(pack, Progress.NONE);
            }
        }
        pictures = new PictureService(lead);
        picture = pictures.picture(OPERATION);
        ids = new LeadService(lead).page(LeadQuery.firstPage(OPERATION, 1000)).stream()
                .collect(Collectors.toMap(LeadSummary::canonical, LeadSummary::id));
    }

    @AfterAll
    static void close() {
        lead.close();
    }

    static final String LIBYA = "+218912345678";
    static final String LIBYA_2 = "+218912345679";
    static final String FRANCE = "+33612345678";
    static final String ITALY = "+390612345678";
    static final String BOATS = "telegram:zuwara_boats";
    static final String PAPERS = "telegram:fake_papers";
    static final String PASSPORT = "passport:UTO:L898902C3";
    static final String URL_FR = "https://example.org/offer";
    static final String URL_IT = "https://example.com/boats";
    static final String EMAIL = "smuggler@example.org";

    @Test
    void theOperationHoldsTheLeadsWrittenByHand() {
        assertThat(ids.keySet()).containsExactlyInAnyOrder(LIBYA, LIBYA_2, FRANCE, ITALY, BOATS, PAPERS, PASSPORT, URL_FR, URL_IT, EMAIL);
    }

    @Test
    void countersEqualAHandCount() {
        OperationStats stats = picture.stats();
        Map<String, Integer> tiles = new LinkedHashMap<>();
        picture.tiles().forEach(tile -> tiles.put(tile.name(), tile.value()));
        assertThat(tiles).containsEntry("leads", 10)
                .containsEntry("uniqueHandlesAndUrls", 4)
                .containsEntry("phones", 4)
                .containsEntry("phoneCountries", 3)
                .containsEntry("facilitators", 1)
                // travel: two offers; documents: one offer and the incident lead no offer names.
                .containsEntry("incidents.travel", 2)
                .containsEntry("incidents.documents", 2)
                .containsEntry("incidents.guidance", 0)
                .containsEntry("incidents.other", 0)
                .containsEntry("documents", 1)
                .containsEntry("documentCountries", 1)
                .containsEntry("faceImagesChecked", 2)
                .containsEntry("attachments", 3)
                .containsEntry("byKind.handle", 2)
                .containsEntry("byKind.url", 2)
                .containsEntry("byKind.email", 1)
                .containsEntry("byKind.iban", 0)
                .containsEntry("byKind.crypto", 0)
                .containsEntry("officers", 3)
                .containsEntry("offers", 3)
                .containsEntry("packagesImported", 2)
                .containsEntry("conflicts", 0);
        assertThat(stats.routes()).singleElement().satisfies(route -> {
            assertThat(route.from() + ">" + route.to()).isEqualTo("LY>IT");
            assertThat(route.offers()).isEqualTo(2);
            assertThat(route.minEur()).isEqualTo(2500.0);
            assertThat(route.medianEur()).isEqualTo(3000.0);
            assertThat(route.maxEur()).isEqualTo(3500.0);
        });
    }

    @Test
    void everyTileDrillsDownToExactlyTheLeadsItCounts() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("leads", Set.copyOf(ids.keySet()));
        expected.put("uniqueHandlesAndUrls", Set.of(BOATS, PAPERS, URL_FR, URL_IT));
        expected.put("phones", Set.of(LIBYA, LIBYA_2, FRANCE, ITALY));
        expected.put("phoneCountries", Set.of(LIBYA, LIBYA_2, FRANCE, ITALY));
        expected.put("facilitators", Set.of(BOATS));
        // The leads the type's offers name, and the type's incident leads that no offer names.
        expected.put("incidents.travel", Set.of(BOATS));
        expected.put("incidents.documents", Set.of(FRANCE, PAPERS));
        expected.put("incidents.guidance", Set.of());
        expected.put("incidents.other", Set.of());
        expected.put("documents", Set.of(PASSPORT));
        expected.put("documentCountries", Set.of(PASSPORT));
        expected.put("faceImagesChecked", Set.of(LIBYA, PASSPORT));
        expected.put("attachments", Set.of(LIBYA, URL_FR));
        expected.put("byKind.handle", Set.of(BOATS, PAPERS));
        expected.put("byKind.url", Set.of(URL_FR, URL_IT));
        expected.put("byKind.email", Set.of(EMAIL));
        expected.put("byKind.iban", Set.of());
        expected.put("byKind.crypto", Set.of());
        for (OperationPicture.Tile tile : picture.tiles()) {
            if (tile.scope() == null) {
                assertThat(tile.name()).isIn("officers", "offers", "packagesImported", "conflicts");
                continue;
            }
            Set<UUID> wanted = idsOf(expected.get(tile.name()));
            assertThat(drilled(tile.scope())).as(tile.name()).isEqualTo(wanted);
            assertThat(pictures.count(OPERATION, tile.scope())).as(tile.name()).isEqualTo(wanted.size());
            assertThat(Set.copyOf(pictures.leadIds(OPERATION, tile.scope()))).as(tile.name()).isEqualTo(wanted);
            if (tile.countsLeads()) {
                assertThat(tile.value()).as(tile.name()).isEqualTo(wanted.size());
            }
        }
        assertThat(expected.keySet()).allSatisfy(name -> assertThat(picture.tile(name)).isPresent());
    }

    @Test
    void chartsCountByHourOfficerCountryPlatformAndIncidentEachBarDrillingDownToItsLeads() {
        assertThat(bars(picture.leadsPerHour())).containsExactly(Map.entry(H8.toString(), 5), Map.entry(H9.toString(), 3),
                Map.entry(H10.toString(), 2));
        assertDrilledDown(picture.leadsPerHour(), Map.of(
                H8.toString(), Set.of(LIBYA, FRANCE, BOATS, PAPERS, PASSPORT),
                H9.toString(), Set.of(URL_FR, ITALY, URL_IT),
                H10.toString(), Set.of(LIBYA_2, EMAIL)));

        String claire = lead.owner().fingerprint();
        // Most leads first, ties by fingerprint: Ayşe's and Marco's keys are new each run, so their order is too.
        List<Map.Entry<String, Integer>> tied = Stream.of(Map.entry(ayse, 3), Map.entry(marco, 3))
                .sorted(Map.Entry.comparingByKey()).toList();
        assertThat(bars(picture.leadsPerOfficer())).containsExactly(Map.entry(claire, 6), tied.get(0), tied.get(1))
                .hasSize(3);
        assertThat(picture.leadsPerOfficer().get(0).label()).isEqualTo("Claire Martin (FR)");
        assertDrilledDown(picture.leadsPerOfficer(), Map.of(
                claire, Set.of(LIBYA, FRANCE, BOATS, PAPERS, PASSPORT, URL_FR),
                marco, Set.of(LIBYA, ITALY, URL_IT),
                ayse, Set.of(LIBYA_2, BOATS, EMAIL)));

        assertThat(bars(picture.phonesByCountry())).containsExactly(Map.entry("LY", 2), Map.entry("FR", 1), Map.entry("IT", 1));
        assertDrilledDown(picture.phonesByCountry(), Map.of("LY", Set.of(LIBYA, LIBYA_2), "FR", Set.of(FRANCE), "IT", Set.of(ITALY)));
        assertThat(bars(picture.documentsByCountry())).containsExactly(Map.entry("UTO", 1));
        assertDrilledDown(picture.documentsByCountry(), Map.of("UTO", Set.of(PASSPORT)));

        assertThat(bars(picture.platforms())).containsExactly(Map.entry("telegram", 2));
        assertDrilledDown(picture.platforms(), Map.of("telegram", Set.of(BOATS, PAPERS)));

        assertThat(bars(picture.incidents())).containsExactly(Map.entry("travel", 2), Map.entry("documents", 2),
                Map.entry("guidance", 0), Map.entry("other", 0));
    }

    @Test
    void theTimelineCountsSightingsInQuarterHoursOverThisShortSpan() {
        // Twelve adds, each one sighting: six by the team lead (five at 08:10, one at 09:05), three at 09:20, three at 10:40.
        OperationPicture.Timeline timeline = picture.sightings();
        assertThat(timeline.bucket()).isEqualTo(Duration.ofMinutes(15));
        assertThat(timeline.total()).isEqualTo(12);
        Map<Instant, Integer> buckets = timeline.buckets().stream()
                .collect(Collectors.toMap(OperationPicture.Bucket::start, OperationPicture.Bucket::sightings));
        assertThat(buckets).containsEntry(H8, 5).containsEntry(H9, 1).containsEntry(H9.plus(Duration.ofMinutes(15)), 3)
                .containsEntry(H10.plus(Duration.ofMinutes(30)), 3).containsEntry(H8.plus(Duration.ofMinutes(15)), 0);
        assertThat(timeline.buckets()).hasSize(11);
    }

    @Test
    void theBucketGrowsWithTheSpan() {
        assertThat(PictureService.bucketFor(Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(15));
        assertThat(PictureService.bucketFor(Duration.ofDays(3))).isEqualTo(Duration.ofHours(1));
        assertThat(PictureService.bucketFor(Duration.ofDays(10))).isEqualTo(Duration.ofHours(3));
        assertThat(PictureService.bucketFor(Duration.ofDays(90))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aScopeCombinesWithTheTableFilters() {
        LeadQuery phonesOfLibya = LeadQuery.firstPage(OPERATION, 1000).withScope(LeadScope.phoneCountry("LY"));
        assertThat(new LeadService(lead).page(phonesOfLibya.withFilters(null, null, null, "218912345679")))
                .extracting(LeadSummary::canonical).containsExactly(LIBYA_2);
        // Pages of one row walk exactly the scope's leads, by keyset.
        Set<UUID> paged = new HashSet<>();
        LeadQuery page = LeadQuery.firstPage(OPERATION, 1).withScope(LeadScope.officer(marco));
        for (List<LeadSummary> rows = new LeadService(lead).page(page); !rows.isEmpty();
             rows = new LeadService(lead).page(page = page.after(rows.get(rows.size() - 1)))) {
            rows.forEach(row -> paged.add(row.id()));
        }
        assertThat(paged).isEqualTo(idsOf(Set.of(LIBYA, ITALY, URL_IT)));
    }

    private static Map<String, Integer> bars(List<OperationPicture.Bar> bars) {
        Map<String, Integer> out = new LinkedHashMap<>();
        bars.forEach(bar -> out.put(bar.key(), bar.value()));
        return out;
    }

    private static void assertDrilledDown(List<OperationPicture.Bar> bars, Map<String, Set<String>> expected) {
        assertThat(bars).extracting(OperationPicture.Bar::key).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (OperationPicture.Bar bar : bars) {
            Set<UUID> wanted = idsOf(expected.get(bar.key()));
            assertThat(drilled(bar.scope())).as(bar.key()).isEqualTo(wanted);
            assertThat(bar.value()).as(bar.key()).isEqualTo(wanted.size());
            assertThat(pictures.count(OPERATION, bar.scope())).as(bar.key()).isEqualTo(wanted.size());
        }
    }

    /** What the lead table pages through for a scope. */
    private static Set<UUID> drilled(LeadScope scope) {
        return new LeadService(lead).page(LeadQuery.firstPage(OPERATION, 1000).withScope(scope)).stream()
                .map(LeadSummary::id).collect(Collectors.toSet());
    }

    private static Set<UUID> idsOf(Set<String> canonicals) {
        return canonicals.stream().map(canonical -> {
            assertThat(ids).as(canonical).containsKey(canonical);
            return ids.get(canonical);
        }).collect(Collectors.toSet());
    }
}
