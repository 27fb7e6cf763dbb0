package org.leadline.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Attached;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.json.Json;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "attach", description = {"Attach screenshots or document images to leads, one of your offers or one of your",
        "document records: all the files or none.",
        "Prints each capture record's id and the SHA-256 of the original bytes."})
final class AttachCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--lead", paramLabel = "ID", description = "The lead to attach to (repeatable).")
    List<UUID> leads = new ArrayList<>();

    @Option(names = "--offer", paramLabel = "ID", description = "One of your offers, whose evidence the captures join.")
    UUID offer;

    @Option(names = "--document", paramLabel = "ID", description = "One of your document records, whose images the captures join.")
    UUID document;

    @Option(names = "--source-url", paramLabel = "URL", description = "The page the capture shows (default: the lead's latest source).")
    String sourceUrl;

    @Option(names = "--platform", description = "The platform the capture shows (default: the lead's).")
    String platform;

    @Option(names = "--note", description = "A note on the capture.")
    String note;

    @Option(names = "--keep-broken", description = "Keep a damaged or incomplete image as evidence without a preview instead of refusing it.")
    boolean keepBroken;

    @Option(names = "--json", description = "Print a JSON array of {\"id\",\"sha256\",\"file\",\"alreadyCaptured\",\"previewIssue\"}.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to attach.")
    List<Path> files;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Operation operation = root.operation(workspace);
            List<Attached> attached = new EvidenceService(workspace).attach(operation.id(),
                    files.stream().map(Source::file).toList(),
                    new Context(sourceUrl, platform, note, ZoneId.systemDefault(), keepBroken),
                    targets(), Progress.NONE);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Attached each : attached) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", each.captureId());
                    row.put("sha256", each.sha256());
                    row.put("file", each.name());
                    row.put("alreadyCaptured", each.alreadyCaptured());
                    row.put("previewIssue", each.previewIssue());
                    rows.add(row);
                }
                root.terminal.out().println(Json.write(rows));
            } else {
                for (Attached each : attached) {
                    root.terminal.out().println(each.captureId() + "  " + each.sha256() + "  " + each.name()
                            + (each.alreadyCaptured() ? "  (already captured: linked)" : "")
                            + (each.previewIssue() == null ? "" : "  (" + each.previewIssue() + ")"));
                }
            }
        }
        return ExitCode.OK;
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>(leads.stream().map(Target::lead).toList());
        if (offer != null) {
            targets.add(Target.offer(offer));
        }
        if (document != null) {
            targets.add(Target.document(document));
        }
        return targets;
    }
}
