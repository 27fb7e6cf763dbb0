package org.leadline.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.evidence.EvidenceService.Attached;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.CaptureSummary;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;

class EvidenceServiceTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;
    private Workspace workspace;
    private Operation operation;
    private EvidenceService evidence;
    private UUID lead;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        evidence = new EvidenceService(workspace);
        lead = new LeadService(workspace).add(operation.id(), "t.me/passeur_libya", null, List.of(), null,
                new SightingSource("https://t.me/passeur_libya/812", "telegram", null)).get(0).entityId();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private Attached attachOne(Path file) {
        return evidence.attach(operation.id(), List.of(Source.file(file)), Context.plain(), List.of(Target.lead(lead)),
                Progress.NONE).get(0);
    }

    @Test
    void captureRecordKeepsHashTypeDimensionsAndTheLeadsSource() throws Exception {
        byte[] png = TestImages.png(640, 480);
        Attached attached = attachOne(file("post.jpg", png));

        Capture capture = evidence.capture(attached.captureId());
        assertThat(capture.sha256()).isEqualTo(sha256(png)).isEqualTo(attached.sha256());
        assertThat(capture.mediaType()).as("detected from the content, not the .jpg name").isEqualTo("image/png");
        assertThat(capture.originalName()).isEqualTo("post.jpg");
        assertThat(capture.size()).isEqualTo(png.length);
        assertThat(capture.width()).isEqualTo(640);
        assertThat(capture.height()).isEqualTo(480);
        assertThat(capture.origin()).isEqualTo(workspace.owner().fingerprint());
        assertThat(capture.officerId()).isEqualTo(workspace.owner().id());
        assertThat(capture.sourceUrl()).isEqualTo("https://t.me/passeur_libya/812");
        assertThat(capture.platform()).isEqualTo("telegram");
        assertThat(capture.timeZone()).isNotBlank();
        assertThat(capture.toolVersion()).isNotBlank();
        assertThat(capture.hasPreview()).isTrue();
        assertThat(evidence.originalBytes(capture.id())).isEqualTo(png);
        assertThat(evidence.forLead(lead)).extracting(CaptureSummary::id).containsExactly(capture.id());
        assertThat(evidence.count(operation.id())).isEqualTo(1);
    }

    @Test
    void recordsSurviveClosingAndReopeningTheWorkspace() throws Exception {
        Attached attached = attachOne(file("a.png", TestImages.png(100, 50)));
        Capture before = evidence.capture(attached.captureId());
        workspace.close();
        workspace = TestWorkspaces.open(folder.resolve("ws"));
        evidence = new EvidenceService(workspace);
        assertThat(evidence.capture(attached.captureId())).isEqualTo(before);
        assertThat(EvidenceService.recordHash(evidence.capture(attached.captureId()))).isEqualTo(EvidenceService.recordHash(before));
    }

    @Test
    void theSameFileIsStoredOnceAndCapturedOnce() throws Exception {
        byte[] png = TestImages.png(64, 64);
        Attached first = attachOne(file("one.png", png));
        Attached again = attachOne(file("copy.png", png));
        assertThat(again.captureId()).isEqualTo(first.captureId());
        assertThat(again.alreadyCaptured()).isTrue();
        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void blobsAreEncryptedAndNotNamedByTheirHash() throws Exception {
        byte[] marker = "Zuwara departure 0218912345678 passeur".getBytes(StandardCharsets.UTF_8);
        byte[] png = TestImages.png(32, 32);
        byte[] withText = new byte[png.length + marker.length];
        System.arraycopy(png, 0, withText, 0, png.length);
        System.arraycopy(marker, 0, withText, png.length, marker.length);
        // Trailing bytes after IEND make it an incomplete-looking PNG; keep it as evidence without preview.
        Attached attached = evidence.attach(operation.id(), List.of(Source.file(file("x.png", withText))),
                Context.plain().keepingBroken(), List.of(), Progress.NONE).get(0);
        List<Path> blobs = blobFiles();
        assertThat(blobs).hasSize(1);
        assertThat(blobs.get(0).toString()).doesNotContain(attached.sha256());
        byte[] stored = Files.readAllBytes(blobs.get(0));
        assertThat(indexOf(stored, marker)).isEqualTo(-1);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(png, 0, 8))).as("no PNG signature in clear").isEqualTo(-1);
    }

    @Test
    void aFileThatOnlyClaimsToBeAnImageIsRefusedAndNothingIsStored() throws Exception {
        Path fake = file("passport.png", "this is not a picture at all".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> attachOne(fake)).isInstanceOf(EvidenceException.class)
                .hasMessage("passport.png is named like an image but its content is not one.");
        assertNothingStored();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = file("empty.png", new byte[0]);
        assertThatThrownBy(() -> attachOne(empty)).hasMessageContaining("empty.png is empty (0 bytes)");
        assertNothingStored();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        Path bomb = file("bomb.png", TestImages.pngDeclaring(50_000, 50_000));
        assertThatThrownBy(() -> attachOne(bomb)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("bomb.png declares 50,000 × 50,000 pixels")
                .hasMessageContaining("decompression bomb");
        assertNothingStored();
    }

    @Test
    void aTruncatedImageIsRefusedUnlessKeptWithoutPreview() throws Exception {
        for (String format : List.of("png", "jpeg", "gif")) {
            Path cut = file("cut." + format, TestImages.truncated(TestImages.image(format, 300, 200, 3)));
            assertThatThrownBy(() -> attachOne(cut)).as(format).isInstanceOf(EvidenceException.class)
                    .hasMessageContaining("is an incomplete")
                    .satisfies(e -> assertThat(((EvidenceException) e).keepable()).as("a window may offer to keep it").isTrue())
                    .satisfies(e -> assertThat(((EvidenceException) e).problem()).doesNotContain("keep broken images"));
        }
        assertNothingStored();

        Path cut = file("kept.png", TestImages.truncated(TestImages.png(300, 200)));
        Attached kept = evidence.attach(operation.id(), List.of(Source.file(cut)), Context.plain().keepingBroken(),
                List.of(Target.lead(lead)), Progress.NONE).get(0);
        Capture capture = evidence.capture(kept.captureId());
        assertThat(capture.hasPreview()).isFalse();
        assertThat(capture.previewIssue()).contains("incomplete");
        assertThat(evidence.originalBytes(kept.captureId())).isEqualTo(Files.readAllBytes(cut));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        evidence.setMaxBytes(10_000);
        Path large = file("large.bmp", TestImages.image("bmp", 200, 200, 1));
        assertThatThrownBy(() -> attachOne(large)).hasMessageContaining("larger than the limit of 9.8 KB")
                .satisfies(e -> assertThat(((EvidenceException) e).keepable()).as("keeping would not help").isFalse());
        assertNothingStored();
    }

    @Test
    void oneBadFileInABatchStoresNoneOfIt() throws Exception {
        Path good = file("good.png", TestImages.png(50, 50));
        Path bad = file("bad.gif", "GIF89a but not really".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> evidence.attach(operation.id(), List.of(Source.file(good), Source.file(bad)), Context.plain(),
                List.of(Target.lead(lead)), Progress.NONE)).hasMessageContaining("bad.gif");
        assertNothingStored();
    }

    @Test
    void aManyFileBatchThatFailsMidwayStoresNothingOfAnyFile() throws Exception {
        List<Source> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(Source.file(file("shot-" + i + ".png", TestImages.image("png", 20 + i, 20, i))));
        }
        byte[] whole = TestImages.image("png", 300, 200, 99);
        batch.add(20, Source.file(file("cut-off.png", java.util.Arrays.copyOf(whole, whole.length - 20))));
        assertThatThrownBy(() -> evidence.attach(operation.id(), batch, Context.plain(), List.of(Target.lead(lead)), Progress.NONE))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("cut-off.png").hasMessageContaining("incomplete");
        assertNothingStored();
        int links = workspace.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM capture_link")
                .mapTo(Integer.class).one());
        assertThat(links).isZero();

        batch.remove(20);
        List<Attached> attached = evidence.attach(operation.id(), batch, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
        assertThat(attached).hasSize(40).noneMatch(Attached::alreadyCaptured);
        assertThat(evidence.forLead(lead)).hasSize(40);
        assertThat(blobFiles()).hasSize(40);
        for (int i : new int[] {0, 19, 39}) {
            assertThat(evidence.originalBytes(attached.get(i).captureId())).isEqualTo(TestImages.image("png", 20 + i, 20, i));
        }
    }

    @Test
    void theSameBytesTwiceInOneBatchAreOneCaptureLinkedOnce() throws Exception {
        byte[] png = TestImages.png(70, 70);
        List<Attached> attached = evidence.attach(operation.id(), List.of(Source.file(file("a.png", png)),
                Source.file(file("b.png", TestImages.png(71, 70))), Source.file(file("a-again.png", png))), Context.plain(),
                List.of(Target.lead(lead)), Progress.NONE);
        assertThat(attached.get(2).captureId()).isEqualTo(attached.get(0).captureId());
        assertThat(attached.get(2).alreadyCaptured()).isTrue();
        assertThat(attached.get(0).alreadyCaptured()).isFalse();
        assertThat(evidence.count(operation.id())).isEqualTo(2);
        assertThat(evidence.links(attached.get(0).captureId())).hasSize(1);
        assertThat(blobFiles()).hasSize(2);
    }

    @Test
    void aBatchWithAnEarlierCaptureLinksItToTheNewLeadBesideTheNewOnes() throws Exception {
        byte[] earlier = TestImages.png(80, 60);
        Attached first = attachOne(file("earlier.png", earlier));
        UUID other = new LeadService(workspace).add(operation.id(), "+218912345678", LeadKind.PHONE, List.of(), null,
                SightingSource.NONE).get(0).entityId();
        List<Attached> attached = evidence.attach(operation.id(), List.of(Source.file(file("fresh.png", TestImages.png(81, 60))),
                Source.file(file("earlier-again.png", earlier))), Context.plain(), List.of(Target.lead(other)), Progress.NONE);
        assertThat(attached.get(1).captureId()).isEqualTo(first.captureId());
        assertThat(attached.get(1).alreadyCaptured()).isTrue();
        assertThat(evidence.forLead(other)).extracting(CaptureSummary::id)
                .containsExactlyInAnyOrder(first.captureId(), attached.get(0).captureId());
        assertThat(evidence.forLead(lead)).extracting(CaptureSummary::id).containsExactly(first.captureId());
    }

    @Test
    void blobsOfEverySizeAroundTheSegmentBoundariesReadBackWhole() throws Exception {
        // Small blobs are read with shorter segments than they were written with: both must agree at every edge.
        java.util.Random random = new java.util.Random(3);
        // A 64 KiB segment holds 65,480 bytes after the 40-byte header and 65,520 after that; the short ones 4,040 and 16,328.
        EvidenceStore.SequentialReader reader = workspace.evidence().sequentialReader();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int size : new int[] {0, 1, 4000, 4039, 4040, 4041, 4095, 4096, 16300, 16328, 16384, 32000, 65000, 65439, 65440,
                65441, 65479, 65480, 65481, 65536, 130_999, 131_000, 131_001, 200_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            EvidenceStore.PendingBlob pending = workspace.evidence().write(new java.io.ByteArrayInputStream(bytes), "blob", Long.MAX_VALUE,
                    n -> { });
            workspace.evidence().commit(pending);
            try (InputStream in = workspace.evidence().open(pending.sha256())) {
                assertThat(in.readAllBytes()).as("%d bytes", size).isEqualTo(bytes);
            }
            long[] counted = {0};
            reader.digest(pending.sha256(), digest, n -> counted[0] += n);
            assertThat(HexFormat.of().formatHex(digest.digest())).as("%d bytes, segment by segment", size).isEqualTo(pending.sha256());
            assertThat(counted[0]).isEqualTo(size);
            Path stored = workspace.evidence().pathOf(pending.sha256());
            byte[] sealed = Files.readAllBytes(stored);
            sealed[sealed.length - 1] ^= 1;
            Files.write(stored, sealed);
            assertThatThrownBy(() -> {
                try (InputStream in = workspace.evidence().open(pending.sha256())) {
                    in.readAllBytes();
                }
            }).as("%d bytes changed", size).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> reader.digest(pending.sha256(), digest, n -> { }))
                    .as("%d bytes changed, segment by segment", size).isInstanceOf(IOException.class);
            digest.reset();
        }
    }

    @Test
    void aBlobCutOrLengthenedAnywhereDoesNotReadSegmentBySegment() throws Exception {
        byte[] bytes = new byte[200_000];
        new java.util.Random(5).nextBytes(bytes);
        EvidenceStore.PendingBlob pending = workspace.evidence().write(new java.io.ByteArrayInputStream(bytes), "blob", Long.MAX_VALUE,
                n -> { });
        workspace.evidence().commit(pending);
        Path stored = workspace.evidence().pathOf(pending.sha256());
        byte[] sealed = Files.readAllBytes(stored);
        EvidenceStore.SequentialReader reader = workspace.evidence().sequentialReader();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        // Cut after a whole segment, the cut's last segment was sealed as one with more to follow; cut inside the
        // header; one byte added; a byte of the header's salt changed (another key); then the intact blob again,
        // through the same reader and digest, reads whole.
        byte[] salted = sealed.clone();
        salted[5] ^= 1;
        for (byte[] damaged : List.of(Arrays.copyOf(sealed, 65_536), Arrays.copyOf(sealed, 20), Arrays.copyOf(sealed, sealed.length + 1),
                salted, new byte[0])) {
            Files.write(stored, damaged);
            assertThatThrownBy(() -> reader.digest(pending.sha256(), digest, n -> { }))
                    .as("%d bytes of %d", damaged.length, sealed.length).isInstanceOf(IOException.class);
            digest.reset();
        }
        Files.write(stored, sealed);
        reader.digest(pending.sha256(), digest, n -> { });
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256(bytes));
        Files.delete(stored);
        assertThatThrownBy(() -> reader.digest(pending.sha256(), digest, n -> { })).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aBlobHeldForItsCommitWithoutItsHeadStillCommitsWhole() throws Exception {
        byte[] bytes = org.leadline.logic.demo.DemoImages.noise(200 * 1024, 11);
        EvidenceStore.PendingBlob pending = workspace.evidence().write(new java.io.ByteArrayInputStream(bytes), "shot.png",
                Long.MAX_VALUE, bytes.length, n -> { });
        assertThat(pending.headIsWhole()).isTrue();

        EvidenceStore.PendingBlob held = pending.withoutContent();
        assertThat(held.head()).isEmpty();
        assertThat(held.tail()).isEmpty();
        assertThat(held.headIsWhole()).isFalse();
        assertThat(held.file()).isEqualTo(pending.file());
        assertThat(held.sha256()).isEqualTo(pending.sha256());
        assertThat(held.size()).isEqualTo(bytes.length);
        workspace.evidence().commit(held);
        try (InputStream in = workspace.evidence().open(held.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aFileLargerThanTheInspectedHeadIsStoredWhole() throws Exception {
        byte[] large = org.leadline.logic.demo.DemoImages.noise(1_500_000, 7);
        assertThat(large.length).isGreaterThan(EvidenceStore.HEAD_BYTES * 2);
        Attached attached = attachOne(file("large.png", large));
        Capture capture = evidence.capture(attached.captureId());
        assertThat(capture.hasPreview()).as("its end was found past the head").isTrue();
        assertThat(evidence.originalBytes(attached.captureId())).isEqualTo(large);
        // Bytes that were never a file (a pasted image): the head grows as they are read.
        EvidenceStore.PendingBlob pending = workspace.evidence().write(new java.io.ByteArrayInputStream(large), "pasted.png",
                Long.MAX_VALUE, n -> { });
        try {
            assertThat(pending.sha256()).isEqualTo(sha256(large));
            assertThat(pending.head()).isEqualTo(java.util.Arrays.copyOf(large, EvidenceStore.HEAD_BYTES));
            assertThat(pending.tail()).isEqualTo(java.util.Arrays.copyOfRange(large, large.length - 1024, large.length));
        } finally {
            workspace.evidence().discard(pending);
        }
    }

    @Test
    void cancellingBeforeTheRecordsAreWrittenStoresNothing() throws Exception {
        Path good = file("good.png", TestImages.png(50, 50));
        Progress cancelled = new Progress() {
            @Override
            public void report(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> evidence.attach(operation.id(), List.of(Source.file(good)), Context.plain(), List.of(), cancelled))
                .isInstanceOf(CancelledException.class);
        assertNothingStored();
    }

    @Test
    void everySupportedFormatIsDetectedFromItsContent() throws Exception {
        for (String format : List.of("png", "jpeg", "gif", "bmp")) {
            Attached attached = attachOne(file("image-" + format + ".bin", TestImages.image(format, 120, 90, format.length())));
            Capture capture = evidence.capture(attached.captureId());
            assertThat(capture.mediaType()).as(format).isEqualTo(format.equals("bmp") ? "image/bmp" : "image/" + format);
            assertThat(capture.width()).as(format).isEqualTo(120);
            assertThat(evidence.thumbnail(evidence.forLead(lead).get(0))).as(format).isPresent();
        }
        Path pdf = file("scan.pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Capture stored = evidence.capture(attachOne(pdf).captureId());
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.hasPreview()).isFalse();
        assertThat(stored.previewIssue()).contains("PDF");
    }

    @Test
    void webpFromSocialMediaIsReadThroughTheImageIoPlugin() throws Exception {
        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/evidence/profile.webp")) {
            webp = in.readAllBytes();
        }
        Capture capture = evidence.capture(attachOne(file("profile.webp", webp)).captureId());
        assertThat(capture.mediaType()).isEqualTo("image/webp");
        assertThat(capture.width()).isPositive();
        assertThat(evidence.viewable(capture.id())).isPresent();
    }

    @Test
    void exifTimeAndPositionAreReadAndFlagged() throws Exception {
        byte[] jpeg;
        try (InputStream in = getClass().getResourceAsStream("/evidence/gps.jpg")) {
            jpeg = in.readAllBytes();
        }
        Capture capture = evidence.capture(attachOne(file("photo.jpg", jpeg)).captureId());
        assertThat(capture.exif().warrantsWarning()).isTrue();
        assertThat(capture.exif().cameraTime()).isEqualTo("2025:10:14 21:37:05");
        assertThat(capture.exif().latitude()).isCloseTo(32.8872, org.assertj.core.data.Offset.offset(0.001));
        assertThat(capture.exif().longitude()).isCloseTo(12.0767, org.assertj.core.data.Offset.offset(0.001));
        assertThat(capture.exif().software()).isEqualTo("Leadline test");
        assertThat(capture.metadataJson()).contains("GPS");
        assertThat(evidence.forLead(lead).get(0).exifWarning()).isTrue();
    }

    @Test
    void aRedactionIsANewCaptureThatPointsToItsUntouchedOriginal() throws Exception {
        byte[] png = TestImages.png(200, 100);
        Attached original = attachOne(file("id.png", png));
        Attached redacted = evidence.derive(original.captureId(), Capture.Derivation.REDACTION, TestImages.png(200, 100 + 1), "faces hidden");
        Capture derived = evidence.capture(redacted.captureId());
        assertThat(derived.derivedFrom()).isEqualTo(original.captureId());
        assertThat(derived.derivation()).isEqualTo(Capture.Derivation.REDACTION);
        assertThat(evidence.originalBytes(original.captureId())).isEqualTo(png);
        assertThat(evidence.derivedFrom(original.captureId())).extracting(CaptureSummary::id).containsExactly(derived.id());
        assertThat(evidence.forLead(lead)).hasSize(2);
    }

    @Test
    void detachingLeavesATombstoneAndTheCapture() throws Exception {
        Attached attached = attachOne(file("a.png", TestImages.png(10, 10)));
        evidence.detach(attached.captureId(), Target.lead(lead));
        assertThat(evidence.forLead(lead)).isEmpty();
        assertThat(evidence.capture(attached.captureId()).deleted()).isFalse();
        attachOne(file("a.png", TestImages.png(10, 10)));
        assertThat(evidence.forLead(lead)).hasSize(1);
    }

    @Test
    void attachingToAnUnknownLeadIsRefused() throws Exception {
        Path good = file("good.png", TestImages.png(50, 50));
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> evidence.attach(operation.id(), List.of(Source.file(good)), Context.plain(),
                List.of(Target.lead(unknown)), Progress.NONE)).hasMessage("There is no lead " + unknown + " in this operation.");
        assertNothingStored();
    }

    private void assertNothingStored() throws IOException {
        assertThat(evidence.count(operation.id())).isZero();
        assertThat(blobFiles()).isEmpty();
        Path tmp = folder.resolve("ws/evidence/tmp");
        if (Files.exists(tmp)) {
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left).isEmpty();
            }
        }
    }

    private List<Path> blobFiles() {
        List<Path> found = new java.util.ArrayList<>();
        workspace.evidence().forEachBlobFile(found::add);
        return found;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
