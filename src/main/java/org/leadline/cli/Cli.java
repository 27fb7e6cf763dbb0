package org.leadline.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Clock;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.workspace.WorkspaceException;
import picocli.CommandLine;

/** Runs one command and turns every failure into one sentence on standard error and an exit code. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, Terminal terminal, Clock clock) {
        LeadlineCommand root = new LeadlineCommand();
        root.terminal = terminal;
        root.clock = clock;
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().values().forEach(Cli::addHelpOption);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = terminal.err();
            err.println(message(exception));
            if (root.verbose) {
                exception.printStackTrace(err);
            }
            err.flush();
            return exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            PrintWriter err = terminal.err();
            err.println(exception.getMessage());
            err.println("Try 'leadline --help'" + (exception.getCommandLine() == commandLine ? "" : " or '"
                    + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'") + ".");
            err.flush();
            return ExitCode.USAGE;
        });
        int code = commandLine.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    /** Every command and subcommand answers {@code -h}/{@code --help} (the usage hint above points there). */
    private static void addHelpOption(CommandLine command) {
        var options = command.getCommandSpec().optionsMap();
        if (!options.containsKey("--help")) {
            String[] names = options.containsKey("-h") ? new String[] {"--help"} : new String[] {"-h", "--help"};
            command.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(Cli::addHelpOption);
    }

    static int exitCode(Exception exception) {
        if (exception instanceof org.leadline.logic.packages.PackageRefusedException) {
            return ExitCode.PACKAGE_REFUSED;
        }
        if (exception instanceof WorkspaceException workspace) {
            return workspace.reason() == WorkspaceException.Reason.ALREADY_EXISTS ? ExitCode.FAILED : ExitCode.WORKSPACE_UNAVAILABLE;
        }
        return ExitCode.FAILED;
    }

    static String message(Exception exception) {
        if (exception instanceof org.leadline.logic.packages.PackageRefusedException refused) {
            return refused.describe();
        }
        if (exception instanceof WorkspaceException || exception instanceof IllegalArgumentException
                || exception instanceof IllegalStateException || exception instanceof CancelledException) {
            return exception.getMessage();
        }
        if (exception instanceof UncheckedIOException || exception instanceof IOException) {
            return "A file could not be read or written: " + exception.getMessage();
        }
        return "Unexpected error (" + exception.getClass().getSimpleName() + "): " + exception.getMessage()
                + ". Run again with --verbose for details.";
    }
}
