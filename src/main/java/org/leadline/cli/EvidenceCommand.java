package org.leadline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.Sizes;
import org.leadline.logic.json.Json;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.CaptureSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "evidence", description = "List, show and save the operation's captured evidence.",
        subcommands = {EvidenceCommand.ListCaptures.class, EvidenceCommand.Show.class, EvidenceCommand.Save.class})
final class EvidenceCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "list", description = "The operation's captures, newest first (or those of one lead).")
    static final class ListCaptures implements Callable<Integer> {
        private static final int PAGE = 1_000;

        @ParentCommand
        EvidenceCommand evidence;

        @Option(names = "--lead", paramLabel = "ID", description = "Only the captures attached to this lead.")
        UUID lead;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = evidence.root;
            try (Workspace workspace = root.openWorkspace()) {
                EvidenceService service = new EvidenceService(workspace);
                List<CaptureSummary> all = new ArrayList<>();
                if (lead != null) {
                    all.addAll(service.forLead(lead));
                } else {
                    UUID operationId = root.operation(workspace).id();
                    List<CaptureSummary> page = service.page(operationId, null, PAGE);
                    while (!page.isEmpty()) {
                        all.addAll(page);
                        page = page.size() < PAGE ? List.of() : service.page(operationId, page.get(page.size() - 1), PAGE);
                    }
                }
                if (json) {
                    root.terminal.out().println(Json.write(all));
                } else {
                    for (CaptureSummary capture : all) {
                        root.terminal.out().println(capture.id() + "  " + capture.sha256() + "  " + capture.mediaType() + "  "
                                + Sizes.readable(capture.size()) + "  " + capture.originalName()
                                + (capture.derivation() == null ? "" : "  (" + capture.derivation().wireName() + " of " + capture.derivedFrom() + ")"));
                    }
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Print a capture record as JSON.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand evidence;

        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            try (Workspace workspace = evidence.root.openWorkspace()) {
                Capture capture = new EvidenceService(workspace).capture(id);
                evidence.root.terminal.out().println(Json.write(capture));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "save", description = "Write a verified copy of a capture's original bytes to a file.")
    static final class Save implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand evidence;

        @Parameters(paramLabel = "ID")
        UUID id;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Workspace workspace = evidence.root.openWorkspace()) {
                new EvidenceService(workspace).saveCopy(id, out);
            }
            evidence.root.terminal.out().println(out);
            return ExitCode.OK;
        }
    }
}
