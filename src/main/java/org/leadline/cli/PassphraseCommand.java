package org.leadline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "passphrase", description = "Change the workspace passphrase (the database is not rewritten).")
final class PassphraseCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE", required = true,
            description = "Read the new passphrase from the first line of FILE.")
    Path newPassphraseFile;

    @Override
    public Integer call() throws IOException {
        List<String> lines = Files.readAllLines(newPassphraseFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The new passphrase file " + newPassphraseFile + " is empty.");
        }
        Workspace.changePassphrase(root.workspace, root.passphrase(false), lines.get(0).toCharArray());
        root.terminal.out().println("Passphrase changed.");
        return ExitCode.OK;
    }
}
