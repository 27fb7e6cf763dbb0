package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path folder;
    CliRun cli;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), PASSPHRASE);
        CliRun.Result init = cli.run("init", "--name", "Claire Martin", "--agency", "OCLTI", "--country", "fr",
                "--operation", "Cyberprotect II", "--operation-id", "6f1c1a52-2c43-4d8e-9a7e-6f5b1f1f0c11");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Cyberprotect II").contains("Fingerprint:");
    }

    @Test
    void whoamiPrintsTheContractJson() throws IOException {
        CliRun.Result result = cli.run("whoami", "--json");
        assertThat(result.code()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.at("/officer/name").asText()).isEqualTo("Claire Martin");
        assertThat(json.at("/officer/agency").asText()).isEqualTo("OCLTI");
        assertThat(json.at("/officer/country").asText()).isEqualTo("FR");
        assertThat(json.at("/officer/id").asText()).hasSize(36);
        assertThat(json.at("/operation/id").asText()).isEqualTo("6f1c1a52-2c43-4d8e-9a7e-6f5b1f1f0c11");
        assertThat(json.at("/operation/name").asText()).isEqualTo("Cyberprotect II");
        assertThat(json.get("fingerprint").asText()).matches("[0-9a-f]{64}");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void leadAddPrintsTheIdAndLeadListFindsItAgain() throws IOException {
        CliRun.Result added = cli.run("lead", "add", "--value", "someone@example.org", "--kind", "email", "--tag", "urgent",
                "--note", "Sells places on boats");
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");

        CliRun.Result again = cli.run("lead", "add", "--value", "someone@example.org", "--kind", "email");
        assertThat(again.out().strip()).isEqualTo(id);
        assertThat(again.err()).contains("already known");

        CliRun.Result list = cli.run("lead", "list", "--json");
        JsonNode leads = JSON.readTree(list.out());
        assertThat(leads).hasSize(1);
        JsonNode lead = leads.get(0);
        assertThat(lead.get("id").asText()).isEqualTo(id);
        assertThat(lead.get("kind").asText()).isEqualTo("email");
        assertThat(lead.get("canonical").asText()).isEqualTo("someone@example.org");
        assertThat(lead.get("raw").asText()).isEqualTo("someone@example.org");
        assertThat(lead.get("tags")).extracting(JsonNode::asText).containsExactly("urgent");
        assertThat(lead.get("sightings").asInt()).isEqualTo(2);

        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--query", "boats").out())).hasSize(1);
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--tag", "urgent").out())).hasSize(1);
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--kind", "phone").out())).isEmpty();
    }

    @Test
    void leadListStreamsEveryLeadAcrossPagesAndHonoursTheLimit() throws IOException {
        assertThat(cli.run("demo", "--leads", "2500", "--seed", "3").code()).isZero();
        assertThat(JSON.readTree(cli.run("lead", "list", "--json").out())).hasSize(2500);
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--limit", "7").out())).hasSize(7);
        assertThat(cli.run("lead", "list", "--limit", "3").out().lines()).hasSize(3);
    }

    @Test
    void statsJsonHasEveryContractField() throws IOException {
        cli.run("demo", "--leads", "300", "--seed", "9");
        JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
        for (String field : List.of("operation", "leads", "byKind", "uniqueHandlesAndUrls", "phones", "phoneCountries",
                "facilitators", "incidents", "documents", "documentCountries", "faceImagesChecked", "attachments", "offers",
                "routes", "officers", "packagesImported", "conflicts")) {
            assertThat(stats.has(field)).as(field).isTrue();
        }
        for (String kind : List.of("phone", "url", "handle", "email", "document", "iban", "crypto")) {
            assertThat(stats.at("/byKind/" + kind).isInt()).as(kind).isTrue();
        }
        for (String type : List.of("travel", "documents", "guidance", "other")) {
            assertThat(stats.at("/incidents/" + type).isInt()).as(type).isTrue();
        }
        assertThat(stats.get("leads").asInt()).isEqualTo(300);
        int sum = 0;
        for (JsonNode count : stats.get("byKind")) {
            sum += count.asInt();
        }
        assertThat(sum).isEqualTo(300);
        assertThat(stats.get("uniqueHandlesAndUrls").asInt())
                .isEqualTo(stats.at("/byKind/handle").asInt() + stats.at("/byKind/url").asInt());
        assertThat(stats.get("phoneCountries").asInt()).isBetween(10, 43);
        assertThat(stats.get("officers").asInt()).isGreaterThan(5);
    }

    @Test
    void wrongPassphraseExitsWithFourAndOneSentence() {
        cli.env.put("LEADLINE_PASSPHRASE", "not the passphrase");
        CliRun.Result result = cli.run("whoami");
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err().strip()).isEqualTo("The passphrase is wrong for this workspace.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void passphraseFileIsReadFromItsFirstLine() throws IOException {
        Path file = folder.resolve("pass.txt");
        Files.writeString(file, PASSPHRASE + "\nignored\n");
        cli.env.remove("LEADLINE_PASSPHRASE");
        assertThat(cli.run("--passphrase-file", file.toString(), "whoami").code()).isZero();
        CliRun.Result missing = cli.run("whoami");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("No passphrase");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("no-such-command").code()).isEqualTo(2);
        assertThat(cli.run("lead", "add").code()).isEqualTo(2);
        assertThat(cli.run("lead", "list", "--no-such-option").code()).isEqualTo(2);
    }

    @Test
    void badInputExitsWithOneAndNamesTheProblem() {
        CliRun.Result kind = cli.run("lead", "add", "--value", "x", "--kind", "pigeon");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).contains("Unknown lead kind 'pigeon'");
        CliRun.Result again = cli.run("init", "--name", "A", "--agency", "B", "--country", "FR");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        CliRun.Result country = new CliRun(folder.resolve("other"), PASSPHRASE).run("init", "--name", "A", "--agency", "B", "--country", "XX");
        assertThat(country.code()).isEqualTo(1);
        assertThat(country.err()).contains("not a two-letter ISO country code");
        CliRun.Result negative = cli.run("demo", "--leads", "0", "--images", "-1");
        assertThat(negative.code()).isEqualTo(1);
        assertThat(negative.err().strip()).isEqualTo("The number of demo images cannot be negative.");
    }

    @Test
    void operationsCanBeCreatedListedAndOpened() {
        String id = cli.run("operation", "create", "--name", "Training Lyon", "--region", "IT").out().strip();
        assertThat(cli.run("whoami").out()).contains("Training Lyon");
        assertThat(cli.run("operation", "open", "Cyberprotect II").code()).isZero();
        assertThat(cli.run("whoami").out()).contains("Cyberprotect II");
        cli.run("--operation", id, "lead", "add", "--value", "x@example.org", "--kind", "email");
        assertThat(cli.run("lead", "list").out()).isEmpty();
        assertThat(cli.run("--operation", "Training Lyon", "lead", "list").out()).contains("x@example.org");
        assertThat(cli.run("operation", "list").out()).contains("* ").contains("Training Lyon");
    }

    @Test
    void passphraseCanBeChangedFromTheCommandLine() throws IOException {
        Path file = folder.resolve("new.txt");
        Files.writeString(file, "the new passphrase for lyon\n");
        assertThat(cli.run("passphrase", "--new-passphrase-file", file.toString()).code()).isZero();
        assertThat(cli.run("whoami").code()).isEqualTo(4);
        cli.env.put("LEADLINE_PASSPHRASE", "the new passphrase for lyon");
        assertThat(cli.run("whoami").code()).isZero();
    }

    @Test
    void helpDocumentsEveryContractCommand() {
        CliRun.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        for (String command : List.of("init", "whoami", "extract", "lead", "demo", "stats", "bench")) {
            assertThat(help.out()).contains(command);
        }
        assertThat(help.out()).contains("Exit codes");
    }

    @Test
    void everySubcommandHasHelpAndAUsageErrorPointsToIt() {
        CliRun.Result help = cli.run("bench", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: leadline bench").contains("--only");
        CliRun.Result nested = cli.run("lead", "add", "-h");
        assertThat(nested.code()).isZero();
        assertThat(nested.out()).contains("Usage: leadline lead add");
        CliRun.Result wrong = cli.run("lead", "add", "--no-such-option");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("Try 'leadline --help' or 'leadline lead add --help'.");
    }

    @Test
    void anUnknownBenchmarkGroupIsAUsageError() {
        CliRun.Result run = cli.run("bench", "--only", "packages,everything");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown benchmark group 'everything'")
                .contains("selectors, leads, evidence, packages, dashboard, reports, links, training.");
    }

    @Test
    void nearDuplicatesAreSuggestedMergedByHandAndUnmerged() throws IOException {
        String trips = cli.run("lead", "add", "--value", "https://t.me/ahmed_trips").out().strip();
        String trip = cli.run("lead", "add", "--value", "@ahmed_trip", "--kind", "handle").out().strip();
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--kind", "handle").out())).hasSize(2);
        String handleId = JSON.readTree(cli.run("lead", "list", "--json", "--query", "ahmed_trips", "--kind", "handle").out())
                .get(0).get("id").asText();
        assertThat(trips).isNotEqualTo(handleId);

        CliRun.Result suggested = cli.run("lead", "suggest", handleId);
        assertThat(suggested.code()).as(suggested.err()).isZero();
        assertThat(suggested.out()).contains(trip);

        String merge = cli.run("lead", "merge", handleId, trip).out().strip();
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--kind", "handle").out())).hasSize(1);
        assertThat(cli.run("lead", "unmerge", merge).code()).isZero();
        assertThat(JSON.readTree(cli.run("lead", "list", "--json", "--kind", "handle").out())).hasSize(2);
    }
}
