package org.leadline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageExporter.ExportResult;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Write the open operation as a signed package (.leadpack).",
        "An officer package holds the officer's own records; a merged package everybody's, with the packages they came in."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE.leadpack", description = "The package file to write.")
    Path out;

    @Option(names = "--kind", paramLabel = "KIND", description = "officer (default), merged, exercise or submission.")
    String kind = "officer";

    @Option(names = "--to", paramLabel = "FINGERPRINT", description = {"Encrypt the package for this trusted colleague (repeatable;",
            "include your own fingerprint to be able to open it yourself)."})
    java.util.List<String> recipients = new java.util.ArrayList<>();

    @Option(names = "--json", description = "Print {\"file\",\"packageId\",\"kind\",\"sequence\",\"fingerprint\",\"counts\",\"blobs\",\"bytes\"}.")
    boolean json;

    @Override
    public Integer call() {
        PackageKind packageKind = PackageKind.fromWireName(kind.toLowerCase(Locale.ROOT));
        if (packageKind == null) {
            throw new IllegalArgumentException("The kind " + kind + " is not one of officer, merged, exercise, submission.");
        }
        try (Workspace workspace = root.openWorkspace()) {
            ExportResult result = new PackageExporter(workspace).export(root.operation(workspace).id(), packageKind, out, recipients,
                    Progress.NONE);
            if (json) {
                root.terminal.out().println(Json.write(result));
            } else {
                long records = result.counts().entrySet().stream().filter(e -> !e.getKey().equals("packages"))
                        .mapToLong(java.util.Map.Entry::getValue).sum();
                root.terminal.out().printf("Wrote %s: %s package %s, sequence %d, %,d records, %,d evidence files, %,d bytes.%n",
                        result.file(), result.kind().wireName(), result.packageId(), result.sequence(), records, result.blobs(),
                        result.bytes());
                root.terminal.out().println("Signed with key " + Bytes.groupsOfFour(result.fingerprint()));
                for (String recipient : result.sealedFor()) {
                    root.terminal.out().println("Encrypted for " + Bytes.groupsOfFour(recipient));
                }
            }
        }
        return ExitCode.OK;
    }
}
