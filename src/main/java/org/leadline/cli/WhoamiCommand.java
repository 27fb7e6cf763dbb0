package org.leadline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "whoami", description = "Print the officer, the open operation and the signing key's fingerprint.")
final class WhoamiCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Officer officer = workspace.owner();
            Operation operation = root.operation == null
                    ? new OperationService(workspace).openOperation().orElse(null)
                    : root.operation(workspace);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("officer", Map.of("id", officer.id(), "name", officer.name(), "agency", officer.agency(),
                        "country", officer.country()));
                out.put("operation", operation == null ? null : Map.of("id", operation.id(), "name", operation.name()));
                out.put("fingerprint", officer.fingerprint());
                root.terminal.out().println(Json.write(out));
            } else {
                root.terminal.out().println("Officer:     " + officer.name() + ", " + officer.agency() + " (" + officer.country() + ")");
                root.terminal.out().println("Officer id:  " + officer.id());
                root.terminal.out().println("Operation:   " + (operation == null ? "none" : operation.name() + " (" + operation.id() + ")"));
                root.terminal.out().println("Fingerprint: " + Bytes.groupsOfFour(officer.fingerprint()));
            }
        }
        return ExitCode.OK;
    }
}
