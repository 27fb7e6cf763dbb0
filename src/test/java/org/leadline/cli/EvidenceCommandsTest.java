package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.evidence.TestImages;

class EvidenceCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    CliRun cli;
    String lead;

    @BeforeEach
    void init() {
        cli = new CliRun(folder.resolve("ws"), "correct horse battery staple");
        assertThat(cli.run("init", "--name", "Luca Bianchi", "--agency", "SCO", "--country", "IT").code()).isZero();
        CliRun.Result added = cli.run("lead", "add", "--value", "@zuwara_boats", "--kind", "handle", "--source-url",
                "https://t.me/zuwara_boats");
        lead = added.out().strip();
    }

    @Test
    void attachPrintsEachCaptureIdAndTheSha256OfTheOriginal() throws Exception {
        byte[] png = TestImages.png(320, 200);
        byte[] jpeg = TestImages.image("jpeg", 320, 200, 9);
        Path first = Files.write(folder.resolve("post.png"), png);
        Path second = Files.write(folder.resolve("profile.jpg"), jpeg);

        CliRun.Result result = cli.run("attach", "--lead", lead, first.toString(), second.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("[0-9a-f-]{36}  " + sha256(png) + "  post.png");
        assertThat(lines.get(1)).matches("[0-9a-f-]{36}  " + sha256(jpeg) + "  profile.jpg");

        JsonNode listed = JSON.readTree(cli.run("evidence", "list", "--lead", lead, "--json").out());
        assertThat(listed).hasSize(2);
        JsonNode shown = JSON.readTree(cli.run("evidence", "show", lines.get(0).substring(0, 36)).out());
        assertThat(shown.get("sourceUrl").asText()).isEqualTo("https://t.me/zuwara_boats");
        assertThat(shown.get("mediaType").asText()).isEqualTo("image/png");

        Path copy = folder.resolve("copy.png");
        assertThat(cli.run("evidence", "save", lines.get(0).substring(0, 36), "--out", copy.toString()).code()).isZero();
        assertThat(Files.readAllBytes(copy)).isEqualTo(png);

        JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
        assertThat(stats.get("attachments").asInt()).isEqualTo(2);
    }

    @Test
    void attachToAnOfferOrADocumentAddsTheCapturesToTheRecordThatNamesThem() throws Exception {
        Path post = Files.write(folder.resolve("post.png"), TestImages.png(200, 120));
        Path page = Files.write(folder.resolve("data-page.png"), TestImages.image("png", 180, 120, 4));
        CliRun.Result offer = cli.run("offer", "add", "--type", "travel", "--price", "1400", "--currency", "EUR", "--from", "FR/Calais",
                "--to", "GB/Dover");
        assertThat(offer.code()).as(offer.err()).isZero();
        String offerId = offer.out().strip();
        CliRun.Result document = cli.run("document", "add", "--mrz",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(document.code()).as(document.err()).isZero();
        String documentId = document.out().lines().findFirst().orElseThrow().strip().substring(0, 36);

        CliRun.Result toOffer = cli.run("attach", "--offer", offerId, "--lead", lead, post.toString());
        assertThat(toOffer.code()).as(toOffer.err()).isZero();
        String postId = toOffer.out().substring(0, 36);
        JsonNode offers = JSON.readTree(cli.run("offer", "list", "--json").out());
        assertThat(offers.get(0).get("evidence").get(0).asText()).isEqualTo(postId);
        assertThat(JSON.readTree(cli.run("evidence", "list", "--lead", lead, "--json").out())).hasSize(1);

        CliRun.Result toDocument = cli.run("attach", "--document", documentId, page.toString());
        assertThat(toDocument.code()).as(toDocument.err()).isZero();
        JsonNode documents = JSON.readTree(cli.run("document", "list", "--json").out());
        assertThat(documents.get(0).get("images").get(0).asText()).isEqualTo(toDocument.out().substring(0, 36));

        String unknown = java.util.UUID.randomUUID().toString();
        CliRun.Result refused = cli.run("attach", "--offer", unknown, page.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err().strip()).isEqualTo("There is no offer " + unknown + ".");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInOneSentenceWithExitCode1() throws Exception {
        Path fake = Files.writeString(folder.resolve("scan.jpg"), "<html>not an image</html>");
        CliRun.Result result = cli.run("attach", "--lead", lead, fake.toString());
        assertThat(result.code()).isEqualTo(ExitCode.FAILED);
        assertThat(result.err().strip()).isEqualTo("scan.jpg is named like an image but its content is not one.");
        assertThat(JSON.readTree(cli.run("stats", "--json").out()).get("attachments").asInt()).isZero();
    }

    @Test
    void aTruncatedImageIsKeptWithoutPreviewOnlyWhenAsked() throws Exception {
        Path cut = Files.write(folder.resolve("cut.png"), TestImages.truncated(TestImages.png(400, 300)));
        CliRun.Result refused = cli.run("attach", "--lead", lead, cut.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.FAILED);
        assertThat(refused.err()).contains("cut.png is an incomplete PNG image");
        CliRun.Result kept = cli.run("attach", "--lead", lead, "--keep-broken", "--json", cut.toString());
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(JSON.readTree(kept.out()).get(0).get("previewIssue").asText()).contains("incomplete");
    }

    @Test
    void verifyWorkspaceFindsAChangedBlobAndExitsWithOne() throws Exception {
        Path image = Files.write(folder.resolve("a.png"), TestImages.png(64, 64));
        assertThat(cli.run("attach", "--lead", lead, image.toString()).code()).isZero();
        CliRun.Result clean = cli.run("verify-workspace");
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("Checked 1 capture records and 1 evidence blobs").contains("Every record and blob matches");

        Path blob = blobs().get(0);
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int value = file.read();
            file.seek(file.length() / 2);
            file.write(value ^ 0x01);
        }
        CliRun.Result changed = cli.run("verify-workspace");
        assertThat(changed.code()).isEqualTo(ExitCode.FAILED);
        assertThat(changed.out()).contains("The stored bytes of a.png").contains("do not decrypt: they were changed or cut");
        JsonNode json = JSON.readTree(cli.run("verify-workspace", "--json").out());
        assertThat(json.get("problems").get(0).get("kind").asText()).isEqualTo("BLOB_DAMAGED");
    }

    @Test
    void demoImagesAreAttachedToDemoLeads() throws IOException {
        CliRun.Result demo = cli.run("demo", "--leads", "50", "--images", "5", "--seed", "4");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("50 demo leads").contains(" and 5 images");
        assertThat(JSON.readTree(cli.run("stats", "--json").out()).get("attachments").asInt()).isEqualTo(5);
        assertThat(cli.run("verify-workspace").code()).isZero();
    }

    private List<Path> blobs() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder.resolve("ws/evidence"))) {
            files.filter(Files::isRegularFile)
                    .filter(path -> path.getParent().getFileName().toString().length() == 2)
                    .forEach(found::add);
        }
        return found;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
