package org.leadline.logic.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.stats.OperationStats;
import org.leadline.model.LeadSummary;
import org.leadline.model.Offer;
import org.leadline.model.RouteAggregate;

/**
 * Everything a PDF or HTML report shows, gathered once per request (the charts from the dashboard's operation picture,
 * {@code picture}, null in one country's report) (see {@link ReportGatherer}); bounded so that an
 * operation of 300,000 leads gives a report of a few dozen pages: each list holds at most {@link Limits} entries, and
 * the report says so next to it (the CSV file holds everything).
 */
public record ReportContent(
        Metadata metadata,
        OperationStats stats,
        Map<String, Integer> phonesByCountry,
        Map<String, Integer> documentsByIssuer,
        List<RouteAggregate> routes,
        List<LeadSummary> facilitators,
        List<LeadSummary> mostSeen,
        List<Network> networks,
        List<CountryAnnex> annexes,
        OfficerNames names,
        OperationPicture picture) {

    public ReportContent withNetworks(List<Network> found) {
        return new ReportContent(metadata, stats, phonesByCountry, documentsByIssuer, routes, facilitators, mostSeen, found, annexes, names,
                picture);
    }

    /** How many entries a report's lists hold at most. */
    public static final class Limits {
        public static final int ROUTES = 30;
        public static final int LEADS = 25;
        public static final int ANNEX_PHONES = 25;
        public static final int ANNEX_DOCUMENTS = 15;
        public static final int ANNEX_OFFERS = 15;
        public static final int ANNEX_LEADS = 20;
        public static final int NETWORKS = 10;

        private Limits() {
        }
    }

    /**
     * Who, what and under which rules: the operation, when the report was made, the officers (named or masked) and
     * their agencies, the handling label, whether it is a training operation, and the one country it is for, if any.
     */
    public record Metadata(String operation, UUID operationId, Instant generatedAt, List<OfficerLine> officers, List<String> agencies,
                           HandlingLabel label, boolean masked, boolean training, String country, String toolVersion) {
    }

    /** An officer as the report names them (a pseudonym when masked), with their agency and country. */
    public record OfficerLine(String name, String agency, String country, String fingerprint) {
    }

    /**
     * A facilitator network (a cluster of the link chart, see logic/links): its one-line summary, its size, and its
     * first members ({@code kind:value}, possible facilitators first).
     */
    public record Network(String summary, int size, int facilitators, int links, List<String> members) {
    }

    /**
     * What concerns one country, for dissemination to it: its phone numbers, the documents it issued, the offers whose
     * route starts, ends or passes there, and the leads those offers name. The totals count everything; the lists are
     * bounded by {@link Limits}.
     */
    public record CountryAnnex(String country, String countryName, int phonesTotal, List<LeadSummary> phones, int documentsTotal,
                               List<LeadSummary> documents, int offersTotal, List<Offer> offers, List<LeadSummary> offerLeads) {
    }
}
