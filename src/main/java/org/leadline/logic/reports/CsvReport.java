package org.leadline.logic.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.Offer;
import org.leadline.model.Place;
import org.leadline.model.RouteAggregate;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.ReportRepository;
import org.leadline.persistence.TravelDocumentRepository;
import org.jdbi.v3.core.Handle;

/**
 * "CSV per record type" in one file: a ZIP holding {@code report.csv} (operation, date, handling label, agencies,
 * training, masking, country), {@code officers.csv}, {@code leads.csv} (every live lead entity, phones with their
 * region, handles with their platform), {@code offers.csv}, {@code routes.csv} and {@code documents.csv} (the travel
 * document records). RFC 4180 CSV in UTF-8 with a header row; values with commas, quotes or line breaks are quoted.
 * Nothing is bounded here: the CSV is where the PDF's "top N" lists are complete.
 */
final class CsvReport {
    static final List<String> FILES = List.of("report.csv", "officers.csv", "leads.csv", "offers.csv", "routes.csv", "documents.csv");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvReport() {
    }

    static void write(Handle handle, ReportContent.Metadata meta, OfficerNames names, CountryScope scope, OutputStream out, Progress progress)
            throws IOException {
        ReportRepository reports = new ReportRepository(handle);
        UUID operationId = meta.operationId();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setComment(meta.operation() + " · " + meta.label().text() + (meta.training() ? " · TRAINING" : ""));
            entry(zip, "report.csv", csv -> {
                csv.printRecord("operation", "operation_id", "generated_at", "handling", "agencies", "training", "officers_masked", "country");
                csv.printRecord(names.text(meta.operation()), meta.operationId(), meta.generatedAt(), meta.label().text(),
                        String.join("; ", meta.agencies()), meta.training(), meta.masked(), meta.country() == null ? "" : meta.country());
            });
            entry(zip, "officers.csv", csv -> {
                csv.printRecord("officer", "agency", "country", "fingerprint");
                for (ReportContent.OfficerLine officer : meta.officers()) {
                    // A fingerprint names the officer to anyone holding the trust list: masked reports leave it out.
                    csv.printRecord(officer.name(), officer.agency(), officer.country(), meta.masked() ? "" : officer.fingerprint());
                }
            });
            ReportGatherer.checkCancel(progress);
            Map<UUID, String> valueOfRecord = new HashMap<>();
            List<Offer> offers = new ArrayList<>();
            reports.eachOffer(operationId, offer -> {
                if (scope.offer(offer)) {
                    offers.add(offer);
                }
            });
            List<UUID> named = offers.stream().flatMap(offer -> offer.leadIds().stream()).distinct().toList();
            reports.entitiesOfRecords(named).forEach((record, entity) -> valueOfRecord.put(record, entity.kind().wireName() + ":" + entity.canonical()));
            entry(zip, "leads.csv", csv -> {
                csv.printRecord("kind", "value", "raw", "status", "category", "tags", "sightings", "officers", "first_seen", "last_seen",
                        "region", "platform");
                long[] rows = {0};
                reports.eachLive(operationId, null, entity -> {
                    if (!scope.lead(entity)) {
                        return;
                    }
                    var lead = entity.lead();
                    print(csv, lead.kind().wireName(), names.text(lead.canonical()), names.text(lead.raw()), lead.status().name().toLowerCase(java.util.Locale.ROOT),
                            lead.category().wireName(), String.join(" ", lead.tags()), lead.sightings(), lead.officers(), lead.firstSeen(),
                            lead.lastSeen(), entity.region() == null ? "" : entity.region(), entity.platform() == null ? "" : entity.platform());
                    if (++rows[0] % 10_000 == 0) {
                        ReportGatherer.checkCancel(progress);
                    }
                });
            });
            progress.report(3, 4);
            entry(zip, "offers.csv", csv -> {
                csv.printRecord("id", "seen_at", "type", "offered_text", "amount", "currency", "unit", "price_eur", "from", "via", "to",
                        "transport", "platform", "status", "note", "recorded_by", "leads");
                for (Offer offer : offers) {
                    csv.printRecord(offer.id(), offer.seenAt(), offer.type().wireName(), names.text(offer.offeredText()), plain(offer.amount()),
                            offer.currency(), offer.unit() == null ? "" : offer.unit().wireName(), plain(offer.priceEur()), place(offer.from()),
                            offer.via().stream().map(CsvReport::place).collect(Collectors.joining(" ")), place(offer.to()),
                            offer.transport() == null ? "" : offer.transport().wireName(), offer.platform() == null ? "" : offer.platform(),
                            offer.status().name().toLowerCase(java.util.Locale.ROOT), names.text(offer.note()), names.of(offer.origin()),
                            offer.leadIds().stream().map(valueOfRecord::get).filter(java.util.Objects::nonNull).map(names::text)
                                    .collect(Collectors.joining(" ")));
                }
            });
            entry(zip, "routes.csv", csv -> {
                csv.printRecord("from", "to", "offers", "min_eur", "median_eur", "max_eur", "platforms");
                for (RouteAggregate route : new OfferRepository(handle).routes(operationId, false)) {
                    if (scope.route(route.from(), route.to())) {
                        csv.printRecord(route.from(), route.to(), route.offers(), plain(route.minEur()), plain(route.medianEur()),
                                plain(route.maxEur()), String.join(" ", route.platforms()));
                    }
                }
            });
            entry(zip, "documents.csv", csv -> {
                csv.printRecord("id", "type", "issuing_country", "number", "surname", "given_names", "nationality", "birth_date", "sex",
                        "expiry_date", "checks_failed", "note", "recorded_by");
                for (TravelDocument document : new TravelDocumentRepository(handle).live(operationId)) {
                    if (scope.issuer(document.issuingCountry())) {
                        csv.printRecord(document.id(), document.type().wireName(), document.issuingCountry(), document.number(),
                                names.text(document.surname()), names.text(document.givenNames()), document.nationality(),
                                document.birthDate(), document.sex(), document.expiryDate(), document.hasFailedCheck(),
                                names.text(document.note()), names.of(document.origin()));
                    }
                }
            });
        }
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // The printer must not close the ZIP stream: it is flushed, and the entry closed, by hand.
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        try {
            rows.print(csv);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        zip.closeEntry();
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String place(Place place) {
        return place == null ? "" : place.toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
