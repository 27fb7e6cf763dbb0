package org.leadline.logic.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.stats.OperationStats;
import org.leadline.model.LeadSummary;
import org.leadline.model.Offer;
import org.leadline.model.Place;
import org.leadline.model.RouteAggregate;

/**
 * The operation report as one XHTML document filled into the template {@code report.html}: every value escaped and,
 * when masking, stripped of the officers' names. The PDF is this same document laid out by Open HTML to PDF, so the two
 * never say different things.
 */
public final class HtmlReport {
    static final String TEMPLATE = "/org/leadline/reports/report.html";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AXIS_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AXIS_HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** How many members of a network the table names. */
    static final int NETWORK_MEMBERS = 8;

    private final ReportContent content;
    private final OfficerNames names;
    private final StringBuilder body = new StringBuilder(64 * 1024);

    private HtmlReport(ReportContent content) {
        this.content = content;
        this.names = content.names();
    }

    /** The whole document. */
    public static String render(ReportContent content) {
        return new HtmlReport(content).document();
    }

    private String document() {
        ReportContent.Metadata meta = content.metadata();
        if (meta.country() == null) {
            title();
            officers();
            counters();
            charts();
            routes();
            networks();
            leads("Possible facilitators, most seen first", content.facilitators(), "possible facilitators");
            leads("Most seen leads", content.mostSeen(), "leads");
            annexIntro();
        } else {
            title();
            officers();
        }
        for (ReportContent.CountryAnnex annex : content.annexes()) {
            annex(annex, meta.country() == null);
        }
        String header = esc(meta.operation()) + " · operation report · " + DAY.format(meta.generatedAt())
                + (meta.training() ? " · <b>TRAINING</b>" : "");
        String footer = meta.operation() + " · " + meta.label().text() + (meta.training() ? " · TRAINING" : "")
                + (meta.masked() ? " · officers' names masked" : "");
        return template()
                .replace("{{title}}", esc("Operation report: " + meta.operation()))
                .replace("{{labelColour}}", meta.label().colour())
                .replace("{{footer}}", css(footer))
                .replace("{{header}}", header)
                .replace("{{label}}", esc(meta.label().text()))
                .replace("{{watermark}}", meta.training() ? "<div class=\"watermark\">TRAINING</div>" : "")
                .replace("{{body}}", body);
    }

    private void title() {
        ReportContent.Metadata meta = content.metadata();
        body.append("<h1>").append(esc(meta.country() == null ? "Operation report" : "Country annex: " + CountryCodes.name(meta.country())))
                .append("</h1>\n");
        if (meta.training()) {
            body.append("<p><b>TRAINING.</b> This is a training operation; nothing in it is real intelligence.</p>\n");
        }
        body.append("<table class=\"meta\">");
        meta("Operation", esc(meta.operation()) + " <span class=\"muted\">(" + meta.operationId() + ")</span>");
        meta("Report made", esc(STAMP.format(meta.generatedAt())) + " by Leadline " + esc(meta.toolVersion()));
        meta("Handling", "<span class=\"tlp\">" + esc(meta.label().text()) + "</span> " + esc(meta.label().meaning()));
        meta("Agencies", esc(String.join(", ", meta.agencies())));
        if (meta.country() != null) {
            meta("For", esc(CountryCodes.name(meta.country()) + " (" + meta.country()
                    + "): only what concerns this country: its phone numbers, the documents it issued, the offers whose route"
                    + " starts, ends or passes there, and the leads those offers name."));
        }
        body.append("</table>\n");
    }

    private void meta(String name, String html) {
        body.append("<tr><td class=\"name\">").append(esc(name)).append("</td><td>").append(html).append("</td></tr>");
    }

