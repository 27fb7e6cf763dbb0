package org.leadline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.logic.workspace.WorkspaceFolders;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the way every subcommand reaches the workspace. */
@Command(name = "leadline",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Leadline: the case workstation for action days against online migrant smuggling.",
                "Without a command, java -jar leadline.jar opens the window."},
        subcommands = {InitCommand.class, WhoamiCommand.class, ExtractCommand.class, LeadCommand.class, OfferCommand.class, DemoCommand.class,
                AttachCommand.class, EvidenceCommand.class, VerifyWorkspaceCommand.class, DocumentCommand.class,
                FaceCheckCommand.class, StatsCommand.class, OperationCommand.class, PassphraseCommand.class, ExportCommand.class,
                VerifyCommand.class, ImportCommand.class, TrustCommand.class, ReportCommand.class, ExerciseCommand.class,
                ScoreCommand.class, BenchCommand.class, LinksCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed for a reason the message names (bad input, missing file)",
                "2:usage error (unknown command or option)",
                "3:a package was refused by verification; nothing was written",
                "4:the workspace cannot be opened: wrong passphrase, locked by another process, or damaged"})
public final class LeadlineCommand {

    @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceFolders.defaultFolder();

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE; otherwise LEADLINE_PASSPHRASE; otherwise ask.")
    Path passphraseFile;

    @Option(names = "--operation", paramLabel = "ID-or-NAME", description = "The operation to work on (default: the open one).")
    String operation;

    @Option(names = "--verbose", description = "Print the stack trace of an error too.")
    boolean verbose;

    Terminal terminal = Terminal.system();
    Clock clock = Clock.systemUTC();

    /** The passphrase from the file, the environment or the console, in that order. */
    char[] passphrase(boolean confirm) {
        if (passphraseFile != null) {
            try {
                List<String> lines = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new IllegalArgumentException("The passphrase file " + passphraseFile + " is empty.");
                }
                return lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("The passphrase file " + passphraseFile + " cannot be read.");
            }
        }
        String fromEnvironment = terminal.env().get("LEADLINE_PASSPHRASE");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (terminal.console() == null) {
            throw new IllegalArgumentException("No passphrase: give --passphrase-file FILE or set LEADLINE_PASSPHRASE.");
        }
        char[] first = terminal.console().readPassword("Workspace passphrase: ");
        if (confirm) {
            char[] second = terminal.console().readPassword("Repeat the passphrase: ");
            if (!java.util.Arrays.equals(first, second)) {
                throw new IllegalArgumentException("The two passphrases differ.");
            }
        }
        return first;
    }

    Workspace openWorkspace() {
        return Workspace.open(workspace, passphrase(false), clock);
    }

    /** The operation named by --operation, or the open one. */
    Operation operation(Workspace open) {
        OperationService operations = new OperationService(open);
        return operation == null ? operations.requireOpen() : operations.resolve(operation);
    }
}
