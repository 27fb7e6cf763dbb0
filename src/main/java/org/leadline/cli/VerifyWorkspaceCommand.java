package org.leadline.cli;

import java.util.concurrent.Callable;
import org.leadline.logic.evidence.EvidenceVerifier;
import org.leadline.logic.evidence.EvidenceVerifier.Problem;
import org.leadline.logic.evidence.EvidenceVerifier.Report;
import org.leadline.logic.evidence.Sizes;
import org.leadline.logic.json.Json;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify-workspace", description = {"Re-read every capture record and evidence blob and report any that no longer",
        "match their hash. Changes nothing; exits 1 when something differs."})
final class VerifyWorkspaceCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Report report;
        try (Workspace workspace = root.openWorkspace()) {
            report = new EvidenceVerifier(workspace).verify(Progress.NONE);
        }
        if (json) {
            root.terminal.out().println(Json.write(report));
        } else {
            var out = root.terminal.out();
            out.printf("Checked %,d capture records and %,d evidence blobs (%s) in %.1f s.%n", report.records(), report.blobs(),
                    Sizes.readable(report.bytes()), report.seconds());
            for (Problem problem : report.problems()) {
                out.println(problem.sentence());
            }
            out.println(report.intact() ? "Every record and blob matches its hash." : "Some evidence no longer matches its hash.");
        }
        return report.intact() ? ExitCode.OK : ExitCode.FAILED;
    }
}
