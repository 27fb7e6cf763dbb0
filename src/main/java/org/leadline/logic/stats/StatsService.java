package org.leadline.logic.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.FaceCheckRepository;
import org.leadline.persistence.NamedIncidentLeads;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.PackageRepository;
import org.leadline.persistence.TallyRepository;

/**
 * An operation's counters, read from the running tallies that every write keeps (see TallyRepository and
 * NamedIncidentLeads), so that they cost the same at any size; only the routes are aggregated over the offers, in the
 * database through their index.
 */
public final class StatsService {
    private final Workspace workspace;

    /** How much {@link #stats(UUID, Detail)} computes. */
    public enum Detail {
        /** Every counter, without the routes (their list is empty): what the header tiles show, cheap at any size. */
        COUNTERS,
        /** Every counter and the price ranges by route (stats, stats --json): reads the offers' route index. */
        WITH_ROUTES
    }

    public StatsService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every counter with the routes. */
    public OperationStats stats(UUID operationId) {
        return stats(operationId, Detail.WITH_ROUTES);
    }

    public OperationStats stats(UUID operationId, Detail detail) {
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
            OfferRepository offers = new OfferRepository(handle);
            Map<OfferType, Integer> offersByType = offers.countByType(operationId);
            Map<String, Integer> linked = new NamedIncidentLeads(handle).countByCategory(operationId);
            // An incident is an offer record of that type, or a lead categorised incident-* that no offer names
            // (an officer who tagged the lead but did not record the offer); a lead with an offer counts once.
            Map<String, Integer> incidents = new LinkedHashMap<>();
            for (OfferType type : OfferType.values()) {
                String category = Category.valueOf("INCIDENT_" + type.name()).name();
                int leadsAlone = byCategory.getOrDefault(category, 0) - linked.getOrDefault(category, 0);
                incidents.put(type.wireName(), offersByType.getOrDefault(type, 0) + Math.max(0, leadsAlone));
            }
            List<OperationStats.RouteStats> routes = detail == Detail.COUNTERS ? List.of() : routes(offers, operationId);
            int offerCount = offersByType.values().stream().mapToInt(Integer::intValue).sum();
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
                    offerCount,
                    routes,
                    officers,
                    new PackageRepository(handle).countImported(operationId),
                    new PackageRepository(handle).countConflicts(operationId));
        });
    }

    private static List<OperationStats.RouteStats> routes(OfferRepository offers, UUID operationId) {
        return offers.routes(operationId, false).stream()
                .map(route -> new OperationStats.RouteStats(route.from(), route.to(), route.offers(), route.minEur().doubleValue(),
                        route.medianEur().doubleValue(), route.maxEur().doubleValue()))
                .toList();
    }
}
