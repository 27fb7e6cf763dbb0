package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leadline.TestWorkspace;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Lead;
import org.leadline.model.Operation;

/** The lookups by id that verification and import make, a thousand ids a statement, joined to the records. */
class IdLookupTest {
    @RegisterExtension
    final TestWorkspace desk = TestWorkspace.filled(1_200, 0);
    private Workspace workspace;
    private Operation operation;

    @BeforeEach
    void open() {
        workspace = desk.workspace();
        operation = desk.operation();
    }

    @Test
    void everyIdIsFoundOnceAcrossChunksAndUnknownOnesAreAbsent() {
        workspace.jdbi().useHandle(handle -> {
            List<UUID> leads = handle.createQuery("SELECT id FROM lead ORDER BY created_at").mapTo(UUID.class).list();
            List<UUID> sightings = handle.createQuery("SELECT id FROM sighting").mapTo(UUID.class).list();
            assertThat(leads).hasSizeGreaterThan(Sql.ID_CHUNK);
            assertThat(sightings).isNotEmpty();
            UUID unknown = UUID.randomUUID();
            List<UUID> asked = new ArrayList<>(leads);
            asked.add(unknown);
            asked.add(leads.get(0));

            PackageRecordRepository records = new PackageRecordRepository(handle);
            Map<UUID, UUID> operations = records.operationsOf("lead", asked);
            assertThat(operations).hasSize(leads.size()).doesNotContainKey(unknown);
            assertThat(operations.values()).containsOnly(operation.id());
            Map<UUID, Lead> byId = records.leadsById(asked);
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(leads);
            byId.forEach((id, lead) -> assertThat(lead.id()).isEqualTo(id));
            assertThat(records.operationsOf("sighting", sightings)).hasSize(sightings.size());
            assertThat(records.existing("lead", UUID.randomUUID(), leads)).isEmpty();
        });
    }

    @Test
    void eachIdIsLookedUpInThePrimaryKeyFromTheArray() {
        String plan = workspace.jdbi().withHandle(handle -> handle.createQuery(
                        "EXPLAIN SELECT t.* FROM " + Sql.WANTED + " JOIN lead t ON t.id = wanted.id")
                .bindArray("ids", UUID.class, List.of(UUID.randomUUID(), UUID.randomUUID()))
                .mapTo(String.class).one());
        assertThat(plan.replaceAll("\\s+", " "))
                .as("the array is the outer table and each id a primary-key lookup:\n%s", plan)
                .containsPattern("FROM TABLE\\(.*\\) \"?WANTED\"? /\\* function \\*/ INNER JOIN \"PUBLIC\".\"LEAD\" \"?T\"? "
                        + "/\\* PUBLIC.PRIMARY_KEY_\\w*: ID = WANTED.ID \\*/");
    }
}
