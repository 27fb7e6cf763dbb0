package org.leadline.cli;

import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", description = "Print the operation's counters.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            OperationStats stats = new StatsService(workspace).stats(root.operation(workspace).id());
            if (json) {
                root.terminal.out().println(Json.write(stats));
            } else {
                var out = root.terminal.out();
                out.println("Operation " + stats.operation());
                out.printf("%,d leads: %s%n", stats.leads(), stats.byKind());
                out.printf("%,d unique handles and URLs, %,d phone numbers in %,d countries%n",
                        stats.uniqueHandlesAndUrls(), stats.phones(), stats.phoneCountries());
                out.printf("%,d possible facilitators; incidents %s%n", stats.facilitators(), stats.incidents());
                out.printf("%,d travel and ID documents from %,d countries%n", stats.documents(), stats.documentCountries());
                out.printf("%,d attachments%n", stats.attachments());
                out.printf("%,d facial images checked%n", stats.faceImagesChecked());
                out.printf("%,d offers%n", stats.offers());
                for (var route : stats.routes()) {
                    out.printf("  %s → %s: %,d offers, EUR %,.0f to %,.0f (median %,.0f)%n", route.from(), route.to(), route.offers(),
                            route.minEur(), route.maxEur(), route.medianEur());
                }
                out.printf("%,d officers%n", stats.officers());
            }
        }
        return ExitCode.OK;
    }
}
