package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leadline.TestWorkspace;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;

/** The country annexes' most seen phones per region: the walk down the sightings index gives what ranking every phone gives. */
class ReportRepositoryTest {
    @RegisterExtension
    final TestWorkspace desk = TestWorkspace.filled(2_000, 5);
    private Workspace workspace;
    private Operation operation;

    @BeforeEach
    void open() {
        workspace = desk.workspace();
        operation = desk.operation();
    }

    @Test
    void theWalkGivesEachRegionsMostSeenPhonesAsARankingOfEveryPhoneDoes() {
        workspace.jdbi().useHandle(handle -> {
            ReportRepository reports = new ReportRepository(handle);
            Map<String, Integer> perRegion = new PictureRepository(handle).tallyBy(operation.id(), LeadKind.PHONE, "region");
            assertThat(perRegion).hasSizeGreaterThan(10);
            assertThat(perRegion.values()).as("some regions hold fewer phones than an annex shows, some more")
                    .anyMatch(n -> n <= 12).anyMatch(n -> n > 12);
            Map<String, List<UUID>> ranked = ranking(handle, operation.id(), 12);
            // A first reach of 10 phones reads further several times; 4,000 holds every phone at once.
            for (long firstReach : new long[] {10, 4_000}) {
                Map<String, List<UUID>> walked = new LinkedHashMap<>();
                reports.topPhonesByRegion(operation.id(), perRegion, 12, firstReach)
                        .forEach((region, phones) -> walked.put(region, phones.stream().map(phone -> phone.id()).toList()));
                assertThat(walked).as("first reach %d", firstReach).isEqualTo(ranked);
            }
            // Only the regions asked for.
            assertThat(reports.topPhonesByRegion(operation.id(), Map.of("LY", perRegion.get("LY")), 12).keySet()).containsExactly("LY");
        });
    }

    private static Map<String, List<UUID>> ranking(org.jdbi.v3.core.Handle handle, UUID operationId, int perRegion) {
        Map<String, List<UUID>> ranked = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT region, id FROM (
                            SELECT e.region, e.id, ROW_NUMBER() OVER (PARTITION BY e.region ORDER BY e.sightings DESC, e.id DESC) AS rank_in_region
                            FROM lead_entity e WHERE e.operation_id = :op AND e.live AND e.kind = 'phone' AND e.region IS NOT NULL)
                        WHERE rank_in_region <= :n ORDER BY region, rank_in_region""")
                .bind("op", operationId).bind("n", perRegion)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .forEach(row -> ranked.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
        return ranked;
    }
}
