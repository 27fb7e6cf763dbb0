package org.leadline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", description = {"Check packages completely without changing anything: archive, signature, trust,",
        "completeness and content; print a report per package. Exit code 3 when any package is refused."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The packages to check.")
    List<Path> files;

    @Override
    public Integer call() {
        int code = ExitCode.OK;
        try (Workspace workspace = root.openWorkspace()) {
            PackageVerifier verifier = new PackageVerifier(workspace);
            PackageImporter importer = new PackageImporter(workspace, verifier);
            var out = root.terminal.out();
            for (Path file : files) {
                try (PackageFile opened = PackageFile.open(workspace, file, Progress.NONE)) {
                    VerifiedPackage verified = verifier.verify(opened.path(), Progress.NONE);
                    out.println(file + ": verified");
                    PackageReports.describe(out, verified);
                    ImportSummary plan = importer.plan(verified);
                    PackageReports.effect(out, "  ", plan, false);
                } catch (PackageRefusedException e) {
                    out.println(file + ": refused");
                    root.terminal.err().println(file + ": " + e.describe());
                    code = ExitCode.PACKAGE_REFUSED;
                }
            }
        }
        return code;
    }
}
