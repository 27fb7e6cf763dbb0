package org.leadline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.TrustedKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "trust", description = "The colleagues' keys whose packages this workspace accepts.",
        subcommands = {TrustCommand.Add.class, TrustCommand.ListKeys.class, TrustCommand.Remove.class, TrustCommand.Export.class,
                TrustCommand.Import.class})
final class TrustCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "add", description = {"Trust a colleague's key. FINGERPRINT is the one you compared with them in person;",
            "it must match the key found in the key file or package."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TrustCommand trust;

        @Parameters(index = "0", paramLabel = "FINGERPRINT", description = "64 hex digits; spaces and colons are ignored.", arity = "1..*")
        List<String> fingerprint;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--key", paramLabel = "FILE", description = "A key file (.leadkeys) from 'trust export'.")
            Path keyFile;

            @Option(names = "--from", paramLabel = "FILE.leadpack", description = "A package the colleague signed.")
            Path leadpack;
        }

        @Override
        public Integer call() {
            String typed = String.join("", fingerprint);
            try (Workspace workspace = trust.root.openWorkspace()) {
                TrustService service = new TrustService(workspace);
                TrustedKey key = source.keyFile != null ? service.addFromKeyFile(typed, source.keyFile)
                        : service.addFromPackage(typed, source.leadpack);
                trust.root.terminal.out().println("Trusted " + key.name() + " (" + key.country() + "), key "
                        + Bytes.groupsOfFour(key.fingerprint()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List the trusted keys.")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        TrustCommand trust;

        @Option(names = "--json", description = "Print a JSON array of {\"fingerprint\",\"name\",\"agency\",\"country\",\"addedAt\",\"transport\"}.")
        boolean json;

        @Override
        public Integer call() {
            try (Workspace workspace = trust.root.openWorkspace()) {
                List<TrustedKey> keys = new TrustService(workspace).list();
                var out = trust.root.terminal.out();
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (TrustedKey key : keys) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("fingerprint", key.fingerprint());
                        row.put("name", key.name());
                        row.put("agency", key.agency());
                        row.put("country", key.country());
                        row.put("addedAt", key.addedAt());
                        row.put("transport", key.transportKey() != null);
                        rows.add(row);
                    }
                    out.println(Json.write(rows));
                } else if (keys.isEmpty()) {
                    out.println("No colleague's key is trusted yet; add one with 'trust add FINGERPRINT --key FILE'.");
                } else {
                    for (TrustedKey key : keys) {
                        out.printf("%s  %s, %s (%s)%n", Bytes.groupsOfFour(key.fingerprint()), key.name(), key.agency(), key.country());
                    }
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", description = "Stop trusting a key; packages it signed are refused from now on.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        TrustCommand trust;

        @Parameters(paramLabel = "FINGERPRINT", arity = "1..*")
        List<String> fingerprint;

        @Override
        public Integer call() {
            try (Workspace workspace = trust.root.openWorkspace()) {
                new TrustService(workspace).remove(String.join("", fingerprint));
                trust.root.terminal.out().println("Removed.");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "export", description = {"Write a key file signed by this workspace: its own key and every trusted key",
            "(a team lead hands the team's keys to everyone in one step), or with --mine only its own."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        TrustCommand trust;

        @Option(names = "--out", required = true, paramLabel = "FILE.leadkeys")
        Path out;

        @Option(names = "--mine", description = "Only this workspace's own key.")
        boolean mine;

        @Override
        public Integer call() {
            try (Workspace workspace = trust.root.openWorkspace()) {
                int n = new TrustService(workspace).exportKeyFile(out, mine);
                trust.root.terminal.out().println("Wrote " + n + (n == 1 ? " key" : " keys") + " to " + out + ", signed with key "
                        + Bytes.groupsOfFour(workspace.owner().fingerprint()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Trust every key of a key file signed by a key this workspace already trusts (the team lead's).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        TrustCommand trust;

        @Parameters(paramLabel = "FILE.leadkeys")
        Path file;

        @Override
        public Integer call() {
            try (Workspace workspace = trust.root.openWorkspace()) {
                List<TrustedKey> added = new TrustService(workspace).importKeyFile(file);
                var out = trust.root.terminal.out();
                out.println(added.isEmpty() ? "Every key of the file was trusted already." : "Trusted " + added.size() + " keys:");
                added.forEach(key -> out.printf("  %s  %s (%s)%n", Bytes.groupsOfFour(key.fingerprint()), key.name(), key.country()));
            }
            return ExitCode.OK;
        }
    }
}
