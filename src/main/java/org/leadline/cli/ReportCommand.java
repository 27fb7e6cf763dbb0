package org.leadline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.reports.ReportFormat;
import org.leadline.logic.reports.ReportRequest;
import org.leadline.logic.reports.ReportService;
import org.leadline.logic.reports.ReportService.ReportResult;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true, description = {"Write the operation's report.",
        "pdf and html: the counters, charts, routes and prices, the most seen leads and an annex per country (lists bounded,",
        "  the report says where). csv: a ZIP of one CSV file per record type (report, officers, leads, offers, routes,",
        "  documents), every row. stix: a STIX 2.1 bundle (agencies, observables, indicators, TLP 2.0 marking).",
        "graphml: the link chart for i2 Analyst's Notebook, Maltego or Gephi (the whole operation).",
        "Every report carries the operation, the date, the agencies and the handling label, and TRAINING on a training",
        "operation. The file takes its name only when complete."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, html, csv (a .zip), stix (a .json bundle) or graphml.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--tlp", paramLabel = "LABEL", description = {"The handling label: clear, green, amber (default), amber+strict or red",
            "(TLP 2.0; TLP:AMBER is written as well)."})
    String tlp = "amber";

    @Option(names = "--mask-officers", description = "Replace the officers' names by Officer 1, Officer 2… everywhere in the report.")
    boolean maskOfficers;

    @Option(names = "--country", paramLabel = "CC", description = {"Only what concerns this country (ISO alpha-2): its phones, the documents it",
            "issued, the offers whose route touches it and the leads they name: what is handed to that country."})
    String country;

    @Option(names = "--json", description = "Print {\"file\",\"format\",\"label\",\"bytes\",\"annexes\",\"training\"}.")
    boolean json;

    @Override
    public Integer call() {
        ReportFormat reportFormat = ReportFormat.parse(format);
        HandlingLabel label = HandlingLabel.parse(tlp);
        try (Workspace workspace = root.openWorkspace()) {
            ReportRequest request = new ReportRequest(root.operation(workspace).id(), reportFormat, label, maskOfficers, country);
            ReportResult result = new ReportService(workspace).write(request, out, Progress.NONE);
            if (json) {
                root.terminal.out().println(Json.write(result));
            } else {
                root.terminal.out().printf("Wrote %s: %s report, %s%s, %,d bytes%s.%n", result.file(), result.format().wireName(),
                        result.label().text(), result.training() ? ", TRAINING" : "", result.bytes(),
                        result.annexes() > 0 ? ", " + result.annexes() + " country annexes" : "");
            }
        }
        return ExitCode.OK;
    }
}
