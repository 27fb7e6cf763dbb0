package org.leadline.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.HandMerge;
import org.leadline.model.LeadKind;
import org.leadline.model.Offer;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.model.Place;

/**
 * The running count of incident leads named by a live offer (V7__offer_lead_tally.sql) must give stats' incidents
 * exactly what counting over the leads and offers gave before it: checked after every step of a small operation
 * built through the services, and after the migration's back-fill.
 */
class IncidentTallyTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    LeadService leads;
    OfferService offers;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        leads = new LeadService(workspace);
        offers = new OfferService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void incidentsStayWhatTheOldCountGaveThroughOffersDeletionsAndHandMerges() {
        UUID boat = incident("telegram:zuwara_boats", LeadKind.HANDLE, Category.INCIDENT_TRAVEL);
        UUID boats = incident("telegram:zuwara_boat", LeadKind.HANDLE, Category.INCIDENT_TRAVEL);
        UUID papers = incident("telegram:fake_papers", LeadKind.HANDLE, Category.INCIDENT_DOCUMENTS);
        UUID phone = incident("+218912345678", LeadKind.PHONE, Category.INCIDENT_TRAVEL);
        UUID guide = incident("https://example.org/route-guide", LeadKind.URL, Category.OTHER);
        checkSameAsOldCount();

        Offer crossing = offers.add(operation.id(), draft(OfferType.TRAVEL, boat, phone));
        checkSameAsOldCount();
        Offer passports = offers.add(operation.id(), draft(OfferType.DOCUMENTS, papers));
        Offer alsoPassports = offers.add(operation.id(), draft(OfferType.DOCUMENTS, papers));
        Offer guidance = offers.add(operation.id(), draft(OfferType.GUIDANCE, guide));
        checkSameAsOldCount();

        // A lead named before it is categorised incident-*, and an offer that stops naming one of its leads.
        leads.setCategory(guide, Category.INCIDENT_GUIDANCE);
        checkSameAsOldCount();
        offers.edit(crossing.id(), OfferService.draftOf(crossing).withLeads(List.of(boat)));
        checkSameAsOldCount();

        // Deleting an offer: the lead another live offer names stays named, the other one no longer is.
        offers.delete(passports.id());
        checkSameAsOldCount();
        offers.delete(guidance.id());
        checkSameAsOldCount();
        offers.delete(alsoPassports.id());
        checkSameAsOldCount();

        // Deleting a named lead, and adding it again (a restore of the officer's record).
        leads.delete(boat);
        checkSameAsOldCount();
        leads.add(operation.id(), "telegram:zuwara_boats", LeadKind.HANDLE, List.of(), null, SightingSource.NONE);
        checkSameAsOldCount();

        // A hand merge moves a named record into a lead no offer names; undoing it moves it back.
        LeadMerges merges = new LeadMerges(workspace);
        HandMerge merge = merges.merge(boats, boat);
        checkSameAsOldCount();
        offers.add(operation.id(), draft(OfferType.TRAVEL, boats));
        checkSameAsOldCount();
        merges.undo(merge.id());
        checkSameAsOldCount();
        HandMerge intoNamed = merges.merge(boat, papers);
        checkSameAsOldCount();
        leads.setCategory(boat, Category.POSSIBLE_FACILITATOR);
        checkSameAsOldCount();
        merges.undo(intoNamed.id());
        checkSameAsOldCount();

        assertThat(incidentsFromStats()).isNotEqualTo(Map.of("travel", 0, "documents", 0, "guidance", 0, "other", 0));
    }

    @Test
    void demoDataWithColleaguesRecordsKeepsTheCountThroughBatchesMergesAndTheBackFill() throws java.io.IOException {
        DemoService demo = new DemoService(workspace);
        demo.fill(operation.id(), 3_000, 11, Progress.NONE);
        demo.fillOffers(operation.id(), 600, 11, Progress.NONE);
        checkSameAsOldCount();
        List<UUID> named = workspace.jdbi().withHandle(h -> h.createQuery("""
                        SELECT DISTINCT l.entity_id FROM lead l JOIN offer_lead ol ON ol.lead_id = l.id
                        JOIN lead_entity e ON e.id = l.entity_id WHERE e.category = 'INCIDENT_TRAVEL' ORDER BY l.entity_id LIMIT 2""")
                .mapTo(UUID.class).list());
        UUID alone = workspace.jdbi().withHandle(h -> h.createQuery("""
                        SELECT e.id FROM lead_entity e WHERE e.category = 'INCIDENT_DOCUMENTS' AND e.live AND NOT EXISTS (
                            SELECT 1 FROM lead l JOIN offer_lead ol ON ol.lead_id = l.id WHERE l.entity_id = e.id)
                        ORDER BY e.id LIMIT 1""")
                .mapTo(UUID.class).one());
        assertThat(named).hasSize(2);
        LeadMerges merges = new LeadMerges(workspace);
        HandMerge both = merges.merge(named.get(0), named.get(1));
        checkSameAsOldCount();
        HandMerge intoAlone = merges.merge(alone, named.get(0));
        checkSameAsOldCount();
        // The officer's tombstone on the merged lead (which colleagues may have recorded too).
        leads.delete(alone);
        checkSameAsOldCount();
        merges.undo(intoAlone.id());
        merges.undo(both.id());
        checkSameAsOldCount();

        Map<String, Integer> kept = incidentsFromStats();
        forgetTheTallyAndMigrateAgain();
        assertThat(incidentsFromStats()).isEqualTo(kept);
        checkSameAsOldCount();
    }

    @Test
    void theHeaderCountersAreTheFullStatsWithoutTheRoutes() {
        UUID lead = incident("telegram:zuwara_boats", LeadKind.HANDLE, Category.INCIDENT_TRAVEL);
        offers.add(operation.id(), draft(OfferType.TRAVEL, lead));
        StatsService stats = new StatsService(workspace);

        OperationStats full = stats.stats(operation.id());
        OperationStats counters = stats.stats(operation.id(), StatsService.Detail.COUNTERS);

        assertThat(full.routes()).hasSize(1);
        assertThat(counters.routes()).isEmpty();
        assertThat(counters).usingRecursiveComparison().ignoringFields("routes").isEqualTo(full);
    }

    private UUID incident(String value, LeadKind kind, Category category) {
        UUID id = leads.add(operation.id(), value, kind, List.of(), null, SightingSource.NONE).get(0).entityId();
        leads.setCategory(id, category);
        return id;
    }

    private static OfferDraft draft(OfferType type, UUID... named) {
        return OfferDraft.of(type, new BigDecimal("2500"), "EUR", Place.parse("LY/Zuwara"), Place.parse("IT")).withLeads(List.of(named));
    }

    /** Stats' incidents against the same rule counted over the leads and offers with the query stats used before V7. */
    private void checkSameAsOldCount() {
        assertThat(incidentsFromStats()).isEqualTo(incidentsCountedOld());
        workspace.jdbi().useHandle(h -> assertThat(h.createQuery("SELECT entity_id FROM offer_named_entity").mapTo(UUID.class).set())
                .as("the entities recorded as named by a live offer").isEqualTo(namedByLiveOffer(h)));
    }

    private Map<String, Integer> incidentsFromStats() {
        return new StatsService(workspace).stats(operation.id(), StatsService.Detail.COUNTERS).incidents();
    }

    private Map<String, Integer> incidentsCountedOld() {
        return workspace.jdbi().withHandle(h -> {
            Map<String, Integer> linked = new HashMap<>();
            // OfferRepository.incidentLeadsLinkedToOffers, as stats ran it before the running count.
            h.createQuery("""
                            SELECT e.category, COUNT(*) AS n FROM lead_entity e USE INDEX (ix_entity_category)
                            WHERE e.operation_id = :op AND e.category IN ('INCIDENT_TRAVEL', 'INCIDENT_DOCUMENTS', 'INCIDENT_GUIDANCE',
                                  'INCIDENT_OTHER') AND e.live
                              AND EXISTS (SELECT 1 FROM lead l JOIN offer_lead ol ON ol.lead_id = l.id JOIN offer o ON o.id = ol.offer_id
                                          WHERE l.entity_id = e.id AND NOT o.deleted)
                            GROUP BY e.category""")
                    .bind("op", operation.id())
                    .map((rs, ctx) -> Map.entry(rs.getString("category"), rs.getInt("n")))
                    .forEach(entry -> linked.put(entry.getKey(), entry.getValue()));
            Map<String, Integer> incidents = new LinkedHashMap<>();
            for (OfferType type : OfferType.values()) {
                int offered = h.createQuery("SELECT COUNT(*) FROM offer WHERE operation_id = :op AND type = :type AND NOT deleted")
                        .bind("op", operation.id()).bind("type", type.name()).mapTo(Integer.class).one();
                int categorised = h.createQuery("SELECT COUNT(*) FROM lead_entity WHERE operation_id = :op AND live AND category = :c")
                        .bind("op", operation.id()).bind("c", "INCIDENT_" + type.name()).mapTo(Integer.class).one();
                incidents.put(type.wireName(), offered + Math.max(0, categorised - linked.getOrDefault("INCIDENT_" + type.name(), 0)));
            }
            return incidents;
        });
    }

    private static Set<UUID> namedByLiveOffer(Handle h) {
        return new HashSet<>(h.createQuery("""
                        SELECT DISTINCT l.entity_id FROM lead l JOIN offer_lead ol ON ol.lead_id = l.id JOIN offer o ON o.id = ol.offer_id
                        WHERE NOT o.deleted""")
                .mapTo(UUID.class).list());
    }

    /** Drops what V7 made and its history row, so that reopening the workspace migrates and back-fills it again. */
    /** Runs V7 again on today's data (later migrations stay applied, so Flyway would not run it again itself). */
    private void forgetTheTallyAndMigrateAgain() throws java.io.IOException {
        String v7;
        try (var in = getClass().getResourceAsStream("/db/migration/V7__offer_lead_tally.sql")) {
            v7 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        workspace.jdbi().useHandle(h -> {
            h.execute("DROP TABLE offer_lead_tally");
            h.execute("DROP TABLE offer_named_entity");
            h.createScript(v7).execute();
        });
        workspace.close();
        workspace = TestWorkspaces.open(folder);
    }
}
