package org.leadline.logic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadline.logic.demo.DemoImages;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Ids;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSummary;

/**
 * The package figures of issue [5], in workspaces of their own: officers' days (their own demo leads and ~200 KB
 * screenshots) exported, verified and merged by a team lead, the ratios against tools measured in the same run.
 *
 * <p>Every officer is a real workspace (its own key and key derivation), filled by the demo generator with its own
 * seed, so the officers meet on some selectors as on a real day; the screenshots are one set of noise images drawn
 * once and told apart per officer by a PNG text chunk (drawing 15,000 would take longer than the rest of the bench).
 */
final class PackageBench {
    /** Screenshots per attach call, all on one lead: an officer attaches a post's screenshots together. */
    private static final int SCREENSHOTS_PER_LEAD = 20;
    private static final String[] COUNTRIES = {"FR", "IT", "ES", "DE", "NL", "BE", "GR", "AT", "PT", "PL", "SE", "CZ", "HR", "RO", "BG"};
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");
    private static final int MERGE_HEAP_MB = 512;
    /** Packages imported while the window's frames are timed: enough for every phase of an import, several times. */
    private static final int FRAME_PACKAGES = 3;
    /** A window that never shows its first page must not hold the bench forever. */
    private static final int PROBE_TIMEOUT_MINUTES = 30;

    private final boolean quick;
    private final Consumer<String> log;

