package org.leadline.logic.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;
import org.leadline.persistence.OperationRepository;

/** Computes an operation's counters in the database, over live lead entities. */
public final class StatsService {
    private final Workspace workspace;

    public StatsService(Workspace workspace) {
        this.workspace = workspace;
    }

    public OperationStats stats(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            Operation operation = new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + "."));
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (LeadKind kind : LeadKind.values()) {
                byKind.put(kind.wireName(), 0);
            }
            handle.createQuery("SELECT kind, COUNT(*) AS n FROM lead_entity WHERE operation_id = :op AND live GROUP BY kind")
                    .bind("op", operationId)
                    .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getInt("n")))
                    .forEach(entry -> byKind.put(entry.getKey(), entry.getValue()));
            Map<String, Integer> byCategory = countByCategory(handle, operationId);
            Map<String, Integer> incidents = new LinkedHashMap<>();
            incidents.put("travel", byCategory.getOrDefault(Category.INCIDENT_TRAVEL.name(), 0));
            incidents.put("documents", byCategory.getOrDefault(Category.INCIDENT_DOCUMENTS.name(), 0));
            incidents.put("guidance", byCategory.getOrDefault(Category.INCIDENT_GUIDANCE.name(), 0));
            incidents.put("other", byCategory.getOrDefault(Category.INCIDENT_OTHER.name(), 0));
            int leads = byKind.values().stream().mapToInt(Integer::intValue).sum();
            int phoneCountries = count(handle, """
                    SELECT COUNT(DISTINCT region) FROM lead_entity
                    WHERE operation_id = :op AND live AND kind = 'phone' AND region IS NOT NULL""", operationId);
            // A document's canonical value is type:issuer:number; the issuer is the middle part.
            int documentCountries = count(handle, """
                    SELECT COUNT(DISTINCT REGEXP_SUBSTR(canonical, '^[^:]*:([^:]*):', 1, 1, '', 1)) FROM lead_entity
                    WHERE operation_id = :op AND live AND kind = 'document'""", operationId);
            int officers = count(handle, "SELECT COUNT(DISTINCT origin) FROM lead WHERE operation_id = :op", operationId);
            return new OperationStats(
                    operation.name(),
                    leads,
                    byKind,
                    byKind.get("handle") + byKind.get("url"),
                    byKind.get("phone"),
                    phoneCountries,
                    byCategory.getOrDefault(Category.POSSIBLE_FACILITATOR.name(), 0),
                    incidents,
                    byKind.get("document"),
                    documentCountries,
                    0,
                    0,
                    0,
                    List.of(),
                    officers,
                    0,
                    0);
        });
    }

    private static Map<String, Integer> countByCategory(Handle handle, UUID operationId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT category, COUNT(*) AS n FROM lead_entity WHERE operation_id = :op AND live GROUP BY category")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getString("category"), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static int count(Handle handle, String sql, UUID operationId) {
        return handle.createQuery(sql).bind("op", operationId).mapTo(Integer.class).one();
    }
}
