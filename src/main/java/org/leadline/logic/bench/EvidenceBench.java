package org.leadline.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.leadline.logic.demo.DemoImages;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.evidence.EvidenceVerifier;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CaptureSummary;
import org.leadline.model.LeadQuery;
import org.leadline.model.Operation;

/**
 * The evidence figures of issue [3], in a workspace of their own: attaching ~200 KB screenshots end to end, the
 * first screen of the evidence grid over 10,000 captures, and verify-workspace over everything stored.
 */
final class EvidenceBench {
    private static final int SCREENSHOT_BYTES = 200 * 1024;
    /** The tiles the evidence grid shows on a 1366 × 768 screen before the officer scrolls. */
    private static final int FIRST_SCREEN_TILES = 30;

    private final boolean quick;
    private final Consumer<String> log;

    EvidenceBench(boolean quick, Consumer<String> log) {
        this.quick = quick;
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) {
        int screenshots = quick ? 200 : 1_000;
        int gridCaptures = quick ? 2_000 : 10_000;
        List<BenchResult> results = new ArrayList<>();
        try (Workspace workspace = Workspace.create(folder.resolve("workspace"), passphrase,
                new NewOfficer("Bench Officer", "Bench", "FR"), Clock.systemUTC())) {
            Operation operation = new OperationService(workspace).create("Evidence bench", null, "FR", null, null);
            new DemoService(workspace).fill(operation.id(), 100, 3, Progress.NONE);
            UUID lead = new LeadService(workspace).page(LeadQuery.firstPage(operation.id(), 1)).get(0).id();
            EvidenceService evidence = new EvidenceService(workspace);

            log.accept("Writing " + screenshots + " screenshots of ~200 KB…");
            List<Source> files = writeScreenshots(folder.resolve("screenshots"), screenshots, 0);
            // Warm-up in another operation: AES-GCM runs on the processor's instructions only once the JIT has compiled
            // its loops, after a few hundred blobs; an officer's long session is past that, a fresh bench is not.
            Operation warmUp = new OperationService(workspace).create("Evidence warm-up", null, "FR", null, null);
            evidence.attach(warmUp.id(), writeScreenshots(folder.resolve("warm-up"), 300, 1_000_000), Context.plain(), List.of(),
                    Progress.NONE);
            new EvidenceVerifier(workspace).verify(Progress.NONE);
            long bytes = 0;
            for (Source file : files) {
                bytes += Files.size(file.file());
            }
            long started = System.nanoTime();
            evidence.attach(operation.id(), files, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            results.add(BenchResult.atLeast("attach " + screenshots + " screenshots of ~200 KB (hash, encrypt, store, record)",
                    bytes / 1e6 / seconds, "MB/s", 100));

            log.accept("Capturing " + gridCaptures + " small images for the evidence grid…");
            List<Source> small = new ArrayList<>();
            for (int i = 0; i < gridCaptures; i++) {
                small.add(Source.bytes("tile-" + i + ".png", DemoImages.noise(2_000, 50_000L + i)));
            }
            evidence.attach(operation.id(), small, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            results.add(firstScreen(evidence, operation, gridCaptures + screenshots));

            log.accept("Verifying the workspace…");
            EvidenceVerifier.Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
            if (!report.intact()) {
                throw new IllegalStateException("The bench workspace does not verify: " + report.problems().get(0).sentence());
            }
            results.add(BenchResult.atLeast("verify-workspace over " + report.blobs() + " blobs", report.bytes() / 1e6 / report.seconds(),
                    "MB/s", 300));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** The grid's first page from the database and the thumbnails of its first screen, made cold (nothing cached). */
    private static BenchResult firstScreen(EvidenceService evidence, Operation operation, int captures) {
        long started = System.nanoTime();
        List<CaptureSummary> page = evidence.page(operation.id(), null, 120);
        for (CaptureSummary capture : page.subList(0, Math.min(FIRST_SCREEN_TILES, page.size()))) {
            evidence.thumbnail(capture).orElseThrow(() -> new IllegalStateException("A bench image made no thumbnail."));
        }
        double millis = (System.nanoTime() - started) / 1e6;
        return BenchResult.atMost("evidence grid over " + captures + " captures: first screen with " + FIRST_SCREEN_TILES
                + " thumbnails, cold", millis, "ms", 500);
    }

    static List<Source> writeScreenshots(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve("screenshot-" + i + ".png");
            Files.write(file, DemoImages.noise(SCREENSHOT_BYTES, seed + i));
            sources.add(Source.file(file));
        }
        return sources;
    }
}
