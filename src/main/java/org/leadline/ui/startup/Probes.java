package org.leadline.ui.startup;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.LeadlineApp;
import org.leadline.ui.app.Screens;

/**
 * What the bench's window probes share: the workspace named first on their command line, unlocked with the passphrase
 * in LEADLINE_PASSPHRASE, and the stage of 1366×768 in the app's theme.
 */
public final class Probes {
    private Probes() {
    }

    /**
     * The workspace named by {@code args[0]}, unlocked, and made the app's workspace folder; with a number of
     * arguments outside {@code least..most} or no passphrase, prints the usage and exits with 2.
     */
    public static Workspace unlock(String[] args, int least, int most, String usage) {
        String passphrase = System.getenv("LEADLINE_PASSPHRASE");
        if (args.length < least || args.length > most || passphrase == null) {
            System.err.println("Usage: " + usage + " (passphrase in LEADLINE_PASSPHRASE)");
            System.exit(2);
        }
        System.setProperty(LeadlineApp.WORKSPACE_PROPERTY, args[0]);
        return Workspace.open(Path.of(args[0]), passphrase.toCharArray(), Clock.systemUTC());
    }

    /** Shows the stage at 1366×768 in the app's theme; the screens that fill it. */
    public static Screens show(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1366, 768);
        stage.setScene(scene);
        Screens screens = new Screens(LeadlineApp.defaultFolder(), Clock.systemUTC(), stage, scene, null);
        screens.applyTheme();
        stage.show();
        return screens;
    }
}
