package org.leadline.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.model.Operation;
import org.leadline.ui.common.Session;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The unlock loads the open operation on its own thread (Session.prepareOpening), so the main window sets it in its
 * first turn and the lead table's first page is asked for before the window's first layout pass, not after it.
 */
class PreparedOpeningTest extends FxRobot {
    @TempDir
    Path folder;
    private Session session;

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aPreparedSessionHasItsOperationInTheMainWindowsFirstTurn() throws Exception {
        var workspace = TestWorkspaces.create(folder);
        Operation demo = new DemoService(workspace).createDemoOperation(20, 1);
        session = new Session(workspace).prepareOpening();
        FxToolkit.registerPrimaryStage();

        AtomicReference<Operation> inTheSameTurn = new AtomicReference<>();
        interact(() -> {
            new MainViewModel(session).start();
            inTheSameTurn.set(session.operation());
        });
        assertThat(inTheSameTurn.get()).isNotNull();
        assertThat(inTheSameTurn.get().id()).isEqualTo(demo.id());
    }

    @Test
    void withoutPreparingTheOperationIsLoadedInTheBackgroundAsBefore() throws Exception {
        var workspace = TestWorkspaces.create(folder);
        Operation demo = new DemoService(workspace).createDemoOperation(20, 1);
        session = new Session(workspace);
        FxToolkit.registerPrimaryStage();

        AtomicReference<Operation> inTheSameTurn = new AtomicReference<>();
        interact(() -> {
            new MainViewModel(session).start();
            inTheSameTurn.set(session.operation());
        });
        assertThat(inTheSameTurn.get()).isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.operation() != null);
        assertThat(session.operation().id()).isEqualTo(demo.id());
    }

    @Test
    void thePreparedOperationIsTakenOnce() throws Exception {
        var workspace = TestWorkspaces.create(folder);
        new DemoService(workspace).createDemoOperation(20, 1);
        session = new Session(workspace).prepareOpening();
        FxToolkit.registerPrimaryStage();

        AtomicReference<Operation> second = new AtomicReference<>();
        interact(() -> {
            session.withOpenOperation(open -> { }, failure -> { });
            // A second taker (a window started again) loads it afresh, in the background.
            session.withOpenOperation(open -> second.set(open.orElseThrow()), failure -> { });
            assertThat(second.get()).isNull();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.get() != null);
    }
}
