package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole exercise through the command line, as a trainer and a trainee run it on two workstations: build, hand out the
 * trainees' copy, import, answer, export a submission, score it against the trainer's copy.
 */
class TrainingCommandsTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String fingerprint(CliRun run) throws Exception {
        return JSON.readTree(run.run("whoami", "--json").out()).get("fingerprint").asText();
    }

    private static CliRun.Result ok(CliRun.Result result) {
        assertThat(result.code()).as(result.err() + result.out()).isZero();
        return result;
    }

    @Test
    void generatedMaterialIsWrittenInTheLanguagesAsked() throws Exception {
        CliRun trainer = new CliRun(dir.resolve("trainer"), PASSPHRASE);
        ok(trainer.run("init", "--name", "Tess Trainer", "--agency", "CEPOL", "--country", "FR"));
        CliRun.Result wrong = trainer.run("exercise", "build", "--title", "Drill", "--demo", "--languages", "fr,de",
                "--out-dir", dir.resolve("x").toString());
        assertThat(wrong.code()).isEqualTo(ExitCode.FAILED);
        assertThat(wrong.err().strip()).isEqualTo("The material is written in en, fr or ar, not 'de'.");
        assertThat(dir.resolve("x")).doesNotExist();
        ok(trainer.run("exercise", "build", "--title", "Drill", "--demo", "--items", "6", "--languages", "fr", "--region", "LY",
                "--out-dir", dir.resolve("out").toString()));
        String material = ok(trainer.run("exercise", "material")).out();
        assertThat(material).contains("Passage de").contains("Agence de voyages").doesNotContain("Crossing from")
                .doesNotContain("Travel agency");
    }

    @Test
    void buildImportAnswerSubmitAndScore() throws Exception {
        CliRun trainer = new CliRun(dir.resolve("trainer"), PASSPHRASE);
        CliRun trainee = new CliRun(dir.resolve("trainee"), PASSPHRASE);
        ok(trainer.run("init", "--name", "Tess Trainer", "--agency", "CEPOL", "--country", "FR"));
        ok(trainee.run("init", "--name", "Karl Novak", "--agency", "PCCR", "--country", "CZ", "--operation", "Day job"));

        Path out = dir.resolve("exercise");
        CliRun.Result built = ok(trainer.run("exercise", "build", "--title", "Lyon drill", "--demo", "--items", "6", "--region", "LY",
                "--minutes", "120", "--out-dir", out.toString()));
        assertThat(built.out()).contains("Trainer's copy").contains("Trainees' copy");
        Path trainersCopy = out.resolve("lyon-drill-trainer.leadpack");
        Path traineesCopy = out.resolve("lyon-drill.leadpack");
        assertThat(trainersCopy).exists();
        assertThat(traineesCopy).exists();

        JsonNode shown = JSON.readTree(ok(trainer.run("exercise", "show", trainersCopy.toString(), "--answers", "--json")).out());
        String operation = shown.get("exercise").get("operationId").asText();
        List<JsonNode> phones = new ArrayList<>();
        List<JsonNode> handles = new ArrayList<>();
        List<JsonNode> offers = new ArrayList<>();
        for (JsonNode answer : shown.get("answers")) {
            switch (answer.get("target").asText()) {
                case "PHONE" -> phones.add(answer);
                case "HANDLE" -> handles.add(answer);
                case "OFFER" -> offers.add(answer);
                default -> { }
            }
        }
        assertThat(phones).hasSize(4);
        assertThat(offers).hasSize(2);

        // The trainees' copy carries no key, even for its own signer.
        CliRun.Result noKey = trainer.run("exercise", "show", traineesCopy.toString(), "--answers");
        assertThat(noKey.code()).isEqualTo(ExitCode.FAILED);
        assertThat(noKey.err()).contains("trainees' copy").contains("only in the trainer's copy");

        ok(trainee.run("trust", "add", fingerprint(trainer), "--from", traineesCopy.toString()));
        ok(trainee.run("import", traineesCopy.toString()));
        assertThat(ok(trainee.run("operation", "list")).out()).contains("Lyon drill").contains("TRAINING");
        String material = ok(trainee.run("--operation", operation, "exercise", "material")).out();
        assertThat(material).contains("--- post 6");

        // One phone written another way than the key's, the same phone again in a third way, a handle, a wrong number, an offer.
        String phone = phones.get(0).get("value").asText();
        ok(trainee.run("--operation", operation, "lead", "add", "--value", "00" + phone.substring(1)));
        ok(trainee.run("--operation", operation, "lead", "add", "--value", phone.substring(0, 4) + " " + phone.substring(4)));
        ok(trainee.run("--operation", operation, "lead", "add", "--value", handles.get(0).get("value").asText().replace("telegram:", "https://t.me/")));
        ok(trainee.run("--operation", operation, "lead", "add", "--value", "+33 6 12 34 56 78"));
        JsonNode offer = offers.get(0).get("offer");
        ok(trainee.run("--operation", operation, "offer", "add", "--type", "travel", "--price", offer.get("amount").asText(),
                "--currency", offer.get("currency").asText(), "--from", offer.get("from").asText(), "--to", offer.get("to").asText()));

        Path submission = dir.resolve("novak.leadpack");
        ok(trainee.run("--operation", operation, "export", "--kind", "submission", "--out", submission.toString()));

        CliRun.Result untrusted = trainer.run("score", "--key", trainersCopy.toString(), submission.toString());
        assertThat(untrusted.code()).isEqualTo(ExitCode.PACKAGE_REFUSED);
        assertThat(untrusted.err()).contains("refused, not scored").contains("step 3 (trust)").contains("Karl Novak");

        ok(trainer.run("trust", "add", fingerprint(trainee), "--from", submission.toString()));
        JsonNode board = JSON.readTree(ok(trainer.run("score", "--key", trainersCopy.toString(), "--json", submission.toString())).out());
        JsonNode karl = board.get("trainees").get(0);
        assertThat(karl.get("name").asText()).isEqualTo("Karl Novak");
        assertThat(karl.get("rank").asInt()).isEqualTo(1);
        assertThat(karl.get("found").asInt()).isEqualTo(3);
        // The t.me link gave the handle and a link lead too: the link is no answer of the key.
        assertThat(karl.get("falseAnswers").asInt()).isEqualTo(2);
        assertThat(karl.get("points").asInt()).isEqualTo(10 + 10 + 20);
        assertThat(karl.get("lateSubmission").asBoolean()).isFalse();
        JsonNode phonesScore = null;
        for (JsonNode category : karl.get("categories")) {
            if (category.get("target").asText().equals("PHONE")) {
                phonesScore = category;
            }
        }
        assertThat(phonesScore.get("found").asInt()).isEqualTo(1);
        assertThat(phonesScore.get("missed").asInt()).isEqualTo(3);
        assertThat(phonesScore.get("falseAnswers").asInt()).isEqualTo(1);
        assertThat(phonesScore.get("points").asInt()).isEqualTo(10);
        assertThat(phonesScore.get("precision").asDouble()).isEqualTo(0.5);
        assertThat(phonesScore.get("recall").asDouble()).isEqualTo(0.25);

        Path pdf = dir.resolve("debrief.pdf");
        String table = ok(trainer.run("score", "--key", trainersCopy.toString(), "--debrief", pdf.toString(), submission.toString())).out();
        assertThat(table).contains("Karl Novak (CZ)").contains("Phone numbers with their country").contains("Debrief written");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Exercise debrief: Lyon drill").contains("TRAINING").contains("Karl Novak").contains("Missed")
                    .contains(phones.get(1).get("value").asText());
        }
        Path html = dir.resolve("debrief.html");
        ok(trainer.run("score", "--key", trainersCopy.toString(), "--debrief", html.toString(), submission.toString()));
        assertThat(Files.readString(html)).contains("class=\"watermark\">TRAINING").contains("+33612345678").contains("40 points");
        assertThat(trainer.run("score", "--key", trainersCopy.toString(), "--debrief", dir.resolve("d.docx").toString(),
                submission.toString()).err()).contains("as .pdf or .html");

        // The trainees' copy is no key to score with.
        CliRun.Result withoutKey = trainer.run("score", "--key", traineesCopy.toString(), submission.toString());
        assertThat(withoutKey.code()).isEqualTo(ExitCode.FAILED);
        assertThat(withoutKey.err()).contains("trainees' copy");
        assertThat(Files.size(trainersCopy)).isGreaterThan(Files.size(traineesCopy));
    }
}
