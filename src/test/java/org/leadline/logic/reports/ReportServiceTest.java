package org.leadline.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.Offer;
import org.leadline.model.OfferType;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;

/** Every format written from a real workspace with a demo day of sixteen officers, read back with the tools its readers use. */
class ReportServiceTest {
    static final String AWKWARD = "Boat \"safe\", 2 days,\nمن زوارة إلى لامبيدوزا — départ à l'aube";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    Offer awkward;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        DemoService demo = new DemoService(workspace);
        demo.fill(operation.id(), 800, 3, Progress.NONE);
        demo.fillOffers(operation.id(), DemoService.offersFor(800), 3, Progress.NONE);
        demo.groupIntoPosts(operation.id(), 3, Progress.NONE);
        var phone = new LeadService(workspace).add(operation.id(), "+218912345678", LeadKind.PHONE, List.of(), null, SightingSource.NONE).get(0);
        awkward = new OfferService(workspace).add(operation.id(), new OfferDraft(OfferType.TRAVEL, AWKWARD, new BigDecimal("3000"), "EUR",
                null, Place.parse("LY/Zuwara"), List.of(), Place.parse("IT/Lampedusa"), null, null, "telegram", List.of(phone.entityId()),
                List.of(), null, "Claire Martin called the seller back"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    Path write(ReportFormat format, HandlingLabel label, boolean mask, String country) {
        Path file = folder.resolve("report-" + format.wireName() + (mask ? "-masked" : "") + (country == null ? "" : "-" + country) + "."
                + format.extension());
        new ReportService(workspace).write(new ReportRequest(operation.id(), format, label, mask, country), file, Progress.NONE);
        return file;
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            // Table cells and tiles wrap: compare words, not line breaks.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    static Map<String, List<CSVRecord>> csvFiles(Path zip) throws IOException {
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(text)).getRecords());
            }
        }
        return files;
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    @Test
    void pdfOpensWithPdfBoxAndCarriesTheCountersOfStatsService() throws IOException {
        OperationStats stats = new StatsService(workspace).stats(operation.id());
        String text = pdfText(write(ReportFormat.PDF, HandlingLabel.AMBER, false, null));
        assertThat(stats.leads()).isGreaterThan(800);
        assertThat(text).contains(count(stats.uniqueHandlesAndUrls()) + " unique handles and URLs, " + count(stats.phones())
                + " phone numbers in " + count(stats.phoneCountries()) + " countries, " + count(stats.facilitators()) + " possible facilitators, "
                + count(stats.offers()) + " offers.");
        assertThat(text).contains(count(stats.leads()) + " leads (unique selectors)");
        assertThat(text).contains("travel and ID documents from " + count(stats.documentCountries()) + " countries");
        assertThat(text).contains("TLP:AMBER", "Cyberprotect II", "Annex LY: Libya", "Routes and prices", "Top facilitator networks",
                "Network 1: ");
        // The dashboard's charts, from its running tallies.
        assertThat(text).contains("Leads per hour (first seen, UTC)", "Sightings over time (per ", "Leads by platform");
        assertThat(text).doesNotContain("TRAINING");
    }

    @Test
    void htmlCarriesTheSameCountersAndEscapesWhatOfficersTyped() throws IOException {
        OperationStats stats = new StatsService(workspace).stats(operation.id());
        String html = Files.readString(write(ReportFormat.HTML, HandlingLabel.GREEN, false, null));
        assertThat(html).contains(count(stats.uniqueHandlesAndUrls()) + " unique handles and URLs, " + count(stats.phones())
                + " phone numbers in " + count(stats.phoneCountries()) + " countries");
        assertThat(html).contains("<span class=\"tile-number\">" + count(stats.leads()) + "</span>");
        assertThat(html).contains("TLP:GREEN").doesNotContain("TLP:AMBER");
        // The offered text is in an annex, escaped: its quotes cannot end an attribute or open an element.
        assertThat(html).contains("Boat &quot;safe&quot;, 2 days, من زوارة إلى لامبيدوزا").doesNotContain("Boat \"safe\"");
        assertThat(html).doesNotContain("http://", "https://fonts");
    }

    @Test
    void csvRoundTripsThroughCommonsCsvWithCommasQuotesLineBreaksAndArabic() throws IOException {
        OperationStats stats = new StatsService(workspace).stats(operation.id());
        Map<String, List<CSVRecord>> files = csvFiles(write(ReportFormat.CSV, HandlingLabel.AMBER, false, null));
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(CsvReport.FILES);
        assertThat(files.get("leads.csv")).hasSize(stats.leads());
        assertThat(files.get("offers.csv")).hasSize(stats.offers());
        CSVRecord offer = files.get("offers.csv").stream().filter(row -> row.get("id").equals(awkward.id().toString())).findFirst().orElseThrow();
        assertThat(offer.get("offered_text")).isEqualTo(AWKWARD);
        assertThat(offer.get("note")).isEqualTo("Claire Martin called the seller back");
        assertThat(offer.get("from")).isEqualTo("LY/Zuwara");
        assertThat(offer.get("leads")).isEqualTo("phone:+218912345678");
        CSVRecord meta = files.get("report.csv").get(0);
        assertThat(meta.get("handling")).isEqualTo("TLP:AMBER");
        assertThat(meta.get("operation")).isEqualTo("Cyberprotect II");
        assertThat(meta.get("training")).isEqualTo("false");
        assertThat(files.get("officers.csv")).hasSize(stats.officers());
        assertThat(files.get("routes.csv")).hasSize(stats.routes().size());
        long phonesOfLibya = files.get("leads.csv").stream().filter(row -> row.get("kind").equals("phone") && row.get("region").equals("LY")).count();
        assertThat(phonesOfLibya).isPositive();
    }

    @Test
    void theGraphMlIsTheLinkChartWithTheReportsMetadata() throws Exception {
        var graph = new org.leadline.logic.links.LinkService(workspace).graph(operation.id());
        Path file = write(ReportFormat.GRAPHML, HandlingLabel.GREEN, false, null);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("graphml");
        String desc = xml.getElementsByTagNameNS(org.leadline.logic.links.GraphMlWriter.NAMESPACE, "desc").item(0).getTextContent();
        assertThat(desc).startsWith("TLP:GREEN. Link chart of the operation Cyberprotect II").contains("Agencies: ");
        assertThat(xml.getElementsByTagNameNS(org.leadline.logic.links.GraphMlWriter.NAMESPACE, "node").getLength()).isEqualTo(graph.size());
        assertThat(xml.getElementsByTagNameNS(org.leadline.logic.links.GraphMlWriter.NAMESPACE, "edge").getLength()).isEqualTo(graph.edges().size())
                .isPositive();
        assertThatThrownBy(() -> write(ReportFormat.GRAPHML, HandlingLabel.GREEN, false, "LY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The GraphML link chart covers the whole operation");
    }

    @Test
    void theHandlingLabelAndTheTrainingWatermarkAreInEveryFormat() throws IOException {
        workspace.jdbi().useHandle(handle -> new OperationRepository(handle).markTraining(operation.id()));
        String pdf = pdfText(write(ReportFormat.PDF, HandlingLabel.RED, false, null));
        assertThat(pdf).contains("TLP:RED", "TRAINING");
        String html = Files.readString(write(ReportFormat.HTML, HandlingLabel.RED, false, null));
        assertThat(html).contains("<div class=\"watermark\">TRAINING</div>", "TLP:RED");
        CSVRecord meta = csvFiles(write(ReportFormat.CSV, HandlingLabel.RED, false, null)).get("report.csv").get(0);
        assertThat(meta.get("training")).isEqualTo("true");
        assertThat(meta.get("handling")).isEqualTo("TLP:RED");
        assertThat(Files.readString(write(ReportFormat.GRAPHML, HandlingLabel.RED, false, null))).contains("<desc>TRAINING. TLP:RED.");
        JsonNode bundle = JSON.readTree(write(ReportFormat.STIX, HandlingLabel.RED, false, null).toFile());
        JsonNode report = objects(bundle).filter(o -> o.get("type").asText().equals("report")).findFirst().orElseThrow();
        assertThat(report.get("x_leadline_training").asBoolean()).isTrue();
        assertThat(report.get("name").asText()).endsWith("(TRAINING)");
        assertThat(report.get("object_marking_refs").get(0).asText()).isEqualTo("marking-definition--" + HandlingLabel.RED.markingId());
    }

    @Test
    void maskingLeavesNoOfficerNameInAnyFormat() throws IOException {
        List<String> officerNames = workspace.jdbi().withHandle(handle -> new OfficerRepository(handle).all()).stream().map(Officer::name)
                .toList();
        assertThat(officerNames).contains("Claire Martin", "Luca Bianchi").hasSizeGreaterThan(10);
        Map<ReportFormat, String> texts = new HashMap<>();
        texts.put(ReportFormat.PDF, pdfText(write(ReportFormat.PDF, HandlingLabel.AMBER, true, null)));
        texts.put(ReportFormat.HTML, Files.readString(write(ReportFormat.HTML, HandlingLabel.AMBER, true, null)));
        StringBuilder csv = new StringBuilder();
        csvFiles(write(ReportFormat.CSV, HandlingLabel.AMBER, true, null)).values().forEach(rows -> rows.forEach(row -> csv.append(row).append('\n')));
        texts.put(ReportFormat.CSV, csv.toString());
        texts.put(ReportFormat.STIX, Files.readString(write(ReportFormat.STIX, HandlingLabel.AMBER, true, null)));
        String graphml = Files.readString(write(ReportFormat.GRAPHML, HandlingLabel.AMBER, true, null));
        for (String name : officerNames) {
            assertThat(graphml).as("graphml names " + name).doesNotContainIgnoringCase(name);
        }
        texts.forEach((format, text) -> {
            for (String name : officerNames) {
                assertThat(text).as(format + " names " + name).doesNotContainIgnoringCase(name);
            }
            assertThat(text).as(format.wireName()).contains("Officer 1");
        });
        assertThat(texts.get(ReportFormat.CSV)).contains("Officer ", "called the seller back");
        // Without masking, the names are there (the check above can fail).
        assertThat(Files.readString(write(ReportFormat.HTML, HandlingLabel.AMBER, false, null))).contains("Luca Bianchi");
    }

    @Test
    void aCountryAnnexHoldsExactlyThatCountrysPhonesDocumentsAndOffers() throws IOException {
        Map<String, List<CSVRecord>> all = csvFiles(write(ReportFormat.CSV, HandlingLabel.AMBER, false, null));
        Map<String, List<CSVRecord>> libya = csvFiles(write(ReportFormat.CSV, HandlingLabel.AMBER, false, "ly"));
        Set<String> expectedPhones = values(all.get("leads.csv"), row -> row.get("kind").equals("phone") && row.get("region").equals("LY"));
        Set<String> expectedDocuments = values(all.get("leads.csv"), row -> row.get("kind").equals("document") && row.get("value").contains(":LBY:"));
        Set<String> expectedOffers = new HashSet<>();
        all.get("offers.csv").stream().filter(row -> touches(row, "LY")).forEach(row -> expectedOffers.add(row.get("id")));
        assertThat(expectedPhones).isNotEmpty();
        assertThat(expectedOffers).contains(awkward.id().toString());

        assertThat(values(libya.get("leads.csv"), row -> row.get("kind").equals("phone") && row.get("region").equals("LY"))).isEqualTo(expectedPhones);
        assertThat(values(libya.get("leads.csv"), row -> row.get("kind").equals("document") && row.get("value").contains(":LBY:")))
                .isEqualTo(expectedDocuments);
        assertThat(libya.get("offers.csv").stream().map(row -> row.get("id")).toList()).containsExactlyInAnyOrderElementsOf(expectedOffers);
        // Any other lead in Libya's file is one that a Libyan offer names.
        Set<String> named = new HashSet<>();
        libya.get("offers.csv").forEach(row -> named.addAll(List.of(row.get("leads").split(" "))));
        for (CSVRecord row : libya.get("leads.csv")) {
            boolean own = row.get("kind").equals("phone") && row.get("region").equals("LY")
                    || row.get("kind").equals("document") && row.get("value").contains(":LBY:");
            assertThat(own || named.contains(row.get("kind") + ":" + row.get("value"))).as(row.toString()).isTrue();
        }
        assertThat(libya.get("report.csv").get(0).get("country")).isEqualTo("LY");

        // The PDF's annex is the bounded view of the same: Libya's phones only, most seen first.
        ReportContent content = new ReportGatherer(workspace).gather(new ReportRequest(operation.id(), ReportFormat.PDF, HandlingLabel.AMBER,
                false, "LY"), Progress.NONE);
        assertThat(content.annexes()).hasSize(1);
        ReportContent.CountryAnnex annex = content.annexes().get(0);
        assertThat(annex.phonesTotal()).isEqualTo(expectedPhones.size());
        assertThat(annex.phones()).hasSize(Math.min(expectedPhones.size(), ReportContent.Limits.ANNEX_PHONES));
        assertThat(expectedPhones).containsAll(annex.phones().stream().map(lead -> lead.canonical()).toList());
        assertThat(annex.offersTotal()).isEqualTo(expectedOffers.size());
        assertThat(annex.offers()).allMatch(offer -> offer.legs().stream().anyMatch(place -> place.country().equals("LY")));
        assertThat(annex.documentsTotal()).isEqualTo(expectedDocuments.size());
        String pdf = pdfText(write(ReportFormat.PDF, HandlingLabel.AMBER, false, "LY"));
        assertThat(pdf).contains("Annex LY: Libya").doesNotContain("Annex FR", "Annex IT", "Routes and prices", "Leads per hour");
    }

    private static Set<String> values(List<CSVRecord> rows, java.util.function.Predicate<CSVRecord> which) {
        Set<String> out = new HashSet<>();
        rows.stream().filter(which).forEach(row -> out.add(row.get("value")));
        return out;
    }

    private static boolean touches(CSVRecord offer, String country) {
        List<String> places = new ArrayList<>(List.of(offer.get("from"), offer.get("to")));
        if (!offer.get("via").isBlank()) {
            places.addAll(List.of(offer.get("via").split(" ")));
        }
        return places.stream().anyMatch(place -> place.equals(country) || place.startsWith(country + "/"));
    }

    @Test
    void aCancelledReportLeavesNoFileInAnyFormat() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            for (int after : new int[] {1, 2, 3}) {
                Path out = Files.createDirectories(folder.resolve("cancel-" + format.wireName() + after));
                Progress cancelling = new Progress() {
                    int reports;

                    @Override
                    public void report(long done, long total) {
                        reports++;
                    }

                    @Override
                    public boolean cancelled() {
                        return reports >= after;
                    }
                };
                assertThatThrownBy(() -> new ReportService(workspace).write(new ReportRequest(operation.id(), format, HandlingLabel.AMBER, false,
                        null), out.resolve("report." + format.extension()), cancelling)).isInstanceOf(CancelledException.class);
                try (Stream<Path> left = Files.list(out)) {
                    assertThat(left).as(format + " after " + after).isEmpty();
                }
            }
        }
    }

    @Test
    void aReportReplacesAnOldFileOnlyWhenItIsComplete() throws IOException {
        Path file = folder.resolve("old.html");
        Files.writeString(file, "old report");
        new ReportService(workspace).write(new ReportRequest(operation.id(), ReportFormat.HTML, HandlingLabel.AMBER, false, null), file, Progress.NONE);
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Cyberprotect II");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void unknownLabelsCountriesAndFormatsAreRefusedInOneSentence() {
        assertThat(HandlingLabel.parse("amber+strict")).isEqualTo(HandlingLabel.AMBER_STRICT);
        assertThat(HandlingLabel.parse("TLP:CLEAR")).isEqualTo(HandlingLabel.CLEAR);
        assertThat(HandlingLabel.parse("white")).isEqualTo(HandlingLabel.CLEAR);
        assertThatThrownBy(() -> HandlingLabel.parse("purple")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The handling label 'purple' is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.");
        assertThatThrownBy(() -> ReportFormat.parse("docx")).hasMessage("The report format 'docx' is not one of pdf, html, csv, stix, graphml.");
        assertThatThrownBy(() -> write(ReportFormat.PDF, HandlingLabel.AMBER, false, "Libya")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Libya' is not a two-letter ISO country code");
    }

    static Stream<JsonNode> objects(JsonNode bundle) {
        List<JsonNode> out = new ArrayList<>();
        bundle.get("objects").forEach(out::add);
        return out.stream();
    }

    static InputStream resource(String name) {
        return ReportServiceTest.class.getResourceAsStream(name);
    }

    static InputStreamReader reader(String name) {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }
}
