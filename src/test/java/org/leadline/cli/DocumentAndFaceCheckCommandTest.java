package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentAndFaceCheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @TempDir
    Path folder;
    CliRun cli;
    private String IMAGE;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), "correct horse battery staple");
        CliRun.Result init = cli.run("init", "--name", "Claire Martin", "--agency", "OCLTI", "--country", "FR", "--operation", "Cyberprotect II");
        assertThat(init.code()).as(init.err()).isZero();
        IMAGE = capture("front");
    }

    /** The capture id of a real image attached with the attach command. */
    private String capture(String name) {
        try {
            Path file = java.nio.file.Files.write(folder.resolve(name + ".png"),
                    org.leadline.logic.evidence.TestImages.image("png", 64, 48, name.hashCode()));
            CliRun.Result attached = cli.run("attach", file.toString());
            assertThat(attached.code()).as(attached.err()).isZero();
            return attached.out().substring(0, 36);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void documentAddFromAZonePrintsTheIdTheLeadAndEveryCheckDigit() throws IOException {
        CliRun.Result added = cli.run("document", "add", "--mrz", TD3, "--image", IMAGE, "--note", "From the seller's post");
        assertThat(added.code()).as(added.err()).isZero();
        java.util.List<String> lines = added.out().lines().toList();
        assertThat(lines.get(0)).matches("[0-9a-f-]{36}");
        assertThat(lines.get(1)).isEqualTo("lead document passport:UTO:L898902C3: new");
        assertThat(lines.subList(2, lines.size())).containsExactly("check document number: ok (6)", "check birth date: ok (2)",
                "check expiry date: ok (9)", "check personal number: ok (1)", "check composite: ok (0)");

        JsonNode list = JSON.readTree(cli.run("document", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(added.out().lines().findFirst().orElseThrow());
        assertThat(list.get(0).get("canonical").asText()).isEqualTo("passport:UTO:L898902C3");
        assertThat(list.get(0).get("birthDate").asText()).isEqualTo("1974-08-12");
        assertThat(list.get(0).get("images").get(0).asText()).isEqualTo(IMAGE);
        assertThat(list.get(0).get("checks")).hasSize(5).allMatch(check -> check.get("ok").asBoolean());
        JsonNode lead = JSON.readTree(cli.run("lead", "list", "--json", "--kind", "document").out()).get(0);
        assertThat(lead.get("canonical").asText()).isEqualTo("passport:UTO:L898902C3");
        assertThat(lead.get("status").asText()).isEqualTo("verified");
    }

    @Test
    void aZoneFileWithAWrongDigitIsSavedAndItsLeadUnverified() throws IOException {
        Path zone = folder.resolve("zone.txt");
        Files.writeString(zone, TD1.replace("7408122F", "7408125F").toLowerCase());
        CliRun.Result added = cli.run("document", "add", "--mrz-file", zone.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("lead document idcard:UTO:D23145890: new (unverified: The birth date check digit")
                .contains("check birth date: FAILED (printed 5, computed 2)");
        assertThat(cli.run("document", "list").out()).contains("idcard:UTO:D23145890").contains("[check digit failed]");
    }

    @Test
    void aHandMadeDocumentIsCountedInStatsAndBadFieldsFailWithOneSentence() throws IOException {
        CliRun.Result added = cli.run("document", "add", "--type", "passport", "--country", "SYR", "--number", "N0123456",
                "--surname", "AL HASSAN", "--birth", "1990-01-02", "--sex", "M");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out().lines().toList()).hasSize(2).element(1).isEqualTo("lead document passport:SYR:N0123456: new");
        assertThat(cli.run("document", "add", "--mrz", TD3).code()).isZero();
        JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
        assertThat(stats.get("documentCountries").asInt()).isEqualTo(2);

        CliRun.Result badDate = cli.run("document", "add", "--type", "passport", "--country", "SYR", "--number", "N1", "--birth", "2-1-1990");
        assertThat(badDate.code()).isEqualTo(ExitCode.FAILED);
        assertThat(badDate.err().strip()).isEqualTo("--birth '2-1-1990' is not a date written YYYY-MM-DD.");
        CliRun.Result badCountry = cli.run("document", "add", "--type", "passport", "--country", "Syria", "--number", "N1");
        assertThat(badCountry.code()).isEqualTo(ExitCode.FAILED);
        assertThat(badCountry.err()).startsWith("The issuing country 'Syria' is not an ICAO 9303 country code").hasLineCount(1);
        CliRun.Result badType = cli.run("document", "add", "--type", "laissez-passer", "--country", "SYR", "--number", "N1");
        assertThat(badType.code()).isEqualTo(ExitCode.FAILED);
        CliRun.Result unreadable = cli.run("document", "add", "--mrz", "P<UTO");
        assertThat(unreadable.code()).isEqualTo(ExitCode.FAILED);
        assertThat(unreadable.err()).startsWith("The machine-readable zone cannot be read");
        CliRun.Result missingFile = cli.run("document", "add", "--mrz-file", folder.resolve("none.txt").toString());
        assertThat(missingFile.code()).isEqualTo(ExitCode.FAILED);

        // Usage errors: two sources at once, or a typed record without its number.
        assertThat(cli.run("document", "add", "--mrz", TD3, "--type", "passport", "--country", "SYR", "--number", "N1").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("document", "add", "--type", "passport", "--country", "SYR").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("document", "add").code()).isEqualTo(ExitCode.USAGE);
        assertThat(JSON.readTree(cli.run("document", "list", "--json").out())).hasSize(2);
    }

    @Test
    void faceChecksAreRecordedListedAndCountedAsDistinctImages() throws IOException {
        String other = capture("other");
        CliRun.Result first = cli.run("face-check", "add", "--image", IMAGE, "--system", "National system", "--result", "no-hit",
                "--date", "2026-01-15", "--reference", "NAT-1");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).matches("[0-9a-f-]{36}");
        assertThat(cli.run("face-check", "add", "--image", IMAGE, "--system", "INTERPOL face recognition system (IFRS)",
                "--result", "possible-hit").code()).isZero();
        assertThat(cli.run("face-check", "add", "--image", other, "--system", "other", "--result", "pending").code()).isZero();

        JsonNode ledger = JSON.readTree(cli.run("face-check", "list", "--json").out());
        assertThat(ledger).hasSize(3);
        JsonNode oldest = ledger.get(2);
        assertThat(oldest.get("id").asText()).isEqualTo(first.out().strip());
        assertThat(oldest.get("result").asText()).isEqualTo("no-hit");
        assertThat(oldest.get("date").asText()).isEqualTo("2026-01-15");
        assertThat(oldest.get("reference").asText()).isEqualTo("NAT-1");
        assertThat(oldest.get("officer").asText()).isEqualTo("Claire Martin");
        assertThat(oldest.get("imageName").asText()).as("the checked image by the name it was captured under").isEqualTo("front.png");
        assertThat(ledger.get(0).get("system").asText()).isEqualTo("Other");
        assertThat(cli.run("face-check", "list").out()).contains("possible-hit").contains("(front.png)").contains("by Claire Martin");
        assertThat(JSON.readTree(cli.run("stats", "--json").out()).get("faceImagesChecked").asInt()).isEqualTo(2);
        assertThat(cli.run("stats").out()).contains("2 facial images checked");

        CliRun.Result badResult = cli.run("face-check", "add", "--image", IMAGE, "--system", "Other", "--result", "maybe");
        assertThat(badResult.code()).isEqualTo(ExitCode.FAILED);
        assertThat(badResult.err().strip()).isEqualTo("The face-check result 'maybe' is not one of pending, no-hit, possible-hit or hit.");
        CliRun.Result badImage = cli.run("face-check", "add", "--image", "shot-1.png", "--system", "Other", "--result", "hit");
        assertThat(badImage.code()).isEqualTo(ExitCode.FAILED);
        assertThat(badImage.err().strip()).isEqualTo("--image 'shot-1.png' is not a capture id (a UUID).");
        CliRun.Result unknownSystem = cli.run("face-check", "add", "--image", IMAGE, "--system", "Eurodac", "--result", "hit");
        assertThat(unknownSystem.code()).isEqualTo(ExitCode.FAILED);
        assertThat(unknownSystem.err()).startsWith("The system 'Eurodac' is not one of the configured systems");
        assertThat(cli.run("face-check", "add", "--image", IMAGE, "--result", "hit").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void faceCheckSystemsAreListedAddedAndRemoved() {
        assertThat(cli.run("face-check", "systems").out().lines())
                .containsExactly("INTERPOL face recognition system (IFRS)", "National system", "Other");
        CliRun.Result added = cli.run("face-check", "systems", "--add", "Eurodac");
        assertThat(added.code()).isZero();
        assertThat(added.out().lines()).containsExactly("INTERPOL face recognition system (IFRS)", "National system", "Other", "Eurodac");
        assertThat(cli.run("face-check", "systems", "--remove", "other").out().lines())
                .containsExactly("INTERPOL face recognition system (IFRS)", "National system", "Eurodac");
        assertThat(cli.run("face-check", "add", "--image", IMAGE, "--system", "eurodac", "--result", "hit").code()).isZero();
        CliRun.Result missing = cli.run("face-check", "systems", "--remove", "Other");
        assertThat(missing.code()).isEqualTo(ExitCode.FAILED);
        assertThat(missing.err().strip()).isEqualTo("The system 'Other' is not in the list.");
        assertThat(cli.run("face-check", "systems", "--add", "A", "--remove", "B").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void documentEditKeepsWhatIsNotGivenAndANewNumberYieldsItsLead() throws IOException {
        String id = cli.run("document", "add", "--type", "id-card", "--country", "IRQ", "--number", "A1234567", "--surname", "KARIM")
                .out().lines().findFirst().orElseThrow();
        CliRun.Result edited = cli.run("document", "edit", id, "--type", "residence-permit", "--given-names", "Layla");
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(edited.out().strip()).isEqualTo("Version 2: idcard:IRQ:A1234567");
        CliRun.Result renumbered = cli.run("document", "edit", id, "--number", "A7654321");
        assertThat(renumbered.out().lines()).containsExactly("Version 3: idcard:IRQ:A7654321", "lead document idcard:IRQ:A7654321: new");
        JsonNode d = JSON.readTree(cli.run("document", "list", "--json").out()).get(0);
        assertThat(d.get("type").asText()).isEqualTo("residence-permit");
        assertThat(d.get("surname").asText()).isEqualTo("KARIM");
        assertThat(d.get("givenNames").asText()).isEqualTo("Layla");
        CliRun.Result bad = cli.run("document", "edit", id, "--sex", "W");
        assertThat(bad.code()).isEqualTo(ExitCode.FAILED);
        assertThat(bad.err().strip()).isEqualTo("The sex 'W' is not M, F or X.");
    }

    @Test
    void ownDocumentsAreLinkedUnlinkedAndDeletedAndOwnChecksAnsweredAndDeleted() throws IOException {
        String id = cli.run("document", "add", "--mrz", TD3).out().lines().findFirst().orElseThrow();
        assertThat(cli.run("document", "link", id, IMAGE).out().strip()).isEqualTo("1 image(s) linked.");
        CliRun.Result twice = cli.run("document", "link", id, IMAGE);
        assertThat(twice.code()).isEqualTo(ExitCode.FAILED);
        assertThat(twice.err().strip()).isEqualTo("The image " + IMAGE + " is already linked to this document.");
        assertThat(cli.run("document", "unlink", id, IMAGE).out().strip()).isEqualTo("0 image(s) linked.");
        assertThat(JSON.readTree(cli.run("document", "list", "--json").out()).get(0).get("version").asInt()).isEqualTo(3);
        assertThat(cli.run("document", "delete", id).code()).isZero();
        assertThat(JSON.readTree(cli.run("document", "list", "--json").out())).isEmpty();
        assertThat(cli.run("document", "delete", id).err().strip()).isEqualTo("The document " + id + " was deleted.");
        CliRun.Result badId = cli.run("document", "delete", "doc-1");
        assertThat(badId.code()).isEqualTo(ExitCode.FAILED);
        assertThat(badId.err().strip()).isEqualTo("The document id 'doc-1' is not a UUID.");
        // The document lead stays: it is a lead of its own.
        assertThat(JSON.readTree(cli.run("stats", "--json").out()).get("documents").asInt()).isEqualTo(1);

        String check = cli.run("face-check", "add", "--image", IMAGE, "--system", "Other", "--result", "pending", "--reference", "R-1")
                .out().strip();
        CliRun.Result answered = cli.run("face-check", "result", check, "hit");
        assertThat(answered.code()).as(answered.err()).isZero();
        assertThat(answered.out().strip()).isEqualTo("Result hit (version 2).");
        JsonNode line = JSON.readTree(cli.run("face-check", "list", "--json").out()).get(0);
        assertThat(line.get("result").asText()).isEqualTo("hit");
        assertThat(line.get("reference").asText()).isEqualTo("R-1");
        assertThat(cli.run("face-check", "delete", check).code()).isZero();
        assertThat(JSON.readTree(cli.run("face-check", "list", "--json").out())).isEmpty();
        assertThat(JSON.readTree(cli.run("stats", "--json").out()).get("faceImagesChecked").asInt()).isZero();
        assertThat(cli.run("face-check", "result", UUID.randomUUID().toString(), "hit").code()).isEqualTo(ExitCode.FAILED);
    }
}