    PackageBench(boolean quick, Consumer<String> log) {
        this.quick = quick;
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) {
        // Other scales for finding where the time goes, e.g. -Dleadline.bench.packageOfficers=5
        int leads = Integer.getInteger("leadline.bench.packageLeads", quick ? 2_000 : 20_000);
        int images = Integer.getInteger("leadline.bench.packageImages", quick ? 100 : 1_000);
        int officers = Integer.getInteger("leadline.bench.packageOfficers", quick ? 3 : 15);
        List<BenchResult> results = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            log.accept("Drawing " + images + " screenshots of ~200 KB for the officers' packages…");
            List<Path> screenshots = EvidenceBench.writeScreenshots(folder.resolve("screenshots"), images, 90_000).stream()
                    .map(Source::file).toList();
            UUID operation = Ids.newId();
            List<PackageExporter.ExportResult> packages = new ArrayList<>();
            Path measured = folder.resolve("measured.leadpack");
            Path plain = folder.resolve("plain-evidence");
            double exportSeconds = 0;
            for (int i = 0; i < officers; i++) {
                long started = System.nanoTime();
                Path desk = folder.resolve("officer-" + (i + 1));
                try (Workspace workspace = Workspace.create(desk, passphrase,
                        new NewOfficer("Bench Officer " + (i + 1), "Bench", COUNTRIES[i % COUNTRIES.length]), Clock.systemUTC())) {
                    new OperationService(workspace).create("Package bench", operation, COUNTRIES[i % COUNTRIES.length], null, null);
                    new DemoService(workspace).fillOwn(operation, leads, 500L + i, Progress.NONE);
                    attach(workspace, operation, screenshots, i);
                    double filled = (System.nanoTime() - started) / 1e9;
                    packages.add(new PackageExporter(workspace).export(operation, PackageKind.OFFICER,
                            folder.resolve("officer-" + (i + 1) + ".leadpack"), Progress.NONE));
                    log.accept("Officer " + (i + 1) + " of " + officers + ": " + leads + " leads and " + images
                            + " screenshots in " + String.format("%.1f", filled) + " s, exported in "
                            + String.format("%.1f", (System.nanoTime() - started) / 1e9 - filled) + " s");
                    if (i == officers - 1) {
                        // Measured on the last officer, once the exports before have compiled the hot loops.
                        long start = System.nanoTime();
                        new PackageExporter(workspace).export(operation, PackageKind.OFFICER, measured, Progress.NONE);
                        exportSeconds = (System.nanoTime() - start) / 1e9;
                        writePlain(workspace, screenshots.size(), plain);
                    }
                }
                Bench.deleteQuietly(desk);
            }
            long packageBytes = Files.size(measured);
            results.add(BenchResult.atLeast("package export (" + leads + " leads, " + images + " screenshots of ~200 KB)",
                    packageBytes / 1e6 / exportSeconds, "MB/s", 300));
            results.add(exportAgainstTools(folder, plain, exportSeconds));

            Path lead = folder.resolve("team-lead");
            try (Workspace workspace = Workspace.create(lead, passphrase, new NewOfficer("Bench Team Lead", "Bench", "FR"),
                    Clock.systemUTC())) {
                TrustService trust = new TrustService(workspace);
                for (PackageExporter.ExportResult pack : packages) {
                    trust.addFromPackage(pack.fingerprint(), pack.file());
                }
                results.add(verifyAgainstSha256sum(workspace, measured));
            }
            Bench.deleteQuietly(plain);
            results.addAll(merge(lead, passphrase, packages, folder.resolve("merge-gc.log")));
            results.addAll(framesWhileImporting(folder.resolve("team-lead-window"), passphrase, operation,
                    packages.subList(0, Math.min(FRAME_PACKAGES, packages.size()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** The officer's screenshots, made theirs by a label, twenty to a lead on the officer's first leads. */
    private static void attach(Workspace workspace, UUID operation, List<Path> screenshots, int officer) throws IOException {
        int targets = (screenshots.size() + SCREENSHOTS_PER_LEAD - 1) / SCREENSHOTS_PER_LEAD;
        List<LeadSummary> leads = new LeadService(workspace).page(LeadQuery.firstPage(operation, targets));
        EvidenceService evidence = new EvidenceService(workspace);
        for (int t = 0; t < targets; t++) {
            List<Source> batch = new ArrayList<>();
            for (int i = t * SCREENSHOTS_PER_LEAD; i < Math.min(screenshots.size(), (t + 1) * SCREENSHOTS_PER_LEAD); i++) {
                byte[] png = DemoImages.labelled(Files.readAllBytes(screenshots.get(i)), "officer " + (officer + 1) + " shot " + i);
                batch.add(Source.bytes("post-" + (i + 1) + ".png", png));
            }
            evidence.attach(operation, batch, Context.plain(), List.of(Target.lead(leads.get(t % leads.size()).id())), Progress.NONE);
        }
    }

    /** The officer's evidence as plain files, what the tools of the baseline read. */
    private static void writePlain(Workspace workspace, int expected, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> shas = workspace.jdbi().withHandle(handle -> handle.createQuery("SELECT DISTINCT sha256 FROM capture")
                .mapTo(String.class).list());
        if (shas.size() != expected) {
            throw new IllegalStateException("The bench officer holds " + shas.size() + " screenshots, not " + expected + ".");
        }
        for (String sha : shas) {
            try (InputStream in = workspace.evidence().open(sha)) {
                Files.copy(in, folder.resolve(sha + ".png"));
            }
        }
    }

    /** The export against storing the same files in a ZIP and hashing them with the system's tools, one after the other. */
    private BenchResult exportAgainstTools(Path folder, Path plain, double exportSeconds) throws IOException {
        BenchResult row = BenchResult.atMost("package export / (zip -0 -r + sha256sum over the same evidence files)", Double.NaN,
                "ratio", 0.5);
        String missing = missingTool("zip", "sha256sum");
        if (missing != null) {
            return row.notMeasured(missing + " is not installed");
        }
        List<String> files = listFiles(plain);
        Path zip = folder.resolve("baseline.zip");
        // The files were just written: the page cache holds them, as it holds the workspace's blobs for the export.
        double zipSeconds = timed(folder, List.of("zip", "-0", "-r", "-q", zip.toString(), plain.getFileName().toString()));
        Files.delete(zip);
        List<String> sha256sum = new ArrayList<>(List.of("sha256sum"));
        sha256sum.addAll(files);
        double shaSeconds = timed(plain, sha256sum);
        double baseline = zipSeconds + shaSeconds;
        log.accept(String.format("Baseline: zip -0 -r %.2f s, sha256sum %.2f s; export %.2f s", zipSeconds, shaSeconds, exportSeconds));
        return BenchResult.atMost(row.name(), exportSeconds / baseline, "ratio", 0.5).withBaseline(baseline);
    }

    private BenchResult verifyAgainstSha256sum(Workspace workspace, Path pack) {
        BenchResult row = BenchResult.atMost("package verify / sha256sum over the package file", Double.NaN, "ratio", 1.0);
        PackageVerifier verifier = new PackageVerifier(workspace);
        verifier.verify(pack, Progress.NONE);
        long started = System.nanoTime();
        verifier.verify(pack, Progress.NONE);
        double verifySeconds = (System.nanoTime() - started) / 1e9;
        String missing = missingTool("sha256sum");
        if (missing != null) {
            return row.notMeasured(missing + " is not installed");
        }
        List<String> command = List.of("sha256sum", pack.toString());
        timed(pack.getParent(), command);
        double shaSeconds = timed(pack.getParent(), command);
        log.accept(String.format("Verify %.2f s, sha256sum %.2f s", verifySeconds, shaSeconds));
        return BenchResult.atMost(row.name(), verifySeconds / shaSeconds, "ratio", 1.0).withBaseline(shaSeconds);
    }

    /**
     * The team lead's merge as an officer runs it: the {@code import} command in a fresh JVM capped at 512 MB of heap,
     * timed from its start to its exit (start-up and unlock included). The heap figure is the largest heap in use
     * after any collection (what the merge holds, not garbage not yet collected), from the JVM's own GC log.
     */
    private List<BenchResult> merge(Path lead, char[] passphrase, List<PackageExporter.ExportResult> packages, Path gcLog) {
        String name = "merge " + packages.size() + " officer packages into one workspace (import command";
        log.accept("Merging " + packages.size() + " officer packages in a JVM of -Xmx" + MERGE_HEAP_MB + "m…");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + MERGE_HEAP_MB + "m", "-Xlog:gc:file=" + gcLog, "-Xlog:gc+heap+exit:file=" + gcLog + ".exit"));
        command.addAll(extraOptions("leadline.bench.mergeJvmOptions"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.leadline.Launcher", "--workspace", lead.toString(),
                "import"));
        packages.forEach(pack -> command.add(pack.file().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(lead.resolveSibling("merge-output.txt").toFile());
        builder.environment().put("LEADLINE_PASSPHRASE", new String(passphrase));
        long started = System.nanoTime();
        int exit = run(builder);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            String output = readQuietly(lead.resolveSibling("merge-output.txt"));
            log.accept("The merge failed (exit " + exit + "): " + output.lines().reduce((a, b) -> b).orElse(""));
            return List.of(new BenchResult(name + ", failed with exit " + exit + ")", seconds, "s", "≤ 60", false, null));
        }
        HeapFigures heap = heapFigures(readQuietly(gcLog), readQuietly(Path.of(gcLog + ".exit")));
        log.accept(String.format("Merge: %.1f s; live heap at most %.0f MB (after %s); %d collections, %d of them full, "
                        + "%.1f s paused, the longest pause %.0f ms", seconds, heap.liveMb(),
                heap.fromFullCollections() ? "full collections" : "any collection", heap.collections(), heap.fullCollections(),
                heap.pausedSeconds(), heap.longestPauseMs()));
        return List.of(BenchResult.atMost(name + ", -Xmx" + MERGE_HEAP_MB + "m)", seconds, "s", 60),
                BenchResult.atMost(name + "): peak live heap", heap.liveMb(), "MB", MERGE_HEAP_MB));
    }

    /**
     * The longest frame of the main window (on a fresh team lead's workspace) while packages are verified and imported
     * in the background, in a fresh JVM. Needs a display, as the cold start does (run the bench under xvfb-run).
     */
    private List<BenchResult> framesWhileImporting(Path lead, char[] passphrase, UUID operation,
                                                   List<PackageExporter.ExportResult> packages) {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            log.accept("Frames during an import not measured: there is no display (run the bench under xvfb-run).");
            return List.of();
        }
        try (Workspace workspace = Workspace.create(lead, passphrase, new NewOfficer("Bench Team Lead", "Bench", "FR"),
                Clock.systemUTC())) {
            // The team lead made the operation and handed its id out: the window opens on it, empty, before the import.
            new OperationService(workspace).create("Package bench", operation, "FR", null, null);
            TrustService trust = new TrustService(workspace);
            packages.forEach(pack -> trust.addFromPackage(pack.fingerprint(), pack.file()));
        }
        log.accept("Timing the window's frames while " + packages.size() + " packages are imported…");
        List<String> command = new ArrayList<>(WindowJvm.command("org.leadline.ui.startup.ImportFrameProbe", lead.toString()));
        packages.forEach(pack -> command.add(pack.file().toString()));
        Path output = lead.resolveSibling("frames-output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(lead.resolveSibling("frames-errors.txt").toFile())
                .redirectOutput(output.toFile());
        builder.environment().put("LEADLINE_PASSPHRASE", new String(passphrase));
        int exit = run(builder, PROBE_TIMEOUT_MINUTES);
        String printed = readQuietly(output);
        String[] figures = printed.strip().split(" ");
        String name = "longest frame of the main window while " + packages.size() + " packages are imported";
        if (exit != 0 || figures.length != 2) {
            log.accept("The frame probe failed (exit " + exit + "): " + readQuietly(lead.resolveSibling("frames-errors.txt")).strip());
            return List.of(BenchResult.atMost(name, Double.NaN, "ms", 100).notMeasured(Bench.probeFailure(exit, printed)));
        }
        log.accept("Frames while importing: " + figures[1] + ", the longest " + figures[0] + " ms");
        return List.of(BenchResult.atMost(name, Double.parseDouble(figures[0]), "ms", 100));
    }

    /** What the merge JVM's GC log says: the heap it held and what collecting cost it. */
    record HeapFigures(double liveMb, boolean fromFullCollections, int collections, int fullCollections, double pausedSeconds,
                       double longestPauseMs) {
    }

    /**
     * The live heap: the largest heap in use after a full collection (which leaves only what is reachable); without
     * one, the largest after any collection (an upper bound, old garbage included), or the heap at exit when nothing
     * was collected. A young collection of a full heap frees nothing ("510M->510M") and says nothing about live data.
     */
    static HeapFigures heapFigures(String gcLog, String atExit) {
        double afterFull = 0;
        double afterAny = 0;
        int collections = 0;
        int full = 0;
        double paused = 0;
        double longest = 0;
        for (String line : gcLog.split("\n")) {
            Matcher gc = GC_LINE.matcher(line);
            if (!gc.find()) {
                continue;
            }
            collections++;
            double after = Double.parseDouble(gc.group(2));
            afterAny = Math.max(afterAny, after);
            if (line.contains("Pause Full")) {
                full++;
                afterFull = Math.max(afterFull, after);
            }
            double millis = Double.parseDouble(gc.group(4));
            paused += millis / 1000;
            longest = Math.max(longest, millis);
        }
        double live = full > 0 ? afterFull : afterAny;
        Matcher exit = HEAP_AT_EXIT.matcher(atExit);
        if (collections == 0 && exit.find()) {
            live = Double.parseDouble(exit.group(1)) / 1024;
        }
        return new HeapFigures(live, full > 0, collections, full, paused, longest);
    }

    /** Options for a child JVM from a system property, for profiling it: e.g. -XX:StartFlightRecording=filename=merge.jfr */
    static List<String> extraOptions(String property) {
        String extra = System.getProperty(property, "");
        return extra.isBlank() ? List.of() : List.of(extra.strip().split("\\s+"));
    }

    private static String missingTool(String... tools) {
        for (String tool : tools) {
            boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
            if (!found) {
                return tool;
            }
        }
        return null;
    }

    private static List<String> listFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs a tool in a folder, its output discarded, and returns its wall time in seconds. */
    private static double timed(Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        int exit = run(builder);
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " failed with exit " + exit + ".");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static int run(ProcessBuilder builder) {
        return run(builder, 0);
    }

    /** Runs a process to its end, or kills it after the given minutes (0: no limit) and returns -1. */
    static int run(ProcessBuilder builder, int timeoutMinutes) {
        try {
            Process process = builder.start();
            if (timeoutMinutes <= 0) {
                return process.waitFor();
            }
            if (!process.waitFor(timeoutMinutes, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a bench tool ran", e);
        }
    }

    static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
