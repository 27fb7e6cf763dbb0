package org.leadline.logic.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.HandMerge;
import org.leadline.model.LeadKind;

/**
 * The picture's running counts (V10: live entities per first-seen hour and platform, live sightings of live records
 * per minute; V11: live entities per officer) must always equal the grouped recount over the rows they stand for: checked after every kind of write
 * an officer or an import makes — typed leads, repeated sightings, tombstones, colleagues' packages with new, changed
 * and tombstoned records, hand merges and their undo, and the demo's bulk writer.
 */
class PictureTallyTest {
    static final UUID OPERATION = UUID.fromString("0f8e2c1d-6b3a-4e59-9c7d-1a2b3c4d5e6f");
    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path folder;
    final PictureServiceTest.TestClock clock = new PictureServiceTest.TestClock();
    Workspace lead;
    Workspace colleague;

    @BeforeEach
    void open() {
        lead = officer("Claire Martin", "FR");
        colleague = officer("Marco Rossi", "IT");
    }

    @AfterEach
    void close() {
        colleague.close();
        lead.close();
    }

    Workspace officer(String name, String country) {
        Workspace workspace = Workspace.create(folder.resolve(name), TestWorkspaces.PASSPHRASE.toCharArray(),
                new NewOfficer(name, "Police " + country, country), clock);
        new OperationService(workspace).create("Cyberprotect II", OPERATION, country, null, null);
        return workspace;
    }

    UUID add(Workspace workspace, String value, LeadKind kind, int minutesIn) {
        clock.now = START.plus(Duration.ofMinutes(minutesIn)).plusSeconds(17);
        return new LeadService(workspace).add(OPERATION, value, kind, List.of(), null,
                new SightingSource("https://t.me/s/crossings/" + minutesIn, null, null)).get(0).entityId();
    }

    void importFrom(Workspace officer, String name) {
        Path pack = folder.resolve(name + ".leadpack");
        new PackageExporter(officer).export(OPERATION, PackageKind.OFFICER, pack, Progress.NONE);
        TrustService trust = new TrustService(lead);
        if (!trust.trusts(officer.owner().fingerprint())) {
            trust.addFromPackage(officer.owner().fingerprint(), pack);
        }
        new PackageImporter(lead).importFile(pack, Progress.NONE);
    }

    @Test
    void theCountsFollowEveryWriteOfficersAndImportsMake() {
        LeadService leads = new LeadService(lead);
        UUID boats = add(lead, "telegram:zuwara_boats", LeadKind.HANDLE, 5);
        UUID phone = add(lead, "+218912345678", LeadKind.PHONE, 65);
        add(lead, "https://example.org/offer", LeadKind.URL, 65);
        assertCountsEqualRecount(lead, 3, 3);

        // The same value seen again: a second sighting, in a later minute, on the same record.
        add(lead, "telegram:zuwara_boats", LeadKind.HANDLE, 130);
        assertCountsEqualRecount(lead, 3, 4);
        leads.delete(phone);
        assertCountsEqualRecount(lead, 2, 3);

        // A colleague's package: a lead the team lead has too, and two of their own.
        add(colleague, "telegram:zuwara_boats", LeadKind.HANDLE, 200);
        UUID mail = add(colleague, "smuggler@example.org", LeadKind.EMAIL, 201);
        add(colleague, "+390612345678", LeadKind.PHONE, 202);
        importFrom(colleague, "marco-1");
        assertCountsEqualRecount(lead, 4, 6);

        // Their next package tombstones a lead, changes the time of one sighting and tombstones another.
        new LeadService(colleague).delete(mail);
        colleague.jdbi().useHandle(handle -> {
            handle.execute("UPDATE sighting SET seen_at = seen_at + INTERVAL '3' HOUR, version = version + 1"
                    + " WHERE lead_id IN (SELECT id FROM lead WHERE canonical = '+390612345678')");
            handle.execute("UPDATE sighting SET deleted = TRUE, version = version + 1"
                    + " WHERE lead_id IN (SELECT id FROM lead WHERE canonical = 'telegram:zuwara_boats')");
        });
        importFrom(colleague, "marco-2");
        assertCountsEqualRecount(lead, 3, 4);
        importFrom(colleague, "marco-2-again");
        assertCountsEqualRecount(lead, 3, 4);

        // A hand merge moves records (and so first-seen hours) between entities; its undo moves them back.
        UUID url = leads.find(OPERATION, LeadKind.URL, "https://example.org/offer").orElseThrow().id();
        HandMerge merge = new LeadMerges(lead).merge(url, boats);
        assertCountsEqualRecount(lead, 2, 4);
        new LeadMerges(lead).undo(merge.id());
        assertCountsEqualRecount(lead, 3, 4);

        // The demo's bulk writer.
        new DemoService(lead).fill(OPERATION, 400, 7, Progress.NONE);
        assertCountsEqualRecount(lead, 403, -1);
    }

