package org.leadline.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.evidence.EvidenceService.Attached;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceVerifier.ProblemKind;
import org.leadline.logic.evidence.EvidenceVerifier.Report;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

class EvidenceVerifierTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private Operation operation;
    private EvidenceService evidence;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        evidence = new EvidenceService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Attached attach(String name, byte[] bytes) {
        return evidence.attach(operation.id(), List.of(Source.bytes(name, bytes)), Context.plain(), List.of(), Progress.NONE).get(0);
    }

    @Test
    void anIntactWorkspaceVerifiesAndCountsEveryByte() {
        byte[] a = TestImages.png(100, 100);
        byte[] b = TestImages.image("jpeg", 90, 60, 4);
        attach("a.png", a);
        attach("b.jpg", b);
        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.intact()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.blobs()).isEqualTo(2);
        assertThat(report.bytes()).isEqualTo(a.length + b.length);
    }

    @Test
    void aBlobReplacedByAnotherValidBlobIsFoundByItsHash() throws Exception {
        Attached a = attach("a.png", TestImages.png(100, 100));
        Attached b = attach("b.png", TestImages.png(101, 100));
        // Both files decrypt under the workspace key; only the hash shows that a's name now holds b's bytes.
        Path pathA = workspace.evidence().pathOf(a.sha256());
        Files.copy(workspace.evidence().pathOf(b.sha256()), pathA, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::kind).containsExactly(ProblemKind.BLOB_CHANGED);
        assertThat(report.problems().get(0).captureId()).isEqualTo(a.captureId());
        assertThatThrownByOriginal(a);
    }

    private void assertThatThrownByOriginal(Attached attached) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evidence.originalBytes(attached.captureId()))
                .hasMessageContaining("no longer match the SHA-256 taken at capture");
    }

    @Test
    void aMissingBlobAndACutBlobAreReported() throws Exception {
        Attached missing = attach("gone.png", TestImages.png(30, 30));
        Attached cut = attach("cut.png", TestImages.png(40, 40));
        Files.delete(workspace.evidence().pathOf(missing.sha256()));
        Path cutFile = workspace.evidence().pathOf(cut.sha256());
        byte[] bytes = Files.readAllBytes(cutFile);
        Files.write(cutFile, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::kind)
                .containsExactly(ProblemKind.BLOB_MISSING, ProblemKind.BLOB_DAMAGED);
    }

    @Test
    void amongManyBlobsVerifiedSideBySideEachBadOneIsReportedByName() throws Exception {
        List<Source> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(Source.bytes("post-" + i + ".png", TestImages.image("png", 16 + i % 50, 16 + i / 50, i)));
        }
        List<Attached> attached = evidence.attach(operation.id(), batch, Context.plain(), List.of(), Progress.NONE);
        Attached missing = attached.get(17);
        Attached cut = attached.get(150);
        Attached swapped = attached.get(298);
        Attached forged = attached.get(3);
        Files.delete(workspace.evidence().pathOf(missing.sha256()));
        Path cutFile = workspace.evidence().pathOf(cut.sha256());
        Files.write(cutFile, java.util.Arrays.copyOf(Files.readAllBytes(cutFile), 100));
        Files.copy(workspace.evidence().pathOf(attached.get(0).sha256()), workspace.evidence().pathOf(swapped.sha256()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        workspace.jdbi().useHandle(handle -> handle.createUpdate("UPDATE capture SET note = 'changed' WHERE id = :id")
                .bind("id", forged.captureId()).execute());

        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.records()).isEqualTo(300);
        assertThat(report.blobs()).isEqualTo(300);
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::kind, EvidenceVerifier.Problem::captureId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.RECORD_CHANGED, forged.captureId()),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BLOB_MISSING, missing.captureId()),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BLOB_DAMAGED, cut.captureId()),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BLOB_CHANGED, swapped.captureId()));
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::sentence).satisfiesExactly(
                sentence -> assertThat(sentence).contains("post-3.png"),
                sentence -> assertThat(sentence).contains("post-17.png"),
                sentence -> assertThat(sentence).contains("post-150.png"),
                sentence -> assertThat(sentence).contains("post-298.png"));
    }

    @Test
    void cancellingStopsTheVerification() {
        List<Source> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(Source.bytes("post-" + i + ".png", TestImages.image("png", 16 + i % 50, 16 + i / 50, i)));
        }
        evidence.attach(operation.id(), batch, Context.plain(), List.of(), Progress.NONE);
        java.util.concurrent.atomic.AtomicLong reports = new java.util.concurrent.atomic.AtomicLong();
        Progress cancelSoon = new Progress() {
            @Override
            public void report(long done, long total) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() > 10;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EvidenceVerifier(workspace).verify(cancelSoon))
                .isInstanceOf(org.leadline.logic.tasks.CancelledException.class);
        assertThat(reports.get()).isLessThan(200);
    }

    @Test
    void theProgressCountsEveryRecordUpToTheTotal() {
        List<Source> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(Source.bytes("shot-" + i + ".png", TestImages.image("png", 20 + i, 20, i)));
        }
        evidence.attach(operation.id(), batch, Context.plain(), List.of(), Progress.NONE);
        // The same picture in a second operation: two records, one blob, and both records counted.
        Operation second = new org.leadline.logic.operations.OperationService(workspace).create("Second", null, "FR", null, null);
        evidence.attach(second.id(), List.of(Source.bytes("again.png", TestImages.image("png", 20, 20, 0))), Context.plain(),
                List.of(), Progress.NONE);
        List<long[]> reports = java.util.Collections.synchronizedList(new ArrayList<>());
        Report report = new EvidenceVerifier(workspace).verify(new Progress() {
            @Override
            public void report(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        assertThat(report.records()).isEqualTo(41);
        assertThat(report.blobs()).isEqualTo(40);
        assertThat(reports).hasSize(41).allSatisfy(pair -> assertThat(pair[1]).isEqualTo(41));
        assertThat(reports.stream().mapToLong(pair -> pair[0]).max().orElseThrow()).isEqualTo(41);
    }

    @Test
    void aChangedCaptureRecordIsReported() {
        Attached attached = attach("a.png", TestImages.png(50, 50));
        workspace.jdbi().useHandle(handle -> handle.createUpdate("UPDATE capture SET source_url = 'https://example.org/forged' WHERE id = :id")
                .bind("id", attached.captureId()).execute());
        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::kind).containsExactly(ProblemKind.RECORD_CHANGED);
    }

    @Test
    void aBlobNoRecordNamesIsReportedButDoesNotMakeTheWorkspaceWrong() throws Exception {
        attach("a.png", TestImages.png(50, 50));
        List<Path> files = new ArrayList<>();
        workspace.evidence().forEachBlobFile(files::add);
        Files.copy(files.get(0), files.get(0).resolveSibling("0".repeat(62)));
        Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        assertThat(report.intact()).isTrue();
        assertThat(report.problems()).extracting(EvidenceVerifier.Problem::kind).containsExactly(ProblemKind.BLOB_UNREFERENCED);
    }
}
