package org.leadline.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = "Create an encrypted workspace, the officer's signing key and an operation.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--name", required = true, description = "The officer's name.")
    String name;

    @Option(names = "--agency", required = true, description = "The officer's agency.")
    String agency;

    @Option(names = "--country", required = true, paramLabel = "CC", description = "The officer's country (ISO alpha-2).")
    String country;

    @Option(names = "--operation", paramLabel = "NAME", description = "The first operation's name (default: ${DEFAULT-VALUE}).")
    String operationName = "Action day";

    @Option(names = "--operation-id", paramLabel = "UUID", description = "Join a team's operation by the id the team lead hands out.")
    UUID operationId;

    @Option(names = "--region", paramLabel = "CC", description = "Default region for phone numbers (default: the officer's country).")
    String region;

    @Override
    public Integer call() {
        NewOfficer profile = new NewOfficer(name, agency, country);
        try (Workspace workspace = Workspace.create(root.workspace, root.passphrase(true), profile, root.clock)) {
            Operation operation = new OperationService(workspace).create(operationName, operationId,
                    region != null ? region : profile.country(), null, null);
            root.terminal.out().println("Workspace created in " + root.workspace);
            root.terminal.out().println("Officer:     " + workspace.owner().name() + " (" + workspace.owner().id() + ")");
            root.terminal.out().println("Operation:   " + operation.name() + " (" + operation.id() + ")");
            root.terminal.out().println("Fingerprint: " + Bytes.groupsOfFour(workspace.owner().fingerprint()));
        }
        return ExitCode.OK;
    }
}
