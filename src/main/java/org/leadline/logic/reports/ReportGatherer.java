package org.leadline.logic.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.leadline.logic.ToolVersion;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkService;
import org.leadline.logic.links.NetworkText;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.picture.PictureService;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Countries;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.model.Offer;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.PictureRepository;
import org.leadline.persistence.ReportRepository;
import org.leadline.persistence.TallyRepository;

/**
 * Reads once what a report shows: the counters (StatsService), the routes and prices, the most seen leads, and the
 * country annexes, each list bounded in the database or while streaming, so that the work grows with the number of
 * countries and offers, not with the number of leads.
 */
public final class ReportGatherer {
    private final Workspace workspace;

    public ReportGatherer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The officers of the operation (those with records in it), named or masked as the request says. */
    public OfficerNames names(UUID operationId, boolean mask) {
        return new OfficerNames(officers(operationId), mask);
    }

    private List<Officer> officers(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            Set<String> origins = new LinkedHashSet<>(new ReportRepository(handle).officerOrigins(operationId));
            List<Officer> out = new ArrayList<>();
            for (Officer officer : new OfficerRepository(handle).all()) {
                if (origins.contains(officer.fingerprint())) {
                    out.add(officer);
                }
            }
            return out;
        });
    }

    /** Who, what and under which rules, as every format prints it. */
    public ReportContent.Metadata metadata(ReportRequest request) {
        return metadata(request, names(request.operationId(), request.maskOfficers()));
    }

    private ReportContent.Metadata metadata(ReportRequest request, OfficerNames names) {
        String country = request.country() == null ? null : Countries.requireAlpha2(request.country(), "country");
        UUID operationId = request.operationId();
        List<Officer> officers = officers(operationId);
        return workspace.jdbi().withHandle(handle -> {
            OperationRepository operations = new OperationRepository(handle);
            Operation operation = operations.byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + "."));
            List<ReportContent.OfficerLine> lines = officers.stream()
                    .sorted(Comparator.comparing(Officer::country).thenComparing(officer -> names.of(officer.fingerprint())))
                    .map(officer -> new ReportContent.OfficerLine(names.of(officer.fingerprint()), officer.agency(), officer.country(),
                            officer.fingerprint()))
                    .toList();
            List<String> agencies = new ArrayList<>(new TreeSet<>(officers.stream().map(Officer::agency).toList()));
            return new ReportContent.Metadata(operation.name(), operationId, workspace.clock().instant(), lines, agencies,
                    request.label(), request.maskOfficers(), operations.isTraining(operationId), country, ToolVersion.current());
        });
    }

    public ReportContent gather(ReportRequest request, Progress progress) {
        OfficerNames names = names(request.operationId(), request.maskOfficers());
        ReportContent.Metadata metadata = metadata(request, names);
        UUID operationId = request.operationId();
        String country = metadata.country();
        // The dashboard's picture (running tallies) gives the per-hour, timeline and platform charts; they span the
        // whole operation, so a country's report leaves them out as it leaves out the networks.
        OperationPicture picture = country == null ? new PictureService(workspace).picture(operationId) : null;
        // The picture holds the same stats (with routes) already.
        OperationStats stats = picture != null ? picture.stats() : new StatsService(workspace).stats(operationId);
        checkCancel(progress);
        return workspace.jdbi().withHandle(handle -> {
            ReportRepository reports = new ReportRepository(handle);
            PictureRepository tallies = new PictureRepository(handle);
            Map<String, Integer> phones = tallies.tallyBy(operationId, LeadKind.PHONE, "region");
            Map<String, Integer> documents = tallies.tallyBy(operationId, LeadKind.DOCUMENT, "issuer");
            var routes = new OfferRepository(handle).routes(operationId, false);
            List<LeadSummary> facilitators = reports.mostSeen(operationId, Category.POSSIBLE_FACILITATOR.name(), ReportContent.Limits.LEADS);
            List<LeadSummary> mostSeen = reports.mostSeen(operationId, null, ReportContent.Limits.LEADS);
            Map<String, Integer> recordsPerOfficer = reports.recordsPerOrigin(operationId);
            progress.report(1, 4);
            checkCancel(progress);
            List<ReportContent.CountryAnnex> annexes = annexes(reports, operationId, country, phones, documents, progress);
            progress.report(2, 4);
            return new ReportContent(metadata, stats, phones, documents, routes.subList(0, Math.min(routes.size(), ReportContent.Limits.ROUTES)),
                    facilitators, mostSeen, List.of(), annexes, names, picture, recordsPerOfficer);
        }).withNetworks(country == null && stats.leads() <= ReportContent.Limits.NETWORK_LEADS ? networks(operationId, progress) : List.of());
    }

    /** The top networks of the link chart (only in the whole operation's report: a network crosses countries). */
    private List<ReportContent.Network> networks(UUID operationId, Progress progress) {
        LinkGraph graph = new LinkService(workspace).graph(operationId, Progress.NONE);
        checkCancel(progress);
        return graph.topNetworks(ReportContent.Limits.NETWORKS).stream()
                .map(network -> new ReportContent.Network(NetworkText.summary(network), network.size(), network.facilitators(), network.links(),
                        network.members().stream().limit(HtmlReport.NETWORK_MEMBERS).map(node -> node.kind().wireName() + ":" + node.canonical())
                                .toList()))
                .toList();
    }

    private List<ReportContent.CountryAnnex> annexes(ReportRepository reports, UUID operationId, String only, Map<String, Integer> phonesPerRegion,
                                                     Map<String, Integer> documentsPerIssuer, Progress progress) {
        Map<String, Integer> phoneRegions = new LinkedHashMap<>(phonesPerRegion);
        if (only != null) {
            phoneRegions.keySet().retainAll(Set.of(only));
        }
        Map<String, List<LeadSummary>> phones = reports.topPhonesByRegion(operationId, phoneRegions, ReportContent.Limits.ANNEX_PHONES);
        // Document entities are few next to the leads: one pass keeps the most seen of each issuing country.
        Map<String, List<LeadSummary>> documents = new HashMap<>();
        Map<String, Integer> documentsPerCountry = new HashMap<>();
        documentsPerIssuer.forEach((issuer, n) -> {
            String alpha2 = CountryCodes.alpha2OfIcao(issuer);
            if (alpha2 != null) {
                documentsPerCountry.merge(alpha2, n, Integer::sum);
            }
        });
        reports.eachLive(operationId, LeadKind.DOCUMENT, entity -> {
            String alpha2 = CountryCodes.alpha2OfIcao(TallyRepository.Key.issuerOf(LeadKind.DOCUMENT, entity.lead().canonical()));
            if (alpha2 != null && (only == null || only.equals(alpha2))) {
                documents.computeIfAbsent(alpha2, key -> new ArrayList<>()).add(entity.lead());
            }
        });
        checkCancel(progress);
        Map<String, List<Offer>> offers = new HashMap<>();
        Map<String, Integer> offersPerCountry = new HashMap<>();
        reports.eachOffer(operationId, offer -> {
            Set<String> countries = new LinkedHashSet<>();
            for (Place place : offer.legs()) {
                if (place != null && place.country() != null && !place.country().isBlank()) {
                    countries.add(place.country().toUpperCase(Locale.ROOT));
                }
            }
            for (String country : countries) {
                if (only == null || only.equals(country)) {
                    offersPerCountry.merge(country, 1, Integer::sum);
                    List<Offer> kept = offers.computeIfAbsent(country, key -> new ArrayList<>());
                    if (kept.size() < ReportContent.Limits.ANNEX_OFFERS) {
                        kept.add(offer); // newest first, as the offers come
                    }
                }
            }
        });
        checkCancel(progress);
        Set<String> countries = new TreeSet<>(Comparator.comparing(CountryCodes::name).thenComparing(Comparator.naturalOrder()));
        if (only != null) {
            countries.add(only);
        } else {
            countries.addAll(phonesPerRegion.keySet());
            countries.addAll(documentsPerCountry.keySet());
            countries.addAll(offersPerCountry.keySet());
        }
        Set<UUID> named = new LinkedHashSet<>();
        offers.values().forEach(list -> list.forEach(offer -> named.addAll(offer.leadIds())));
        Map<UUID, LeadSummary> entities = reports.entitiesOfRecords(named);
        List<ReportContent.CountryAnnex> out = new ArrayList<>();
        for (String country : countries) {
            List<LeadSummary> docs = new ArrayList<>(documents.getOrDefault(country, List.of()));
            docs.sort(Comparator.comparingInt(LeadSummary::sightings).reversed().thenComparing(LeadSummary::canonical));
            List<Offer> countryOffers = offers.getOrDefault(country, List.of());
            Map<UUID, LeadSummary> leads = new LinkedHashMap<>();
            for (Offer offer : countryOffers) {
                for (UUID record : offer.leadIds()) {
                    LeadSummary entity = entities.get(record);
                    if (entity != null && leads.size() < ReportContent.Limits.ANNEX_LEADS) {
                        leads.putIfAbsent(entity.id(), entity);
                    }
                }
            }
            out.add(new ReportContent.CountryAnnex(country, CountryCodes.name(country), phonesPerRegion.getOrDefault(country, 0),
                    phones.getOrDefault(country, List.of()), documentsPerCountry.getOrDefault(country, 0),
                    docs.subList(0, Math.min(docs.size(), ReportContent.Limits.ANNEX_DOCUMENTS)), offersPerCountry.getOrDefault(country, 0),
                    countryOffers, List.copyOf(leads.values())));
        }
        return out;
    }

    static void checkCancel(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("The report was cancelled; no file was written.");
        }
    }
}
