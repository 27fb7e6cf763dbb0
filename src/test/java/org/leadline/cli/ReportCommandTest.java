package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    CliRun cli;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), "correct horse battery staple");
        CliRun.Result init = cli.run("init", "--name", "Claire Martin", "--agency", "OCLTI", "--country", "fr", "--operation", "Cyberprotect II");
        assertThat(init.code()).as(init.err()).isZero();
        CliRun.Result demo = cli.run("demo", "--leads", "400");
        assertThat(demo.code()).as(demo.err()).isZero();
    }

    @Test
    void everyFormatIsWrittenAndDescribedInJson() throws IOException {
        for (String format : new String[] {"pdf", "html", "csv", "stix", "graphml"}) {
            Path out = folder.resolve("report-" + format);
            CliRun.Result run = cli.run("report", "--format", format, "--out", out.toString(), "--tlp", "amber+strict", "--json");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode result = JSON.readTree(run.out());
            assertThat(result.get("format").asText()).isEqualTo(format.toUpperCase());
            assertThat(result.get("label").asText()).isEqualTo("AMBER_STRICT");
            assertThat(result.get("bytes").asLong()).isEqualTo(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(folder.resolve("report-html"))).contains("TLP:AMBER+STRICT", "Cyberprotect II");
        assertThat(Files.readAllBytes(folder.resolve("report-pdf"))).startsWith("%PDF".getBytes());
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve("report-csv")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyInAnyOrder("report.csv", "officers.csv", "leads.csv", "offers.csv", "routes.csv", "documents.csv");
        assertThat(JSON.readTree(folder.resolve("report-stix").toFile()).get("type").asText()).isEqualTo("bundle");
    }

    @Test
    void theDefaultLabelIsAmberAndTheSummaryLineSaysWhatWasWritten() {
        Path out = folder.resolve("day.html");
        CliRun.Result run = cli.run("report", "--format", "html", "--out", out.toString(), "--mask-officers", "--country", "ly");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out).contains("html report, TLP:AMBER,", "1 country annexes");
    }

    @Test
    void badInputIsOneSentenceAndExitOneAndNothingIsWritten() throws IOException {
        Path out = folder.resolve("x.pdf");
        CliRun.Result label = cli.run("report", "--format", "pdf", "--out", out.toString(), "--tlp", "purple");
        assertThat(label.code()).isEqualTo(ExitCode.FAILED);
        assertThat(label.err().strip()).isEqualTo("The handling label 'purple' is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.");
        CliRun.Result format = cli.run("report", "--format", "docx", "--out", out.toString());
        assertThat(format.code()).isEqualTo(ExitCode.FAILED);
        assertThat(format.err().strip()).isEqualTo("The report format 'docx' is not one of pdf, html, csv, stix, graphml.");
        CliRun.Result country = cli.run("report", "--format", "pdf", "--out", out.toString(), "--country", "Libya");
        assertThat(country.code()).isEqualTo(ExitCode.FAILED);
        assertThat(country.err()).contains("'Libya' is not a two-letter ISO country code");
        CliRun.Result folderMissing = cli.run("report", "--format", "pdf", "--out", folder.resolve("nowhere/x.pdf").toString());
        assertThat(folderMissing.code()).isEqualTo(ExitCode.FAILED);
        assertThat(folderMissing.err().strip()).endsWith("does not exist.");
        CliRun.Result usage = cli.run("report", "--format", "pdf");
        assertThat(usage.code()).isEqualTo(ExitCode.USAGE);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ws");
        }
        assertThat(cli.run("report", "--help").out()).contains("--tlp", "--mask-officers", "--country", "ZIP");
    }
}
