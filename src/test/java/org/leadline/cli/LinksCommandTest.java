package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    CliRun cli;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), "correct horse battery staple");
        assertThat(cli.run("init", "--name", "Claire Martin", "--agency", "OCLTI", "--country", "FR").code()).isZero();
    }

    @Test
    void theDemoDayHasPostLinksAndNetworksAndTheChartIsWrittenAsGraphMlAndSvg() throws Exception {
        assertThat(cli.run("demo", "--leads", "600", "--seed", "3").code()).isZero();
        Path graphml = folder.resolve("chart.graphml");
        Path svg = folder.resolve("chart.svg");

        CliRun.Result result = cli.run("links", "--json", "--networks", "3", "--graphml", graphml.toString(), "--svg", svg.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("leads").asInt()).isEqualTo(600);
        assertThat(json.at("/byReason/post").asInt()).isEqualTo(json.get("links").asInt()).isGreaterThan(100);
        assertThat(json.get("networks")).hasSize(3);
        JsonNode first = json.get("networks").get(0);
        assertThat(first.get("members")).hasSize(first.get("size").asInt());
        assertThat(first.get("facilitators").asInt()).isGreaterThanOrEqualTo(json.get("networks").get(1).get("facilitators").asInt());
        assertThat(Files.readString(graphml)).contains("<graphml").contains("attr.name=\"reasons\"");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");

        // Asked again, the chart and its networks are the same.
        assertThat(cli.run("links", "--json", "--networks", "3").out()).isEqualTo(result.out());
    }

    @Test
    void aNegativeNumberOfNetworksIsRefusedInOneSentence() {
        CliRun.Result result = cli.run("links", "--networks", "-1");
        assertThat(result.code()).isEqualTo(ExitCode.FAILED);
        assertThat(result.err().strip()).isEqualTo("--networks cannot be negative.");
    }
}
