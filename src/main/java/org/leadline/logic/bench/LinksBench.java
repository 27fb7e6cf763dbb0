package org.leadline.logic.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.links.ForceLayout;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

/**
 * The link chart's rows (issue [6]): a demo day of 5,000 leads whose sightings are grouped into posts, its chart read
 * and clustered, laid out (target ≤ 3 s), and the longest frame of the chart window while it pans (≤ 50 ms), measured
 * on real pulses in a fresh JVM with a display.
 */
final class LinksBench {
    static final int LEADS = 5_000;
    private static final int RUNS = 3;
    private static final int PROBE_TIMEOUT_MINUTES = 10;
    private final Consumer<String> log;

    LinksBench(Consumer<String> log) {
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) {
        List<BenchResult> results = new ArrayList<>();
        try (Workspace workspace = Workspace.create(folder, passphrase, new NewOfficer("Bench Officer", "Bench", "FR"), Clock.systemUTC())) {
            Operation operation = new OperationService(workspace).create("Links bench", null, "FR", null, null);
            log.accept("Writing " + LEADS + " demo leads and their posts…");
            DemoService demo = new DemoService(workspace);
            demo.fill(operation.id(), LEADS, 7, Progress.NONE);
            demo.fillOffers(operation.id(), DemoService.offersFor(LEADS), 7, Progress.NONE);
            demo.groupIntoPosts(operation.id(), 7, Progress.NONE);
            LinkService links = new LinkService(workspace);
            // The best of a few runs: the first pays for class loading and the JIT, as a chart opened twice would not.
            double readSeconds = Double.MAX_VALUE;
            double layoutSeconds = Double.MAX_VALUE;
            LinkGraph graph = null;
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                graph = links.graph(operation.id());
                readSeconds = Math.min(readSeconds, (System.nanoTime() - started) / 1e9);
                started = System.nanoTime();
                ForceLayout.layout(graph, Progress.NONE);
                layoutSeconds = Math.min(layoutSeconds, (System.nanoTime() - started) / 1e9);
            }
            log.accept(String.format("Link chart: %,d leads, %,d links, %,d networks; read %.2f s, laid out %.2f s", graph.size(),
                    graph.edges().size(), graph.networks().size(), readSeconds, layoutSeconds));
            results.add(BenchResult.atMost("link chart of " + graph.size() + " leads (" + graph.edges().size()
                    + " links): force layout", layoutSeconds, "s", 3));
            results.add(BenchResult.atMost("link chart of " + graph.size() + " leads: read from the database and clustered",
                    readSeconds, "s", 3));
        }
        results.addAll(framesWhilePanning(folder, passphrase));
        return results;
    }

    private List<BenchResult> framesWhilePanning(Path folder, char[] passphrase) {
        String name = "longest frame of the link chart of " + LEADS + " leads while panning";
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            log.accept("Link chart frames not measured: there is no display (run the bench under xvfb-run).");
            return List.of();
        }
        log.accept("Timing the link chart's frames while it pans…");
        List<String> command = WindowJvm.command("org.leadline.ui.links.LinkChartFrameProbe", folder.toString());
        Path output = folder.resolveSibling("links-frames-output.txt");
        Path errors = folder.resolveSibling("links-frames-errors.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile()).redirectOutput(output.toFile());
        builder.environment().put("LEADLINE_PASSPHRASE", new String(passphrase));
        int exit = PackageBench.run(builder, PROBE_TIMEOUT_MINUTES);
        String printed = PackageBench.readQuietly(output);
        String[] figures = printed.strip().split(" ");
        if (exit != 0 || figures.length != 4) {
            log.accept("The link chart frame probe failed (exit " + exit + "): " + PackageBench.readQuietly(errors).strip());
            return List.of(BenchResult.atMost(name, Double.NaN, "ms", 50).notMeasured(Bench.probeFailure(exit, printed)));
        }
        log.accept("Link chart frames while panning: " + figures[1] + ", the longest " + figures[0] + " ms (drawing at most "
                + figures[2] + " ms); the same sweep with the chart hidden: the longest " + figures[3] + " ms. "
                + PackageBench.readQuietly(errors).lines().filter(line -> line.startsWith("median")).toList());
        // The baseline is the longest frame of the same window with nothing drawn, measured right after: on a loaded
        // machine it says how much of the figure is the machine's.
        return List.of(BenchResult.atMost(name, Double.parseDouble(figures[0]), "ms", 50).withBaseline(Double.parseDouble(figures[3])));
    }
}
