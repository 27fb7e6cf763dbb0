package org.leadline.logic.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.FaceCheckRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.TallyRepository;

/** An operation's counters, read from the running tallies that every write keeps (see TallyRepository). */
public final class StatsService {
    private final Workspace workspace;

    public StatsService(Workspace workspace) {
        this.workspace = workspace;
    }

    public OperationStats stats(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            Operation operation = new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + "."));
            TallyRepository tallies = new TallyRepository(handle);
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (LeadKind kind : LeadKind.values()) {
                byKind.put(kind.wireName(), 0);
            }
            byKind.putAll(tallies.entitiesByKind(operationId));
            Map<String, Integer> byCategory = tallies.entitiesByCategory(operationId);
            Map<String, Integer> incidents = new LinkedHashMap<>();
            incidents.put("travel", byCategory.getOrDefault(Category.INCIDENT_TRAVEL.name(), 0));
            incidents.put("documents", byCategory.getOrDefault(Category.INCIDENT_DOCUMENTS.name(), 0));
            incidents.put("guidance", byCategory.getOrDefault(Category.INCIDENT_GUIDANCE.name(), 0));
            incidents.put("other", byCategory.getOrDefault(Category.INCIDENT_OTHER.name(), 0));
            int leads = byKind.values().stream().mapToInt(Integer::intValue).sum();
            int phoneCountries = tallies.distinct(operationId, LeadKind.PHONE, "region");
            int documentCountries = tallies.distinct(operationId, LeadKind.DOCUMENT, "issuer");
            int officers = tallies.officers(operationId);
            int faceImagesChecked = new FaceCheckRepository(handle).imagesChecked(operationId);
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
                    faceImagesChecked,
                    new CaptureRepository(handle).countLive(operationId),
                    0,
                    List.of(),
                    officers,
                    0,
                    0);
        });
    }
}