    @Test
    void theMigrationBackFillsTheCountsOfAWorkspaceThatHadNone() throws java.io.IOException {
        add(lead, "telegram:zuwara_boats", LeadKind.HANDLE, 5);
        new LeadService(lead).delete(add(lead, "+218912345678", LeadKind.PHONE, 65));
        new DemoService(lead).fill(OPERATION, 300, 3, Progress.NONE);
        String v10;
        try (var in = getClass().getResourceAsStream("/db/migration/V10__picture_tallies.sql")) {
            v10 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String v11;
        try (var in = getClass().getResourceAsStream("/db/migration/V11__origin_tally.sql")) {
            v11 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String scripts = v10 + "\n" + v11;
        lead.jdbi().useHandle(handle -> {
            handle.execute("DROP TABLE entity_hour_tally");
            handle.execute("DROP TABLE sighting_tally");
            handle.execute("DROP TABLE entity_origin_tally");
            // The indexes as V9 left them, for V10 and V11 to drop again.
            handle.execute("CREATE INDEX ix_entity_picture ON lead_entity (operation_id, live, first_seen, platform)");
            handle.execute("CREATE INDEX ix_lead_picture ON lead (operation_id, deleted, origin, entity_id, id)");
            handle.createScript(scripts).execute();
        });
        assertCountsEqualRecount(lead, 301, -1);
    }

    /** Compares both tallies with their recount; {@code entities} and {@code sightings} are the expected totals (-1: any). */
    static void assertCountsEqualRecount(Workspace workspace, int entities, int sightings) {
        workspace.jdbi().useHandle(handle -> {
            Map<String, Long> hours = rows(handle.createQuery(
                    "SELECT hour_start, platform, n FROM entity_hour_tally WHERE operation_id = :op AND n <> 0").bind("op", OPERATION));
            Map<String, Long> hoursRecounted = rows(handle.createQuery("""
                    SELECT DATE_TRUNC('HOUR', first_seen) AS hour_start, COALESCE(platform, '') AS platform, COUNT(*) AS n
                    FROM lead_entity WHERE operation_id = :op AND live GROUP BY hour_start, platform""").bind("op", OPERATION));
            assertThat(hours).isEqualTo(hoursRecounted);
            assertThat(hours.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(entities);

            Map<String, Long> minutes = rows(handle.createQuery(
                    "SELECT minute_start, n FROM sighting_tally WHERE operation_id = :op AND n <> 0").bind("op", OPERATION));
            Map<String, Long> minutesRecounted = rows(handle.createQuery("""
                    SELECT DATE_TRUNC('MINUTE', s.seen_at) AS minute_start, COUNT(*) AS n FROM lead l JOIN sighting s ON s.lead_id = l.id
                    WHERE l.operation_id = :op AND NOT l.deleted AND NOT s.deleted GROUP BY minute_start""").bind("op", OPERATION));
            assertThat(minutes).isEqualTo(minutesRecounted);
            if (sightings >= 0) {
                assertThat(minutes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sightings);
            }

            Map<String, Long> origins = rows(handle.createQuery(
                    "SELECT origin, n FROM entity_origin_tally WHERE operation_id = :op AND n <> 0").bind("op", OPERATION));
            Map<String, Long> originsRecounted = rows(handle.createQuery("""
                    SELECT origin, COUNT(DISTINCT entity_id) AS n FROM lead WHERE operation_id = :op AND NOT deleted GROUP BY origin""")
                    .bind("op", OPERATION));
            assertThat(origins).isEqualTo(originsRecounted).isNotEmpty();
        });
    }

    /** Every column but the last, joined, to the last (the count). */
    private static Map<String, Long> rows(org.jdbi.v3.core.statement.Query query) {
        Map<String, Long> rows = new TreeMap<>();
        query.map((rs, ctx) -> {
            StringBuilder key = new StringBuilder();
            int columns = rs.getMetaData().getColumnCount();
            for (int column = 1; column < columns; column++) {
                key.append(rs.getObject(column)).append(' ');
            }
            return Map.entry(key.toString().strip(), rs.getLong(columns));
        }).forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }
}
