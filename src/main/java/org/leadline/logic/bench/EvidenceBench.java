package org.leadline.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * The evidence figures of issue [3], in a workspace of their own: attaching ~200 KB screenshots end to end,
 * verify-workspace over everything stored, and the evidence grid over 10,000 captures in the window (opening, and the
 * longest frame while it scrolls); without a display only the grid's first screen of data and thumbnails.
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
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        List<BenchResult> results = new ArrayList<>();
        Path workspaceFolder = folder.resolve("workspace");
        try (Workspace workspace = Workspace.create(workspaceFolder, passphrase,
                new NewOfficer("Bench Officer", "Bench", "FR"), Clock.systemUTC())) {
            Operation operation = new OperationService(workspace).create("Evidence bench", null, "FR", null, null);
            new DemoService(workspace).fill(operation.id(), 100, 3, Progress.NONE);
            UUID lead = new LeadService(workspace).page(LeadQuery.firstPage(operation.id(), 1)).get(0).id();
            EvidenceService evidence = new EvidenceService(workspace);

            log.accept("Writing " + screenshots + " screenshots of ~200 KB…");
            List<Source> files = writeScreenshots(folder.resolve("screenshots"), screenshots, 0);
            // Warm-up in another operation: the database and the image readers, as in an officer's session past its
            // first batch (the cipher warms itself up before a large batch).
            Operation warmUp = new OperationService(workspace).create("Evidence warm-up", null, "FR", null, null);
            evidence.attach(warmUp.id(), writeScreenshots(folder.resolve("warm-up"), 300, 1_000_000), Context.plain(), List.of(),
                    Progress.NONE);
            new EvidenceVerifier(workspace).verify(Progress.NONE);
            // Creating an operation opens it: the bench's own is opened again, for the grid probe opens the open one.
            new OperationService(workspace).open(operation.id());
            long bytes = 0;
            for (Source file : files) {
                bytes += Files.size(file.file());
            }
            double cpu = processCpuSeconds();
            long started = System.nanoTime();
            evidence.attach(operation.id(), files, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            log.accept(String.format(Locale.ROOT, "Attach: %.2f s, %.2f s of processor time (%s)", seconds,
                    processCpuSeconds() - cpu, load()));
            results.add(BenchResult.atLeast("attach " + screenshots + " screenshots of ~200 KB (hash, encrypt, store, record)",
                    bytes / 1e6 / seconds, "MB/s", 100));

            log.accept("Capturing " + gridCaptures + " small images for the evidence grid…");
            List<Source> small = new ArrayList<>();
            for (int i = 0; i < gridCaptures; i++) {
                small.add(Source.bytes("tile-" + i + ".png", DemoImages.noise(2_000, 50_000L + i)));
            }
            evidence.attach(operation.id(), small, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);

            log.accept("Verifying the workspace…");
            cpu = processCpuSeconds();
            EvidenceVerifier.Report report = new EvidenceVerifier(workspace).verify(Progress.NONE);
            if (!report.intact()) {
                throw new IllegalStateException("The bench workspace does not verify: " + report.problems().get(0).sentence());
            }
            log.accept(String.format(Locale.ROOT, "Verify: %.2f s, %.2f s of processor time (%s)", report.seconds(),
                    processCpuSeconds() - cpu, load()));
            results.add(BenchResult.atLeast("verify-workspace over " + report.blobs() + " blobs", report.bytes() / 1e6 / report.seconds(),
                    "MB/s", 300));
            if (!display) {
                log.accept("The evidence grid's window not measured: there is no display (run the bench under xvfb-run).");
                results.add(firstScreen(evidence, operation, gridCaptures + screenshots));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (display) {
            results.addAll(grid(workspaceFolder, passphrase, gridCaptures + screenshots));
        }
        return results;
    }

    /**
     * The evidence grid in the window, in a fresh JVM on the bench workspace (closed here first: one process at a
     * time): Ctrl+E to every visible thumbnail, made for the first time, and the longest frame while it scrolls.
     */
    private List<BenchResult> grid(Path workspace, char[] passphrase, int captures) {
        log.accept("Opening the evidence grid of " + captures + " captures in the window…");
        Path output = workspace.resolveSibling("grid-output.txt");
        Path errors = workspace.resolveSibling("grid-errors.txt");
        List<String> command = WindowJvm.command("org.leadline.ui.startup.EvidenceGridProbe", workspace.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile());
        builder.environment().put("LEADLINE_PASSPHRASE", new String(passphrase));
        String opened = "evidence grid of " + captures + " captures: Ctrl+E to every visible thumbnail, made cold";
        String scrolled = "evidence grid of " + captures + " captures: longest frame while scrolling, after a first 4 s of it";
        String[] figures;
        String printed;
        int exit;
        try {
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            exit = process.waitFor();
            printed = Files.readString(output);
            figures = printed.strip().split(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing the evidence grid", e);
        }
        if (exit == 0 && figures.length == 7 && Integer.parseInt(figures[5]) != captures) {
            String why = "the probe's grid held " + figures[5] + " captures, not the bench operation's " + captures;
            log.accept("The grid probe timed another operation: " + why + ".");
            return List.of(BenchResult.atMost(opened, Double.NaN, "ms", 500).notMeasured(why),
                    BenchResult.atMost(scrolled, Double.NaN, "ms", 50).notMeasured(why));
        }
        if (exit != 0 || figures.length != 7) {
            String why = Bench.probeFailure(exit, printed);
            try {
                log.accept("The grid probe failed (exit " + exit + "): " + Files.readString(errors).strip());
            } catch (IOException ignored) {
                // The exit code says enough.
            }
            return List.of(BenchResult.atMost(opened, Double.NaN, "ms", 500).notMeasured(why),
                    BenchResult.atMost(scrolled, Double.NaN, "ms", 50).notMeasured(why));
        }
        log.accept("Grid: first tiles after " + figures[1] + " ms; longest frame in the first 4 s of scrolling (the JIT compiling "
                + "JavaFX) " + figures[6] + " ms; then " + figures[4] + " frames, 99th percentile " + figures[3] + " ms (" + load() + ")");
        return List.of(BenchResult.atMost(opened, Double.parseDouble(figures[0]), "ms", 500),
                BenchResult.atMost(scrolled, Double.parseDouble(figures[2]), "ms", 50));
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** The machine's load when a figure was taken: on a shared machine it explains as much as the code does. */
    private static String load() {
        return String.format(Locale.ROOT, "load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
