package org.leadline.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.leadline.logic.bench.Bench;
import org.leadline.logic.bench.BenchResult;
import org.leadline.logic.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", description = "Run the performance benchmarks on synthetic data in a temporary workspace.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "A smaller scale that finishes in about a minute.")
    boolean quick;

    @Option(names = "--json", description = "Print a JSON array of {name, value, unit, target, pass}.")
    boolean json;

    @Option(names = "--only", paramLabel = "GROUP", split = ",",
            description = "Run only these groups of benchmarks: selectors, leads, evidence, packages, dashboard, reports, links, training (default: all).")
    List<String> only;

    @Override
    public Integer call() {
        Set<Bench.Group> groups = EnumSet.allOf(Bench.Group.class);
        if (only != null && !only.isEmpty()) {
            groups = EnumSet.noneOf(Bench.Group.class);
            for (String name : only) {
                Bench.Group group = Arrays.stream(Bench.Group.values()).filter(g -> g.wireName().equals(name.strip().toLowerCase(Locale.ROOT)))
                        .findFirst().orElse(null);
                if (group == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Unknown benchmark group '" + name
                            + "': choose from " + Arrays.stream(Bench.Group.values()).map(Bench.Group::wireName)
                            .collect(java.util.stream.Collectors.joining(", ")) + ".");
                }
                groups.add(group);
            }
        }
        List<BenchResult> results = new Bench(quick, groups, message -> root.terminal.err().println(message)).run();
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
