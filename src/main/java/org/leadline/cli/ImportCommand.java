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

@Command(name = "import", description = {"Verify packages, then take each in as one transaction into the package's own operation",
        "(created here if it is new; operations never mix). Prints what was added, updated, already present and in conflict.",
        "A refused package changes nothing and gives exit code 3; the other packages are still taken in."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The packages to take in.")
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
                    out.println(file + ":");
                    PackageReports.describe(out, verified);
                    ImportSummary summary = importer.importVerified(verified, Progress.NONE);
                    PackageReports.effect(out, "  ", summary, true);
                } catch (PackageRefusedException e) {
                    root.terminal.err().println(file + ": " + e.describe());
                    code = ExitCode.PACKAGE_REFUSED;
                }
            }
        }
        return code;
    }
}