    private void officers() {
        ReportContent.Metadata meta = content.metadata();
        body.append("<h2>Officers and agencies</h2>\n");
        if (meta.masked()) {
            body.append("<p class=\"note\">The officers' names are masked: each officer is the same pseudonym throughout this report.</p>\n");
        }
        body.append("<table class=\"data\"><thead><tr><th>Officer</th><th>Agency</th><th>Country</th></tr></thead><tbody>");
        for (ReportContent.OfficerLine officer : meta.officers()) {
            body.append("<tr><td>").append(esc(officer.name())).append("</td><td>").append(esc(officer.agency())).append("</td><td>")
                    .append(esc(CountryCodes.name(officer.country()))).append("</td></tr>");
        }
        if (meta.officers().isEmpty()) {
            body.append("<tr><td colspan=\"3\" class=\"muted\">No officer has recorded anything in this operation yet.</td></tr>");
        }
        body.append("</tbody></table>\n");
    }

    private void counters() {
        OperationStats s = content.stats();
        body.append("<h2>Counters</h2>\n<table class=\"tiles\"><tr>");
        List<String[]> tiles = new ArrayList<>();
        tiles.add(tile(s.leads(), "leads (unique selectors)"));
        tiles.add(tile(s.uniqueHandlesAndUrls(), "unique handles and URLs"));
        tiles.add(tile(s.phones(), "phone numbers in " + count(s.phoneCountries()) + " countries"));
        tiles.add(tile(s.facilitators(), "possible facilitators"));
        int incidents = s.incidents().values().stream().mapToInt(Integer::intValue).sum();
        tiles.add(tile(incidents, "incidents: " + s.incidents().entrySet().stream()
                .map(e -> count(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(", "))));
        tiles.add(tile(s.documents(), "travel and ID documents from " + count(s.documentCountries()) + " countries"));
        tiles.add(tile(s.faceImagesChecked(), "facial images checked"));
        tiles.add(tile(s.attachments(), "attachments"));
        tiles.add(tile(s.offers(), "offers"));
        tiles.add(tile(s.routes().size(), "routes"));
        tiles.add(tile(s.officers(), "officers"));
        tiles.add(tile(s.packagesImported(), "packages merged"));
        for (int i = 0; i < tiles.size(); i++) {
            if (i > 0 && i % 4 == 0) {
                body.append("</tr><tr>");
            }
            body.append("<td><span class=\"tile-number\">").append(tiles.get(i)[0]).append("</span><span class=\"tile-text\">")
                    .append(esc(tiles.get(i)[1])).append("</span></td>");
        }
        body.append("</tr></table>\n");
        body.append("<p>").append(esc(count(s.uniqueHandlesAndUrls()) + " unique handles and URLs, " + count(s.phones())
                + " phone numbers in " + count(s.phoneCountries()) + " countries, " + count(s.facilitators())
                + " possible facilitators, " + count(s.offers()) + " offers.")).append("</p>\n");
    }

    private static String[] tile(int number, String text) {
        return new String[] {count(number), text};
    }

    private void charts() {
        OperationStats s = content.stats();
        OperationPicture picture = content.picture();
        body.append("<h2>Charts</h2>\n");
        if (picture != null && !picture.leadsPerHour().isEmpty()) {
            chart("Leads per hour (first seen, UTC)", timeSeries(picture.leadsPerHour().stream().map(bar -> (double) bar.value()).toList(),
                    picture.leadsPerHour().stream().map(bar -> Instant.parse(bar.key())).toList(), "leads"));
        }
        if (picture != null && !picture.sightings().buckets().isEmpty()) {
            var buckets = picture.sightings().buckets();
            chart("Sightings over time (per " + duration(picture.sightings().bucket()) + ", UTC)", timeSeries(
                    buckets.stream().map(bucket -> (double) bucket.sightings()).toList(),
                    buckets.stream().map(OperationPicture.Bucket::start).toList(), "sightings"));
        }
        List<Charts.Bar> kinds = s.byKind().entrySet().stream().map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList();
        chart("Leads by kind", Charts.bars(kinds, ""));
        if (!content.recordsPerOfficer().isEmpty()) {
            chart("Lead records per officer" + (content.recordsPerOfficer().size() > 16 ? " (the 16 with most)" : ""), Charts.bars(
                    content.recordsPerOfficer().entrySet().stream().limit(16).map(e -> new Charts.Bar(names.of(e.getKey()), e.getValue()))
                            .toList(), ""));
        }
        List<Charts.Bar> incidents = s.incidents().entrySet().stream().map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList();
        chart("Incidents by type", Charts.bars(incidents, ""));
        List<Charts.Bar> phones = content.phonesByCountry().entrySet().stream().limit(15)
                .map(e -> new Charts.Bar(CountryCodes.name(e.getKey()), e.getValue())).toList();
        if (!phones.isEmpty()) {
            chart("Phone numbers by country" + (content.phonesByCountry().size() > 15 ? " (the 15 with most)" : ""), Charts.bars(phones, ""));
        }
        if (picture != null && !picture.platforms().isEmpty()) {
            chart("Leads by platform", Charts.bars(picture.platforms().stream().limit(12)
                    .map(bar -> new Charts.Bar(bar.label(), bar.value())).toList(), ""));
        }
        List<Charts.Range> prices = content.routes().stream().limit(12).filter(r -> r.maxEur() != null)
                .map(r -> new Charts.Range(r.from() + " → " + r.to(), r.minEur().doubleValue(), r.medianEur().doubleValue(),
                        r.maxEur().doubleValue())).toList();
        if (!prices.isEmpty()) {
            chart("Price per person by route, EUR: range and median (red)", Charts.ranges(prices, "EUR"));
        }
    }

    /** Columns over time with about six dates or hours under the axis. */
    private static byte[] timeSeries(List<Double> values, List<Instant> starts, String unit) {
        java.util.Map<Integer, String> labels = new java.util.LinkedHashMap<>();
        int every = Math.max(1, starts.size() / 6);
        boolean days = starts.size() > 1 && Duration.between(starts.get(0), starts.get(starts.size() - 1)).toHours() > 72;
        for (int i = 0; i < starts.size(); i += every) {
            labels.put(i, (days ? AXIS_DAY : AXIS_HOUR).format(starts.get(i)));
        }
        return Charts.columns(values, labels, unit);
    }

    private static String duration(Duration bucket) {
        if (bucket.toDays() >= 1 && bucket.toHours() % 24 == 0) {
            return bucket.toDays() == 1 ? "day" : bucket.toDays() + " days";
        }
        if (bucket.toHours() >= 1 && bucket.toMinutes() % 60 == 0) {
            return bucket.toHours() == 1 ? "hour" : bucket.toHours() + " hours";
        }
        return bucket.toMinutes() + " minutes";
    }

    private void chart(String title, byte[] png) {
        body.append("<div class=\"chart\"><h3>").append(esc(title)).append("</h3><img alt=\"").append(esc(title))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\" /></div>\n");
    }

