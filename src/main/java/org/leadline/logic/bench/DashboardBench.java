package org.leadline.logic.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.picture.PictureService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadQuery;

/**
 * Issue [6]'s figure, in a workspace of its own: the operation picture (every counter, chart and the sightings
 * timeline) of a merged operation of 300,000 leads from sixteen officers, first after the workspace is opened again
 * (what the dashboard's first open costs) and then warm; and the first page of the lead table behind each tile.
 */
final class DashboardBench {
    private final boolean quick;
    private final Consumer<String> log;

    DashboardBench(boolean quick, Consumer<String> log) {
        this.quick = quick;
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) {
        int leads = quick ? 100_000 : 300_000;
        UUID operation;
        try (Workspace workspace = Workspace.create(folder, passphrase, new NewOfficer("Bench Team Lead", "Bench", "FR"),
                Clock.systemUTC())) {
            operation = new OperationService(workspace).create("Bench merged", null, "FR", null, null).id();
            log.accept("Writing " + leads + " demo leads of sixteen officers and their offers…");
            DemoService demo = new DemoService(workspace);
            demo.fill(operation, leads, 11, Progress.NONE);
            demo.fillOffers(operation, DemoService.offersFor(leads), 11, Progress.NONE);
        }
        List<BenchResult> results = new ArrayList<>();
        try (Workspace workspace = Workspace.open(folder, passphrase, Clock.systemUTC())) {
            PictureService pictures = new PictureService(workspace);
            long started = System.nanoTime();
            OperationPicture picture = pictures.picture(operation);
            double first = (System.nanoTime() - started) / 1e6;
            double[] warm = new double[5];
            for (int i = 0; i < warm.length; i++) {
                long start = System.nanoTime();
                pictures.picture(operation);
                warm[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(warm);
            // The table behind each tile: its first page, as a click on the tile loads it.
            LeadService service = new LeadService(workspace);
            double slowestPage = 0;
            String slowestTile = "";
            for (OperationPicture.Tile tile : picture.tiles()) {
                if (tile.scope() == null) {
                    continue;
                }
                long start = System.nanoTime();
                service.page(LeadQuery.firstPage(operation, 200).withScope(tile.scope()));
                double millis = (System.nanoTime() - start) / 1e6;
                if (millis > slowestPage) {
                    slowestPage = millis;
                    slowestTile = tile.name();
                }
            }
            results.add(BenchResult.atMost("operation picture of a merged operation of " + leads + " leads, first after opening",
                    first, "ms", 1_000));
            results.add(BenchResult.atMost("operation picture of " + leads + " leads, warm, median of 5", warm[2], "ms", 1_000));
            results.add(BenchResult.atMost("lead table behind a tile at " + leads + " leads, first page, slowest tile ("
                    + slowestTile + ")", slowestPage, "ms", 1_000));
        }
        return results;
    }
}
