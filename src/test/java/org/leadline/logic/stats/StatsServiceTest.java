package org.leadline.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;

/** The running tallies behind the counters must always equal a count over the leads themselves. */
class StatsServiceTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    LeadService leads;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        leads = new LeadService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private UUID add(String value, LeadKind kind) {
        return leads.add(operation.id(), value, kind, List.of(), null, SightingSource.NONE).get(0).entityId();
    }

    @Test
    void countersOfASmallOperationEqualAHandCount() {
        add("+218912345678", LeadKind.PHONE);
        add("+218912345679", LeadKind.PHONE);
        add("+33612345678", LeadKind.PHONE);
        add("+33612345678", LeadKind.PHONE);
        UUID handle = add("telegram:ahmed_trips", LeadKind.HANDLE);
        add("https://example.org/offer", LeadKind.URL);
        add("passport:SYR:N0123456", LeadKind.DOCUMENT);
        add("idcard:D:T22000129", LeadKind.DOCUMENT);
        UUID gone = add("someone@example.org", LeadKind.EMAIL);
        leads.setCategory(handle, Category.POSSIBLE_FACILITATOR);
        leads.delete(gone);

        OperationStats stats = new StatsService(workspace).stats(operation.id());

        assertThat(stats.leads()).isEqualTo(7);
        assertThat(stats.byKind()).containsEntry("phone", 3).containsEntry("handle", 1).containsEntry("url", 1)
                .containsEntry("document", 2).containsEntry("email", 0);
        assertThat(stats.phones()).isEqualTo(3);
        assertThat(stats.phoneCountries()).isEqualTo(2);
        assertThat(stats.uniqueHandlesAndUrls()).isEqualTo(2);
        assertThat(stats.facilitators()).isEqualTo(1);
        assertThat(stats.documents()).isEqualTo(2);
        assertThat(stats.documentCountries()).isEqualTo(2);
        assertThat(stats.officers()).isEqualTo(1);
        assertThat(stats.operation()).isEqualTo("Cyberprotect II");
    }

    @Test
    void tallyStaysEqualToAFullCountThroughEditsMergesAndDemoData() {
        new DemoService(workspace).fill(operation.id(), 500, 13, Progress.NONE);
        UUID a = add("telegram:ahmed_trips", LeadKind.HANDLE);
        UUID b = add("telegram:ahmed_trip", LeadKind.HANDLE);
        leads.setCategory(a, Category.INCIDENT_TRAVEL);
        var merge = new LeadMerges(workspace).merge(a, b);
        assertThat(counted()).isEqualTo(tallied());
        new LeadMerges(workspace).undo(merge.id());
        leads.delete(b);
        assertThat(counted()).isEqualTo(tallied());
        assertThat(new StatsService(workspace).stats(operation.id()).officers())
                .isEqualTo(workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT origin) FROM lead")
                        .mapTo(Integer.class).one()));
    }

    private Map<String, Integer> tallied() {
        OperationStats stats = new StatsService(workspace).stats(operation.id());
        Map<String, Integer> out = new LinkedHashMap<>(stats.byKind());
        out.put("facilitators", stats.facilitators());
        out.put("phoneCountries", stats.phoneCountries());
        out.put("documentCountries", stats.documentCountries());
        out.putAll(stats.incidents());
        return out;
    }

    private Map<String, Integer> counted() {
        return workspace.jdbi().withHandle(h -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (LeadKind kind : LeadKind.values()) {
                out.put(kind.wireName(), h.createQuery("SELECT COUNT(*) FROM lead_entity WHERE live AND kind = :k")
                        .bind("k", kind.wireName()).mapTo(Integer.class).one());
            }
            out.put("facilitators", h.createQuery("SELECT COUNT(*) FROM lead_entity WHERE live AND category = 'POSSIBLE_FACILITATOR'")
                    .mapTo(Integer.class).one());
            out.put("phoneCountries", h.createQuery("SELECT COUNT(DISTINCT region) FROM lead_entity WHERE live AND kind = 'phone'")
                    .mapTo(Integer.class).one());
            out.put("documentCountries", h.createQuery(
                    "SELECT COUNT(DISTINCT REGEXP_SUBSTR(canonical, '^[^:]*:([^:]*):', 1, 1, '', 1)) FROM lead_entity WHERE live AND kind = 'document'")
                    .mapTo(Integer.class).one());
            for (String type : List.of("travel", "documents", "guidance", "other")) {
                out.put(type, h.createQuery("SELECT COUNT(*) FROM lead_entity WHERE live AND category = :c")
                        .bind("c", "INCIDENT_" + type.toUpperCase()).mapTo(Integer.class).one());
            }
            return out;
        });
    }

    @Test
    void incidentsCountOfferRecordsAndIncidentLeadsThatNoOfferNames() {
        UUID advertised = add("telegram:zuwara_trips", LeadKind.HANDLE);
        UUID alone = add("telegram:fake_passports", LeadKind.HANDLE);
        leads.setCategory(advertised, Category.INCIDENT_TRAVEL);
        leads.setCategory(alone, Category.INCIDENT_DOCUMENTS);
        org.leadline.logic.offers.OfferService offers = new org.leadline.logic.offers.OfferService(workspace);
        offers.add(operation.id(), org.leadline.logic.offers.OfferDraft.of(org.leadline.model.OfferType.TRAVEL,
                new java.math.BigDecimal("3500"), "EUR", org.leadline.model.Place.parse("LY/Zuwara"), org.leadline.model.Place.parse("IT"))
                .withLeads(List.of(advertised)));
        org.leadline.model.Offer gone = offers.add(operation.id(), org.leadline.logic.offers.OfferDraft.of(
                org.leadline.model.OfferType.GUIDANCE, new java.math.BigDecimal("100"), "EUR", org.leadline.model.Place.parse("FR"),
                org.leadline.model.Place.parse("GB")));
        offers.delete(gone.id());

        OperationStats stats = new StatsService(workspace).stats(operation.id());

        // travel: the offer, and its lead not again; documents: the lead no offer names; guidance: deleted.
        assertThat(stats.incidents()).containsExactly(Map.entry("travel", 1), Map.entry("documents", 1), Map.entry("guidance", 0),
                Map.entry("other", 0));
        assertThat(stats.offers()).isEqualTo(1);
        assertThat(stats.routes()).singleElement().satisfies(route -> {
            assertThat(route.from()).isEqualTo("LY");
            assertThat(route.to()).isEqualTo("IT");
            assertThat(route.medianEur()).isEqualTo(3500.0);
        });
    }
}
