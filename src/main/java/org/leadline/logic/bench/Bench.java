package org.leadline.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.PasteService;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.selectors.SelectorBenchmarks;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;

/**
 * The performance benchmarks: a temporary workspace filled with demo data, then the figures the issues set targets
 * for. Run by the {@code bench} command, never by unit tests (timings on a shared CI machine are not assertions).
 */
public final class Bench {
    private static final char[] PASSPHRASE = "bench-passphrase-not-secret".toCharArray();
    private final boolean quick;
    private final Set<Group> groups;
    private final Consumer<String> log;

    /** The benchmarks in groups, each in workspaces of its own, so that one group can run alone. */
    public enum Group {
        SELECTORS, LEADS, EVIDENCE, PACKAGES, DASHBOARD, REPORTS, LINKS, TRAINING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Bench(boolean quick, Consumer<String> log) {
        this(quick, EnumSet.allOf(Group.class), log);
    }

    public Bench(boolean quick, Set<Group> groups, Consumer<String> log) {
        this.quick = quick;
        this.groups = EnumSet.copyOf(groups);
        this.log = log;
    }

    public List<BenchResult> run() {
        List<BenchResult> results = new ArrayList<>();
        if (groups.contains(Group.SELECTORS)) {
            results.addAll(selectors());
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("leadline-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (groups.contains(Group.LEADS)) {
                results.addAll(leads(folder));
            }
            if (groups.contains(Group.EVIDENCE)) {
                results.addAll(new EvidenceBench(quick, log).run(folder.resolve("evidence-bench"), PASSPHRASE));
                finishGroup(folder.resolve("evidence-bench"));
            }
            if (groups.contains(Group.PACKAGES)) {
                results.addAll(new PackageBench(quick, log).run(folder.resolve("package-bench"), PASSPHRASE));
            }
            if (groups.contains(Group.DASHBOARD)) {
                results.addAll(new DashboardBench(quick, log).run(folder.resolve("dashboard-bench"), PASSPHRASE));
                finishGroup(folder.resolve("dashboard-bench"));
            }
            if (groups.contains(Group.REPORTS)) {
                results.addAll(new ReportBench(quick, log).run(folder.resolve("report-bench"), PASSPHRASE));
                finishGroup(folder.resolve("report-bench"));
            }
            if (groups.contains(Group.LINKS)) {
                results.addAll(new LinksBench(log).run(folder.resolve("links-bench"), PASSPHRASE));
            }
            if (groups.contains(Group.TRAINING)) {
                try {
                    results.addAll(new TrainingBench(quick, log).run(folder.resolve("training-bench"), PASSPHRASE));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } finally {
            if (keep()) {
                log.accept("Kept the bench's workspaces and packages in " + folder);
            } else {
                deleteQuietly(folder);
            }
        }
        return results;
    }

    /** A million demo leads (100,000 quick) in the bench workspace: writing, finding, sorting, its size and cold start. */
    private List<BenchResult> leads(Path folder) {
        List<BenchResult> results = new ArrayList<>();
        int leads = quick ? 100_000 : 1_000_000;
        Operation operation;
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE, new NewOfficer("Bench Officer", "Bench", "FR"),
                Clock.systemUTC())) {
            operation = new OperationService(workspace).create("Bench", null, "FR", null, null);
            log.accept("Writing " + leads + " demo leads…");
            long started = System.nanoTime();
            new DemoService(workspace).fill(operation.id(), leads, 7, Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            results.add(BenchResult.atLeast("bulk insert (demo) at " + leads + " leads", leads / seconds, "leads/s", 50_000));
            logEngineCeiling(leads / seconds);
            LeadService service = new LeadService(workspace);
            results.add(exactLookup(service, operation));
            results.add(textSearch(service, operation));
            results.add(pastePreview(workspace, operation));
            results.addAll(sorts(service, operation));
            results.addAll(routeAggregation(workspace, operation));
        }
        results.add(sizeAfterClose(folder));
        results.addAll(coldStart(folder));
        return results;
    }

    /**
     * H2's own write rate on the lead table's schema, measured after the fill so the two compare like with like (same
     * JIT, same machine load): what the bulk-insert row could reach at best.
     */
    private void logEngineCeiling(double leadsPerSecond) {
        int rows = quick ? 50_000 : 200_000;
        log.accept("Measuring H2's own write ceiling on the lead table (" + rows + " rows)…");
        double ceiling = EngineCeiling.rowsPerSecond(rows, true);
        double unindexed = EngineCeiling.rowsPerSecond(rows, false);
        log.accept(String.format(Locale.ROOT, "H2's ceiling, same run: %.0f rows/s into lead_entity alone (the workspace schema, "
                + "plain JDBC, no encryption, %d rows a transaction), %.0f rows/s with its primary key only; the bulk insert "
                + "wrote %.0f leads/s, each also a lead record, a sighting and search terms.", ceiling,
                EngineCeiling.ROWS_PER_TRANSACTION, unindexed, leadsPerSecond));
    }

    /** Extraction and normalisation on a synthetic multilingual corpus (issue [2]). */
    private List<BenchResult> selectors() {
        log.accept("Measuring selector extraction and normalisation…");
        String corpus = SelectorBenchmarks.syntheticPosts(quick ? 2_000_000 : 10_000_000, 5);
        List<String> values = SelectorBenchmarks.syntheticValues(quick ? 100_000 : 500_000, 5);
        double extraction = SelectorBenchmarks.extractionMegabytesPerSecond(corpus, 3);
        double normalisation = SelectorBenchmarks.normalisationsPerSecond(values, 3);
        return List.of(BenchResult.atLeast("selector extraction from post text", extraction, "MB/s", 5),
                BenchResult.atLeast("selector normalisation", normalisation, "values/s", 100_000));
    }

    private BenchResult exactLookup(LeadService service, Operation operation) {
        List<LeadSummary> sample = service.page(LeadQuery.firstPage(operation.id(), 2_000).sortedBy(LeadSort.VALUE, false));
        SplittableRandom random = new SplittableRandom(1);
        double[] millis = new double[500];
        for (int i = 0; i < millis.length; i++) {
            LeadSummary wanted = sample.get(random.nextInt(sample.size()));
            long started = System.nanoTime();
            service.find(operation.id(), wanted.kind(), wanted.canonical()).orElseThrow();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return BenchResult.atMost("exact lookup of a canonical value, p95", p95(millis), "ms", 5);
    }

    /** A 50 KB chat export pasted: every selector found and looked up in the operation (the paste dialog's list). */
    private BenchResult pastePreview(Workspace workspace, Operation operation) {
        String export = SelectorBenchmarks.syntheticPosts(50_000, 11);
        PasteService paste = new PasteService(workspace);
        double[] millis = new double[10];
        paste.preview(operation.id(), export);
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            paste.preview(operation.id(), export);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return BenchResult.atMost("paste preview of a 50 KB chat export, p95", p95(millis), "ms", 300);
    }

    private BenchResult textSearch(LeadService service, Operation operation) {
        String[] queries = {"ahmed", "trips", "passage", "21891", "libya", "europe-visa", "boat", "omar", "gmail", "docs",
                "karim", "+3361", "instagram", "telegram", "tarek", "express"};
        double[] millis = new double[queries.length * 10];
        for (int i = 0; i < millis.length; i++) {
            LeadQuery query = LeadQuery.firstPage(operation.id(), 50).withFilters(null, null, null, queries[i % queries.length]);
            long started = System.nanoTime();
            service.page(query);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return BenchResult.atMost("free-text search, first 50 results, p95", p95(millis), "ms", 50);
    }

    /** Every sort in both directions and each filter: the slowest first page counts. */
    private List<BenchResult> sorts(LeadService service, Operation operation) {
        double worst = 0;
        String worstName = "";
        List<LeadQuery> queries = new ArrayList<>();
        for (LeadSort sort : LeadSort.values()) {
            queries.add(LeadQuery.firstPage(operation.id(), 50).sortedBy(sort, false));
            queries.add(LeadQuery.firstPage(operation.id(), 50).sortedBy(sort, true));
        }
        for (LeadKind kind : LeadKind.values()) {
            queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(kind, null, null, null));
        }
        queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(null, org.leadline.model.Category.POSSIBLE_FACILITATOR, null, null));
        queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(null, null, "urgent", null));
        for (LeadQuery query : queries) {
            service.page(query);
            long started = System.nanoTime();
            List<LeadSummary> page = service.page(query);
            if (!page.isEmpty()) {
                service.page(query.after(page.get(page.size() - 1)));
            }
            double millis = (System.nanoTime() - started) / 1e6 / 2;
            if (millis > worst) {
                worst = millis;
                worstName = query.sort() + (query.reversed() ? " reversed" : "")
                        + (query.kind() != null ? " kind=" + query.kind().wireName() : "")
                        + (query.category() != null ? " category" : "") + (query.tag() != null ? " tag" : "");
            }
        }
        log.accept("Slowest lead table page: " + worstName);
        return List.of(BenchResult.atMost("sort or filter the lead table, first page (worst: " + worstName + ")", worst, "ms", 150));
    }