    private void routes() {
        List<RouteAggregate> routes = content.routes();
        body.append("<h2>Routes and prices</h2>\n");
        body.append("<p class=\"note\">Travel offers per route, origin country to destination country, prices in EUR at the rates"
                + " the offers were recorded with.").append(bound(routes.size(), content.stats().routes().size(), "routes")).append("</p>\n");
        body.append("<table class=\"data\"><thead><tr><th>Route</th><th class=\"num\">Offers</th><th class=\"num\">Min EUR</th>"
                + "<th class=\"num\">Median EUR</th><th class=\"num\">Max EUR</th><th>Platforms</th></tr></thead><tbody>");
        for (RouteAggregate route : routes) {
            body.append("<tr><td>").append(esc(CountryCodes.name(route.from()) + " → " + CountryCodes.name(route.to()))).append("</td>")
                    .append(num(route.offers())).append(money(route.minEur())).append(money(route.medianEur())).append(money(route.maxEur()))
                    .append("<td>").append(esc(String.join(", ", route.platforms()))).append("</td></tr>");
        }
        if (routes.isEmpty()) {
            body.append("<tr><td colspan=\"6\" class=\"muted\">No travel offers recorded.</td></tr>");
        }
        body.append("</tbody></table>\n");
    }

    private void networks() {
        if (content.networks().isEmpty()) {
            if (content.stats().leads() > ReportContent.Limits.NETWORK_LEADS) {
                body.append("<h2>Top facilitator networks</h2>\n<p class=\"note\">The link chart of ").append(count(content.stats().leads()))
                        .append(" leads is too large to compute for this report; the GraphML report (<code>report --format graphml</code>)"
                                + " and the link chart hold its networks.</p>\n");
            }
            return;
        }
        body.append("<h2>Top facilitator networks</h2>\n<p class=\"note\">Clusters of the link chart: leads seen in the same posts, named"
                + " by the same offers, sharing captures or documents, more linked to each other than to the rest; possible facilitators"
                + " first. The ").append(content.networks().size()).append(" first; the GraphML report (<code>report --format graphml</code>)"
                + " holds the whole chart.</p>\n");
        body.append("<table class=\"data\"><thead><tr><th>Network</th><th class=\"num\">Leads</th><th class=\"num\">Facilitators</th>"
                + "<th class=\"num\">Links</th><th>Members (first ").append(NETWORK_MEMBERS).append(")</th></tr></thead><tbody>");
        for (ReportContent.Network network : content.networks()) {
            body.append("<tr><td>").append(esc(network.summary())).append("</td>").append(num(network.size())).append(num(network.facilitators()))
                    .append(num(network.links())).append("<td class=\"value\">").append(esc(String.join(", ", network.members())))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>\n");
    }

    private void leads(String title, List<LeadSummary> leads, String what) {
        body.append("<h2>").append(esc(title)).append("</h2>\n");
        if (leads.size() == ReportContent.Limits.LEADS) {
            body.append("<p class=\"note\">The ").append(leads.size()).append(" most seen ").append(esc(what))
                    .append("; the CSV report holds all of them.</p>\n");
        }
        leadTable(leads);
    }

    private void leadTable(List<LeadSummary> leads) {
        body.append("<table class=\"data\"><thead><tr><th>Kind</th><th>Value</th><th>Category</th><th class=\"num\">Sightings</th>"
                + "<th class=\"num\">Officers</th><th>Last seen</th></tr></thead><tbody>");
        for (LeadSummary lead : leads) {
            body.append("<tr><td>").append(lead.kind().wireName()).append("</td><td class=\"value\">").append(esc(lead.canonical()))
                    .append("</td><td>").append(lead.category().wireName()).append("</td>").append(num(lead.sightings()))
                    .append(num(lead.officers())).append("<td>").append(esc(SEEN.format(lead.lastSeen()))).append("</td></tr>");
        }
        if (leads.isEmpty()) {
            body.append("<tr><td colspan=\"6\" class=\"muted\">None.</td></tr>");
        }
        body.append("</tbody></table>\n");
    }

    private void annexIntro() {
        body.append("<h2>Country annexes</h2>\n<p>One annex per country follows, for dissemination to that country: its phone numbers,"
                + " the documents it issued, the offers whose route starts, ends or passes there, and the leads those offers name. "
                + "Each list is bounded (").append(ReportContent.Limits.ANNEX_PHONES).append(" phones, ")
                .append(ReportContent.Limits.ANNEX_DOCUMENTS).append(" documents, ").append(ReportContent.Limits.ANNEX_OFFERS)
                .append(" offers, ").append(ReportContent.Limits.ANNEX_LEADS)
                .append(" leads, most seen or newest first); the totals count everything, and the CSV report"
                + " (<code>report --format csv --country CC</code>) holds every row.</p>\n<p>");
        body.append(esc(content.annexes().stream().map(a -> a.country() + " " + a.countryName()).collect(Collectors.joining(" · "))));
        body.append("</p>\n");
    }

    private void annex(ReportContent.CountryAnnex annex, boolean newPage) {
        body.append(newPage ? "<div class=\"annex\">" : "<div>");
        body.append("<h2>Annex ").append(esc(annex.country())).append(": ").append(esc(annex.countryName())).append("</h2>\n");
        body.append("<div class=\"annex-scope\">For dissemination to ").append(esc(annex.countryName())).append(" under <span class=\"tlp\">")
                .append(esc(content.metadata().label().text())).append("</span>. ").append(count(annex.phonesTotal())).append(" phone numbers, ")
                .append(count(annex.documentsTotal())).append(" documents, ").append(count(annex.offersTotal())).append(" offers.</div>\n");

        body.append("<h3>Phone numbers of ").append(esc(annex.countryName())).append("</h3>\n");
        body.append(boundNote(annex.phones().size(), annex.phonesTotal(), "phone numbers", "most seen"));
        leadTable(annex.phones());

        body.append("<h3>Documents issued by ").append(esc(annex.countryName())).append("</h3>\n");
        body.append(boundNote(annex.documents().size(), annex.documentsTotal(), "documents", "most seen"));
        leadTable(annex.documents());

        body.append("<h3>Offers whose route starts, ends or passes in ").append(esc(annex.countryName())).append("</h3>\n");
        body.append(boundNote(annex.offers().size(), annex.offersTotal(), "offers", "newest"));
        offerTable(annex.offers());

        body.append("<h3>Leads those offers name</h3>\n");
        leadTable(annex.offerLeads());
        body.append("</div>\n");
    }

    private void offerTable(List<Offer> offers) {
        body.append("<table class=\"data\"><thead><tr><th>Seen</th><th>Type</th><th>Route</th><th class=\"num\">Price</th>"
                + "<th class=\"num\">EUR</th><th>Platform</th><th>Recorded by</th><th>Offered</th></tr></thead><tbody>");
        for (Offer offer : offers) {
            body.append("<tr><td>").append(esc(SEEN.format(offer.seenAt()))).append("</td><td>").append(offer.type().wireName())
                    .append("</td><td>").append(esc(offer.legs().stream().map(Place::toString).collect(Collectors.joining(" → "))))
                    .append("</td><td class=\"num\">").append(esc(plain(offer.amount()) + " " + offer.currency())).append("</td>")
                    .append(money(offer.priceEur())).append("<td>").append(esc(offer.platform() == null ? "" : offer.platform()))
                    .append("</td><td>").append(esc(names.of(offer.origin()))).append("</td><td>")
                    .append(esc(shorten(offer.offeredText(), 160))).append("</td></tr>");
        }
        if (offers.isEmpty()) {
            body.append("<tr><td colspan=\"8\" class=\"muted\">None.</td></tr>");
        }
        body.append("</tbody></table>\n");
    }

    private static String boundNote(int shown, int total, String what, String order) {
        if (shown >= total) {
            return "";
        }
        return "<p class=\"note\">The " + count(shown) + " " + order + " of " + count(total) + " " + what
                + "; the CSV report holds all of them.</p>\n";
    }

    private static String bound(int shown, int total, String what) {
        return shown >= total ? "" : " The " + count(shown) + " routes with most offers of " + count(total) + " " + what
                + "; the CSV report holds all of them.";
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String num(int n) {
        return "<td class=\"num\">" + count(n) + "</td>";
    }

    private static String money(java.math.BigDecimal value) {
        return "<td class=\"num\">" + (value == null ? "" : Charts.number(value.doubleValue())) + "</td>";
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** Escaped for XHTML, and with the officers' names masked when the report masks them. */
    private String esc(String text) {
        return xml(names.text(text));
    }

    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A CSS string's content (the page footer), with the officers' names masked. */
    private String css(String text) {
        return names.text(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ").replace("\n", " ");
    }

    /** The template as shipped, for {@link ReportDocument}. */
    static String templateText() {
        return template();
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The report template is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
