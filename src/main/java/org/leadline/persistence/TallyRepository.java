package org.leadline.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/** The running counts behind the operation's counters, kept up to date by every write (see V3__tallies.sql). */
public final class TallyRepository {
    private final Handle handle;

    public TallyRepository(Handle handle) {
        this.handle = handle;
    }

    /** What one live entity adds to the counts. */
    public record Key(UUID operationId, LeadKind kind, Category category, String region, String issuer) {
        public Key {
            region = region == null ? "" : region;
            issuer = issuer == null ? "" : issuer;
        }

        /** The issuing state of a document's canonical value {@code type:issuer:number}, else empty. */
        public static String issuerOf(LeadKind kind, String canonical) {
            if (kind != LeadKind.DOCUMENT) {
                return "";
            }
            String[] parts = canonical.split(":", 3);
            return parts.length == 3 ? parts[1] : "";
        }
    }

    public void addEntities(Map<Key, Long> deltas) {
        PreparedBatch batch = handle.prepareBatch("""
                MERGE INTO lead_tally t
                USING (VALUES (CAST(:op AS UUID), CAST(:kind AS VARCHAR(16)), CAST(:category AS VARCHAR(32)),
                               CAST(:region AS VARCHAR(2)), CAST(:issuer AS VARCHAR(16)), CAST(:n AS BIGINT)))
                      v(op, kind, category, region, issuer, n)
                ON t.operation_id = v.op AND t.kind = v.kind AND t.category = v.category AND t.region = v.region
                   AND t.issuer = v.issuer
                WHEN MATCHED THEN UPDATE SET n = t.n + v.n
                WHEN NOT MATCHED THEN INSERT (operation_id, kind, category, region, issuer, n)
                                      VALUES (v.op, v.kind, v.category, v.region, v.issuer, v.n)""");
        deltas.forEach((key, n) -> {
            if (n != 0) {
                batch.bind("op", key.operationId()).bind("kind", key.kind().wireName()).bind("category", key.category().name())
                        .bind("region", key.region()).bind("issuer", key.issuer()).bind("n", n).add();
            }
        });
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public void addRecords(UUID operationId, Map<String, Long> recordsByOrigin) {
        PreparedBatch batch = handle.prepareBatch("""
                MERGE INTO officer_tally t
                USING (VALUES (CAST(:op AS UUID), CAST(:origin AS VARCHAR(64)), CAST(:n AS BIGINT))) v(op, origin, n)
                ON t.operation_id = v.op AND t.origin = v.origin
                WHEN MATCHED THEN UPDATE SET n = t.n + v.n
                WHEN NOT MATCHED THEN INSERT (operation_id, origin, n) VALUES (v.op, v.origin, v.n)""");
        recordsByOrigin.forEach((origin, n) -> batch.bind("op", operationId).bind("origin", origin).bind("n", n).add());
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public Map<String, Integer> entitiesByKind(UUID operationId) {
        return sums(operationId, "kind");
    }

    public Map<String, Integer> entitiesByCategory(UUID operationId) {
        return sums(operationId, "category");
    }

    private Map<String, Integer> sums(UUID operationId, String column) {
        Map<String, Integer> sums = new java.util.LinkedHashMap<>();
        handle.createQuery("SELECT " + column + " AS k, SUM(n) AS n FROM lead_tally WHERE operation_id = :op GROUP BY " + column)
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getInt("n")))
                .forEach(entry -> sums.put(entry.getKey(), entry.getValue()));
        return sums;
    }

    /** Distinct non-empty values of a column among live entities of a kind (phone regions, document issuers). */
    public int distinct(UUID operationId, LeadKind kind, String column) {
        if (!List.of("region", "issuer").contains(column)) {
            throw new IllegalArgumentException("Not a tally column: " + column);
        }
        return handle.createQuery("SELECT COUNT(DISTINCT " + column + ") FROM lead_tally WHERE operation_id = :op AND kind = :kind"
                        + " AND " + column + " <> '' AND n > 0")
                .bind("op", operationId).bind("kind", kind.wireName()).mapTo(Integer.class).one();
    }

    public int officers(UUID operationId) {
        return handle.createQuery("SELECT COUNT(*) FROM officer_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId).mapTo(Integer.class).one();
    }
}
