package org.leadline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.leadline.logic.workspace.WorkspaceFolders;
import org.leadline.ui.app.Screens;

/** The Leadline window. {@code org.leadline.Launcher} starts it with {@code Application.launch}. */
public class LeadlineApp extends Application {
    public static final String WORKSPACE_PROPERTY = "leadline.workspace";
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 650;

    private final Path folder;
    private final Clock clock;
    private Screens screens;

    public LeadlineApp() {
        this(defaultFolder(), Clock.systemUTC());
    }

    public LeadlineApp(Path workspaceFolder, Clock clock) {
        this.folder = workspaceFolder;
        this.clock = clock;
    }

    /** {@code -Dleadline.workspace}, else {@code $XDG_DATA_HOME/leadline}, else {@code ~/.local/share/leadline}. */
    public static Path defaultFolder() {
        return WorkspaceFolders.defaultFolder();
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, bounds.getWidth());
        double height = Math.min(HEIGHT, bounds.getHeight());
        Scene scene = new Scene(new StackPane(), width, height);
        stage.setTitle(org.leadline.ui.common.Messages.get("app.name"));
        stage.setMinWidth(Math.min(MIN_WIDTH, width));
        stage.setMinHeight(Math.min(MIN_HEIGHT, height));
        stage.setScene(scene);
        screens = new Screens(folder, clock, stage, scene, getClass().getPackage().getImplementationVersion());
        screens.applyTheme();
        stage.setOnCloseRequest(event -> screens.closeWorkspace());
        screens.showFirst();
        stage.show();
    }

    @Override
    public void stop() {
        if (screens != null) {
            screens.closeWorkspace();
        }
    }

    /** Applies a theme to the whole application (also used by the screens). */
    public static void useTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
