package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.ui.common.Background;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on a real encrypted workspace in a temporary folder, and waits on conditions. */
abstract class GuiTest extends FxRobot {
    static final String PASSPHRASE = "amber-ledge7";
    static final long TIMEOUT_SECONDS = 15;

    Stage stage;
    private Application app;

    @BeforeEach
    void registerStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        closeApp();
    }

    void startApp(Path folder) throws TimeoutException {
        app = FxToolkit.setupApplication(() -> new LeadlineApp(folder, Clock.systemUTC()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the application as the window closing would: the workspace closes and its lock is released. */
    void closeApp() throws TimeoutException {
        // A dialog a failed test left open would block the next test's window.
        interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != stage && window instanceof Stage).forEach(window -> ((Stage) window).close()));
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** A workspace made through the logic, with one operation and the given phone numbers, closed again. */
    static UUID createWorkspace(Path folder, String... phones) {
        return createWorkspace(folder, LeadKind.PHONE, phones);
    }

    /** A workspace made through the logic, with one operation and the given leads of one kind, closed again. */
    static UUID createWorkspace(Path folder, LeadKind kind, String... values) {
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(),
                new NewOfficer("Jonas Weber", "BKA", "DE"), Clock.systemUTC())) {
            UUID operation = new OperationService(workspace).create("Action day test", null, "LY", LocalDate.now(), null).id();
            for (String value : values) {
                new LeadService(workspace).add(operation, value, kind, List.of(), null, SightingSource.NONE);
            }
            return operation;
        }
    }

    /** Waits until the condition holds on the FX thread (and the background queue is idle). */
    void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            Boolean holds = WaitForAsyncUtils.asyncFx(() -> Background.runningProperty().get() == 0 && condition.call())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Boolean.TRUE.equals(holds);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node is in the scene and it and all its parents are visible. */
    boolean showing(String query) {
        return lookup(query).tryQuery().map(node -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    @SuppressWarnings("unchecked")
    TableView<LeadSummary> table() {
        return (TableView<LeadSummary>) lookup("#leadTable").query();
    }

    void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void unlockWith(String passphrase) throws TimeoutException {
        waitUntil(() -> lookup("#passphraseField").tryQuery().map(Node::isFocused).orElse(false));
        clickOn("#passphraseField").write(passphrase).type(KeyCode.ENTER);
    }

    static void assertNoTableShowing(GuiTest test) {
        assertThat(test.lookup("#leadTable").tryQuery()).isEmpty();
    }
}
