package org.leadline;

import java.time.Clock;
import org.leadline.cli.Cli;
import org.leadline.cli.Terminal;

/**
 * Entry point of the jar: no arguments opens the window, anything else runs a command.
 * It does not extend Application, so that JavaFX starts from a plain class path jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogFolder.configure(args);
        if (args.length == 0) {
            GuiStarter.start(args);
            return;
        }
        System.exit(Cli.run(args, Terminal.system(), Clock.systemUTC()));
    }
}