    /** 100,000 demo offers, then the route aggregation of stats and the route view, in the database (issue [4]). */
    private List<BenchResult> routeAggregation(Workspace workspace, Operation operation) {
        int count = 100_000;
        log.accept("Writing " + count + " demo offers…");
        long started = System.nanoTime();
        new DemoService(workspace).fillOffers(operation.id(), count, 7, Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        OfferService offers = new OfferService(workspace);
        offers.routes(operation.id());
        double[] millis = new double[10];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            offers.routes(operation.id());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        // What the route view and the map load: the routes and each route's end points on the map (country centres
        // from the Natural Earth outlines, read once per process, warmed up here as the window's first open would).
        org.leadline.logic.places.MapPoints.country("LY");
        double[] views = new double[10];
        double[] pages = new double[10];
        offers.page(operation.id(), null, 201);
        for (int i = 0; i < views.length; i++) {
            long start = System.nanoTime();
            List<org.leadline.model.RouteAggregate> routes = offers.routes(operation.id());
            for (org.leadline.model.RouteAggregate route : routes) {
                org.leadline.logic.places.MapPoints.country(route.from());
                org.leadline.logic.places.MapPoints.country(route.to());
            }
            views[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            offers.page(operation.id(), null, 201);
            pages[i] = (System.nanoTime() - start) / 1e6;
        }
        return List.of(BenchResult.atLeast("bulk insert (demo) at " + count + " offers", count / seconds, "offers/s", 10_000),
                BenchResult.atMost("route aggregation of " + count + " offers (count, min/median/max EUR, platforms, per day), p95",
                        p95(millis), "ms", 300),
                BenchResult.atMost("route view and map data for " + count + " offers (routes and arrow end points), p95",
                        p95(views), "ms", 300),
                BenchResult.atMost("offers table, first page of 200 at " + count + " offers, p95", p95(pages), "ms", 300));
    }

    private BenchResult sizeAfterClose(Path folder) {
        long closed = folderSize(folder.resolve("db"));
        try (Workspace workspace = Workspace.open(folder, PASSPHRASE, Clock.systemUTC())) {
            workspace.jdbi().useHandle(handle -> handle.execute("SHUTDOWN COMPACT"));
        } catch (RuntimeException alreadyClosedBySutdown) {
            // SHUTDOWN COMPACT closes the database under the pool; closing the workspace then has nothing to flush.
        }
        long compacted = folderSize(folder.resolve("db"));
        return BenchResult.atMost("workspace size after close / after SHUTDOWN COMPACT", (double) closed / compacted, "ratio", 3)
                .withBaseline(compacted / 1e6);
    }

    /**
     * Cold start in fresh JVMs, the median of three: an empty JavaFX window (the baseline) and the app unlocked on
     * the bench workspace with its first page of leads. Needs a display (run under xvfb-run on a server).
     */
    private List<BenchResult> coldStart(Path folder) {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            log.accept("Cold start not measured: there is no display (run the bench under xvfb-run).");
            return List.of();
        }
        log.accept("Measuring cold start…");
        double empty = medianOfThree("empty");
        double app = medianOfThree("app", folder.toString());
        return List.of(
                BenchResult.atMost("cold start to an unlocked main window with its first page", app, "ms", 1_500),
                BenchResult.atMost("cold start compared with an empty JavaFX window", app / empty, "ratio", 2).withBaseline(empty));
    }

    private static double medianOfThree(String... probeArguments) {
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = probe(probeArguments);
        }
        Arrays.sort(runs);
        return runs[1];
    }

    private static double probe(String... probeArguments) {
        List<String> command = WindowJvm.command("org.leadline.ui.startup.StartupProbe", probeArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LEADLINE_PASSPHRASE", new String(PASSPHRASE));
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("The start-up probe failed (exit " + process.exitValue() + ").");
            }
            return Double.parseDouble(out.lines().reduce((first, last) -> last).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring start-up", e);
        }
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static long folderSize(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why a probe in a child JVM gave no figure: its exit code, or, when it exited normally, that it printed something
     * other than its figures (a JVM option that writes to standard output, say).
     */
    static String probeFailure(int exit, String printed) {
        return exit != 0 ? "the probe failed with exit " + exit
                : "the probe printed no figures (it printed '" + abbreviated(printed.strip()) + "')";
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** -Dleadline.bench.keep=true leaves the workspaces and packages for a profiler to run against again. */
    static boolean keep() {
        return Boolean.getBoolean("leadline.bench.keep");
    }

    /** A group's workspace is removed as soon as its rows are measured (they are large), unless the bench keeps them. */
    static void finishGroup(Path groupFolder) {
        if (!keep()) {
            deleteQuietly(groupFolder);
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
