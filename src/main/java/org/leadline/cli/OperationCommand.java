package org.leadline.cli;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "operation", description = "List, create and open operations.",
        subcommands = {OperationCommand.ListOperations.class, OperationCommand.Create.class, OperationCommand.Open.class})
final class OperationCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "list", description = "List the workspace's operations; * marks the open one.")
    static final class ListOperations implements Callable<Integer> {
        @ParentCommand
        OperationCommand parent;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                OperationService operations = new OperationService(workspace);
                UUID open = operations.openOperation().map(Operation::id).orElse(null);
                for (Operation operation : operations.all()) {
                    parent.root.terminal.out().printf("%s %s  %s  (phones default to %s)%s%n", operation.id().equals(open) ? "*" : " ",
                            operation.id(), operation.name(), operation.defaultRegion(),
                            operations.isTraining(operation.id()) ? "  TRAINING" : "");
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "create", description = "Create an operation and open it; prints its id.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        OperationCommand parent;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--id", paramLabel = "UUID", description = "The id the team lead handed out.")
        UUID id;

        @Option(names = "--region", paramLabel = "CC", description = "Default region for phone numbers (default: the officer's country).")
        String region;

        @Option(names = "--starts", paramLabel = "YYYY-MM-DD")
        LocalDate starts;

        @Option(names = "--ends", paramLabel = "YYYY-MM-DD")
        LocalDate ends;

        @Option(names = "--training", description = "A training operation: only exercise and submission packages enter it.")
        boolean training;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                String defaultRegion = region != null ? region : workspace.owner().country();
                OperationService operations = new OperationService(workspace);
                Operation operation = training ? operations.createTraining(name, id, defaultRegion)
                        : operations.create(name, id, defaultRegion, starts, ends);
                parent.root.terminal.out().println(operation.id());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "open", description = "Make an operation the open one.")
    static final class Open implements Callable<Integer> {
        @ParentCommand
        OperationCommand parent;

        @Parameters(paramLabel = "ID-or-NAME")
        String operation;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                OperationService operations = new OperationService(workspace);
                Operation opened = operations.open(operations.resolve(operation).id());
                parent.root.terminal.out().println("Open operation: " + opened.name() + " (" + opened.id() + ")");
            }
            return ExitCode.OK;
        }
    }
}
