package org.leadline.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.model.Operation;
import org.leadline.ui.common.Counters;
import org.leadline.ui.common.Session;
import org.leadline.ui.leads.LeadTableViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the main window asks for first when an operation opens. The one background worker runs jobs in order: the lead
 * table's first page goes ahead of the counters (hundreds of milliseconds on a large operation). The unlock loads the
 * open operation on its own thread (Session.prepareOpening), so the window sets it in its first turn and the first
 * page is asked for before the window's first layout pass, not after it.
 */
class MainWindowStartTest extends FxRobot {
    @TempDir
    Path folder;
    private Session session;
    private Operation demo;

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (session != null) {
            session.close();
        }
    }

    private void openDemo(int leads, boolean prepared) throws TimeoutException {
        var workspace = TestWorkspaces.create(folder);
        demo = new DemoService(workspace).createDemoOperation(leads, 3);
        session = prepared ? new Session(workspace).prepareOpening() : new Session(workspace);
        FxToolkit.registerPrimaryStage();
    }

    /** The operation the session has right after the main model started, in that same turn of the FX thread. */
    private Operation operationInTheTurnOfStart() {
        AtomicReference<Operation> inTheSameTurn = new AtomicReference<>();
        interact(() -> {
            new MainViewModel(session).start();
            inTheSameTurn.set(session.operation());
        });
        return inTheSameTurn.get();
    }

    @Test
    void theTableHasItsFirstPageBeforeTheCountersAreLoaded() throws Exception {
        openDemo(200, false);
        AtomicReference<Counters> countersWhenRowsCame = new AtomicReference<>();
        AtomicReference<MainViewModel> main = new AtomicReference<>();
        interact(() -> {
            // Built in the order the window builds them: the main model's listener on the operation comes first.
            MainViewModel model = new MainViewModel(session);
            LeadTableViewModel table = new LeadTableViewModel(session);
            table.rows().addListener((ListChangeListener<Object>) change -> {
                if (!table.rows().isEmpty() && countersWhenRowsCame.get() == null) {
                    countersWhenRowsCame.set(model.counters.get());
                }
            });
            main.set(model);
            model.start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.get().counters.get() != Counters.NONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(countersWhenRowsCame.get()).as("the counters when the first page arrived").isSameAs(Counters.NONE);
        assertThat(main.get().counters.get().leads()).isPositive();
    }

    @Test
    void aPreparedSessionHasItsOperationInTheMainWindowsFirstTurn() throws Exception {
        openDemo(20, true);
        Operation first = operationInTheTurnOfStart();
        assertThat(first).isNotNull();
        assertThat(first.id()).isEqualTo(demo.id());
    }

    @Test
    void withoutPreparingTheOperationIsLoadedInTheBackground() throws Exception {
        openDemo(20, false);
        assertThat(operationInTheTurnOfStart()).isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.operation() != null);
        assertThat(session.operation().id()).isEqualTo(demo.id());
    }

    @Test
    void thePreparedOperationIsTakenOnce() throws Exception {
        openDemo(20, true);
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
