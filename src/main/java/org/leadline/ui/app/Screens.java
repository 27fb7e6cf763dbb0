package org.leadline.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.LeadlineApp;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;
import org.leadline.ui.firstrun.FingerprintView;
import org.leadline.ui.firstrun.FirstRunView;
import org.leadline.ui.firstrun.FirstRunViewModel;
import org.leadline.ui.lock.LockView;
import org.leadline.ui.lock.LockViewModel;
import org.leadline.ui.main.MainView;
import org.leadline.ui.main.MainViewModel;
import org.leadline.ui.main.Shell;
import org.leadline.ui.unlock.UnlockView;
import org.leadline.ui.unlock.UnlockViewModel;

/** Which screen the window shows: first run, unlock, the main window, or the lock screen in its place. */
public final class Screens implements Shell {
    private final Path folder;
    private final Clock clock;
    private final Stage stage;
    private final Scene scene;
    private final String version;
    private final UiSettings settings;
    private final IdleLock idleLock;
    private Session session;
    private MainView main;
    private boolean locked;

    public Screens(Path folder, Clock clock, Stage stage, Scene scene, String version) {
        this.folder = folder;
        this.clock = clock;
        this.stage = stage;
        this.scene = scene;
        this.version = version == null ? Messages.get("about.version.development") : version;
        this.settings = new UiSettings(folder);
        scene.getStylesheets().setAll(stylesheets());
        settings.darkThemeProperty().addListener((obs, a, b) -> applyTheme());
        idleLock = new IdleLock(scene, settings.idleMinutesProperty(), () -> lockWith(Messages.get("lock.reason.idle",
                settings.idleMinutesProperty().get())));
    }

    public void applyTheme() {
        LeadlineApp.useTheme(settings.darkThemeProperty().get());
        scene.getRoot().getStyleClass().remove("dark");
        if (settings.darkThemeProperty().get()) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    /** First run when the folder has no workspace, else the unlock screen. */
    public void showFirst() {
        if (Workspace.exists(folder)) {
            UnlockView unlock = new UnlockView(new UnlockViewModel(folder, clock), this::showMain);
            show(unlock.root());
            unlock.focus();
        } else {
            FirstRunView firstRun = new FirstRunView(new FirstRunViewModel(folder, clock), this::showFingerprint);
            show(firstRun.root());
            firstRun.focus();
        }
    }

    private void showFingerprint(Session created) {
        this.session = created;
        FingerprintView view = new FingerprintView(created.owner(), () -> showMain(created));
        show(view.root());
        view.focus();
    }

    private void showMain(Session opened) {
        showMainFor(opened);
    }

    /** Shows the main window on an unlocked workspace; the start-up benchmark uses it to skip the typing. */
    public MainView showMainFor(Session opened) {
        this.session = opened;
        main = new MainView(new MainViewModel(opened), this, version);
        show(main.root());
        main.start();
        idleLock.arm();
        return main;
    }

    @Override
    public void lock() {
        lockWith(Messages.get("lock.reason.manual"));
    }

    private void lockWith(String reason) {
        if (session == null || main == null || locked) {
            return;
        }
        locked = true;
        idleLock.disarm();
        closeDialogs();
        LockView lockView = new LockView(new LockViewModel(session.workspace()), session.owner(), reason, this::unlock);
        show(lockView.root());
        lockView.focus();
    }

    /** A dialog left open (a pasted post, say) must not stay readable over the lock screen. */
    private void closeDialogs() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage other && other != stage && other.getOwner() == stage && other.isShowing()) {
                other.close();
            }
        }
    }

    @Override
    public void watchActivity(Scene other) {
        idleLock.watch(other);
    }

    private void unlock() {
        locked = false;
        show(main.root());
        main.focusQuickAdd();
        idleLock.arm();
    }

    private void show(Parent root) {
        if (settings.darkThemeProperty().get()) {
            root.getStyleClass().add("dark");
        } else {
            root.getStyleClass().remove("dark");
        }
        scene.setRoot(root);
    }

    @Override
    public void quit() {
        closeWorkspace();
        stage.close();
        Platform.exit();
    }

    /** Closes the workspace (releasing its lock); safe to call more than once. */
    public void closeWorkspace() {
        idleLock.disarm();
        if (main != null) {
            main.dispose();
        }
        if (session != null) {
            session.close();
        }
    }

    @Override
    public BooleanProperty darkThemeProperty() {
        return settings.darkThemeProperty();
    }

    @Override
    public IntegerProperty idleMinutesProperty() {
        return settings.idleMinutesProperty();
    }

    @Override
    public List<String> stylesheets() {
        return List.of(LeadlineApp.class.getResource("leadline.css").toExternalForm());
    }
}
