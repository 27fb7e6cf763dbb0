package org.leadline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.leadline.logic.bench.Bench;
import org.leadline.logic.bench.BenchResult;
import org.leadline.logic.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", description = "Run the performance benchmarks on synthetic data in a temporary workspace.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--quick", description = "A smaller scale that finishes in about a minute.")
    boolean quick;

    @Option(names = "--json", description = "Print a JSON array of {name, value, unit, target, pass}.")
    boolean json;

    @Override
    public Integer call() {
        List<BenchResult> results = new Bench(quick, message -> root.terminal.err().println(message)).run();
        var out = root.terminal.out();
        if (json) {
            out.println(Json.write(results));
        } else {
            out.printf("%-70s %14s %-8s %-12s %s%n", "benchmark", "value", "unit", "target", "pass");
            for (BenchResult result : results) {
                out.printf("%-70s %14.2f %-8s %-12s %s%n", result.name(), result.value(), result.unit(), result.target(),
                        result.pass() ? "yes" : "NO");
            }
        }
        return ExitCode.OK;
    }
}
