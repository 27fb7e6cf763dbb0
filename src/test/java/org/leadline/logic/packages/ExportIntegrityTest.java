package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;

/**
 * An export hashes every blob as it leaves the evidence store: a blob file that no longer holds the bytes its name
 * promises is refused there, never passed on under a manifest that would list its new digest.
 */
class ExportIntegrityTest {
    @TempDir
    Path dir;
    Desk france;

    @BeforeEach
    void desk() {
        france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR");
    }

    @AfterEach
    void close() {
        france.close();
    }

    /** A PDF (stored as evidence, no preview) larger than the prefetch holds, so the exporter streams it itself. */
    private UUID largeDocument(int seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        byte[] noise = new byte[BlobPrefetch.HELD_AT_MOST + 200_000];
        new Random(seed).nextBytes(noise);
        bytes.writeBytes(noise);
        bytes.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return new EvidenceService(france.workspace).attach(france.operation,
                List.of(EvidenceService.Source.bytes("scan-" + seed + ".pdf", bytes.toByteArray())),
                EvidenceService.Context.plain(), List.of(), Progress.NONE).get(0).captureId();
    }

    /**
     * Puts {@code kept}'s file under {@code swapped}'s name, exports, and puts the original back. The refusal names the
     * damaged capture as the officer attached it ({@code swappedName}), with its blob.
     */
    private void assertSwapRefused(String kept, String swapped, String swappedName) throws Exception {
        Path file = france.workspace.evidence().pathOf(swapped);
        byte[] original = Files.readAllBytes(file);
        // Both files decrypt under the workspace key: only the hash shows that one name now holds the other's bytes.
        Files.copy(france.workspace.evidence().pathOf(kept), file, StandardCopyOption.REPLACE_EXISTING);
        Path pack = dir.resolve("fr.leadpack");
        assertThatThrownBy(() -> france.export(pack))
                .hasMessageMatching(Pattern.quote("The package " + pack.getFileName() + " could not be written: the evidence store's copy of "
                        + swappedName + " (captured ") + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}" + Pattern.quote(" UTC; blob " + swapped
                        + ") no longer matches its SHA-256 (verify-workspace lists every damaged blob)"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("fr");
        }
        // Once the file is put right the export runs, and a refused one took no sequence number.
        Files.write(file, original);
        assertThat(france.export(pack).sequence()).isEqualTo(1);
    }

    @Test
    void aSmallBlobWhoseFileNowHoldsAnotherBlobIsRefused() throws Exception {
        assertSwapRefused(france.shaOf(france.capture(1)), france.shaOf(france.capture(2)), "shot-2.png");
    }

    /** A screenshot larger than shot-1.png, still small enough to be read ahead. */
    private String posterLargerThan(String smallSha) {
        UUID poster = new EvidenceService(france.workspace).attach(france.operation,
                List.of(EvidenceService.Source.bytes("poster.png", TestImages.png(900, 700))),
                EvidenceService.Context.plain(), List.of(), Progress.NONE).get(0).captureId();
        String sha = france.shaOf(poster);
        assertThat(france.workspace.evidence().pathOf(sha).toFile().length())
                .isGreaterThan(france.workspace.evidence().pathOf(smallSha).toFile().length());
        return sha;
    }

    // The prefetch reads a blob into an array of its recorded size: a file now longer or shorter than that is refused.
    @Test
    void aSmallBlobWhoseFileNowHoldsALongerOneIsRefused() throws Exception {
        String shot = france.shaOf(france.capture(1));
        assertSwapRefused(posterLargerThan(shot), shot, "shot-1.png");
    }

    @Test
    void aSmallBlobWhoseFileNowHoldsAShorterOneIsRefused() throws Exception {
        String shot = france.shaOf(france.capture(1));
        assertSwapRefused(shot, posterLargerThan(shot), "poster.png");
    }

    @Test
    void aLargeStreamedBlobWhoseFileNowHoldsAnotherIsRefused() throws Exception {
        assertSwapRefused(france.shaOf(largeDocument(1)), france.shaOf(largeDocument(2)), "scan-2.pdf");
    }

    @Test
    void aDamagedFileTwoOfficersCapturedIsNamedByTheFirstCaptureAndTheOtherIsCounted() throws Exception {
        String sha = france.shaOf(france.capture(1));
        String kept = france.shaOf(france.capture(2));
        try (Desk italy = Desk.open(dir.resolve("it"), "Marco Rossi", "IT")) {
            // The same screenshot, captured by a colleague later: a capture record of theirs for the same blob.
            italy.capture(1);
            Path theirs = dir.resolve("it.leadpack");
            italy.export(theirs);
            france.trust(italy, theirs);
            france.importPackage(theirs);
            Files.delete(theirs);
        }
        Path file = france.workspace.evidence().pathOf(sha);
        Files.copy(france.workspace.evidence().pathOf(kept), file, StandardCopyOption.REPLACE_EXISTING);
        Path pack = dir.resolve("merged.leadpack");
        assertThatThrownBy(() -> france.export(pack, PackageKind.MERGED))
                .hasMessageContaining("the evidence store's copy of shot-1.png (captured ")
                .hasMessageContaining(" UTC, and 1 other capture of the same file; blob " + sha + ") no longer matches its SHA-256");
    }

    @Test
    void heldAndStreamedBlobsAreListedUnderTheDigestOfTheirBytes() throws Exception {
        String small = france.shaOf(france.capture(1));
        String large = france.shaOf(largeDocument(3));
        Path pack = dir.resolve("fr.leadpack");
        france.export(pack);

        var entries = TestPackages.entries(pack);
        Manifest manifest = WireFormat.mapper(PackageLimits.DEFAULT).readValue(entries.get("leadpack.json"), Manifest.class);
        for (String sha : List.of(small, large)) {
            byte[] entry = entries.get("blobs/" + sha);
            assertThat(Bytes.hex(Bytes.sha256(entry))).isEqualTo(sha);
            assertThat(manifest.entries()).contains(new Manifest.Entry("blobs/" + sha, entry.length, sha));
        }
    }
}
