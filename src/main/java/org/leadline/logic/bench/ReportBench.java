package org.leadline.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.reports.ReportFormat;
import org.leadline.logic.reports.ReportRequest;
import org.leadline.logic.reports.ReportService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

/**
 * The report rows (issue [6]): the PDF report of a merged operation of 300,000 leads (the demo's sixteen officers, an
 * offer for every twenty leads, sightings grouped into posts so the link chart has networks) in at most 10 s, from the request to the renamed file; the HTML alone beside it.
 */
final class ReportBench {
    private final boolean quick;
    private final Consumer<String> log;

    ReportBench(boolean quick, Consumer<String> log) {
        this.quick = quick;
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) {
        int leads = quick ? 30_000 : 300_000;
        List<BenchResult> results = new ArrayList<>();
        try (Workspace workspace = Workspace.create(folder, passphrase, new NewOfficer("Bench Officer", "Bench", "FR"), Clock.systemUTC())) {
            Operation operation = new OperationService(workspace).create("Report bench", null, "FR", null, null);
            log.accept("Writing " + leads + " demo leads of sixteen officers for the report…");
            DemoService demo = new DemoService(workspace);
            demo.fill(operation.id(), leads, 11, Progress.NONE);
            demo.fillOffers(operation.id(), DemoService.offersFor(leads), 11, Progress.NONE);
            demo.groupIntoPosts(operation.id(), 11, Progress.NONE);
            ReportService reports = new ReportService(workspace);
            // A first, unmeasured run loads the fonts and warms the layout code, as the second report of a session would find it.
            write(reports, operation, ReportFormat.PDF, folder.resolve("warm.pdf"));
            double pdf = write(reports, operation, ReportFormat.PDF, folder.resolve("report.pdf"));
            results.add(BenchResult.atMost("PDF report of a merged operation of " + leads + " leads", pdf, "s", 10));
            double html = write(reports, operation, ReportFormat.HTML, folder.resolve("report.html"));
            results.add(BenchResult.atMost("HTML report of a merged operation of " + leads + " leads", html, "s", 10));
        }
        return results;
    }

    private double write(ReportService reports, Operation operation, ReportFormat format, Path file) {
        long started = System.nanoTime();
        reports.write(new ReportRequest(operation.id(), format, HandlingLabel.AMBER, false, null), file, Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            log.accept(String.format(java.util.Locale.ROOT, "%s report: %.2f s, %,d bytes", format.wireName(), seconds, Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seconds;
    }
}
