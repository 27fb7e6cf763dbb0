package org.leadline.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.facechecks.LedgerLine;
import org.leadline.logic.json.Json;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.FaceCheck;
import org.leadline.model.FaceCheckResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "face-check", description = "The ledger of face images checked and the systems they are checked in.",
        subcommands = {FaceCheckCommand.Add.class, FaceCheckCommand.ListChecks.class, FaceCheckCommand.Result.class,
                FaceCheckCommand.Delete.class, FaceCheckCommand.Systems.class})
final class FaceCheckCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "add", description = "Record that a face image was checked; prints the check's id.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FaceCheckCommand faceCheck;

        @Option(names = "--image", required = true, paramLabel = "CAPTURE-ID", description = "The capture record of the face image.")
        String image;

        @Option(names = "--system", required = true, paramLabel = "NAME", description = "One of the configured systems (see face-check systems).")
        String system;

        @Option(names = "--result", required = true, paramLabel = "RESULT", description = "pending, no-hit, possible-hit or hit.")
        String result;

        @Option(names = "--reference", paramLabel = "REF", description = "The system's reference for the check.")
        String reference;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the check (default: today).")
        String date;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        public Integer call() {
            var imageId = Values.uuid(image, "--image");
            FaceCheckResult outcome = FaceCheckResult.fromWireName(result);
            var day = Values.date(date, "--date");
            LeadlineCommand root = faceCheck.root;
            try (Workspace workspace = root.openWorkspace()) {
                FaceCheck check = new FaceCheckService(workspace).record(root.operation(workspace).id(), imageId, system, outcome,
                        reference, day, note);
                root.terminal.out().println(check.id());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List the operation's face checks, newest first.")
    static final class ListChecks implements Callable<Integer> {
        @ParentCommand
        FaceCheckCommand faceCheck;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = faceCheck.root;
            try (Workspace workspace = root.openWorkspace()) {
                List<LedgerLine> ledger = new FaceCheckService(workspace).ledger(root.operation(workspace).id());
                var out = root.terminal.out();
                if (json) {
                    out.println(Json.write(ledger.stream().map(ListChecks::toJson).toList()));
                    return ExitCode.OK;
                }
                for (LedgerLine line : ledger) {
                    FaceCheck c = line.check();
                    out.printf("%s  %s  %-12s %s  image %s%s%s  by %s%n", c.id(), c.checkedOn(), c.result().wireName(), c.system(),
                            c.imageId(), line.image() == null ? "" : " (" + line.image().originalName() + ")",
                            c.reference() == null ? "" : "  ref " + c.reference(), line.officer());
                }
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> toJson(LedgerLine line) {
            FaceCheck c = line.check();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", c.id());
            json.put("image", c.imageId());
            json.put("imageName", line.image() == null ? null : line.image().originalName());
            json.put("system", c.system());
            json.put("result", c.result().wireName());
            json.put("reference", c.reference());
            json.put("date", c.checkedOn());
            json.put("officer", line.officer());
            json.put("origin", c.origin());
            json.put("note", c.note());
            json.put("version", c.version());
            return json;
        }
    }

    @Command(name = "result", description = "Set the result of one of your checks (a pending check answered).")
    static final class Result implements Callable<Integer> {
        @ParentCommand
        FaceCheckCommand faceCheck;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CHECK-ID")
        String id;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "RESULT", description = "pending, no-hit, possible-hit or hit.")
        String result;

        @Override
        public Integer call() {
            java.util.UUID checkId = Values.id(id, "The face-check id");
            FaceCheckResult outcome = FaceCheckResult.fromWireName(result);
            try (Workspace workspace = faceCheck.root.openWorkspace()) {
                FaceCheck edited = new FaceCheckService(workspace).setResult(checkId, outcome);
                faceCheck.root.terminal.out().println("Result " + edited.result().wireName() + " (version " + edited.version() + ").");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", description = "Delete one of your checks (a tombstone that travels).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        FaceCheckCommand faceCheck;

        @picocli.CommandLine.Parameters(paramLabel = "CHECK-ID")
        String id;

        @Override
        public Integer call() {
            java.util.UUID checkId = Values.id(id, "The face-check id");
            try (Workspace workspace = faceCheck.root.openWorkspace()) {
                new FaceCheckService(workspace).delete(checkId);
                faceCheck.root.terminal.out().println("Face check deleted.");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "systems", description = "Print the systems face images are checked in; --add or --remove changes the list.")
    static final class Systems implements Callable<Integer> {
        @ParentCommand
        FaceCheckCommand faceCheck;

        @ArgGroup(exclusive = true)
        Change change;

        static final class Change {
            @Option(names = "--add", paramLabel = "NAME", description = "Add a system to the list.")
            String add;

            @Option(names = "--remove", paramLabel = "NAME", description = "Remove a system (checks already made keep its name).")
            String remove;
        }

        @Override
        public Integer call() {
            LeadlineCommand root = faceCheck.root;
            try (Workspace workspace = root.openWorkspace()) {
                FaceCheckService checks = new FaceCheckService(workspace);
                List<String> systems = change == null ? checks.systems()
                        : change.add != null ? checks.addSystem(change.add) : checks.removeSystem(change.remove);
                systems.forEach(root.terminal.out()::println);
            }
            return ExitCode.OK;
        }
    }
}
