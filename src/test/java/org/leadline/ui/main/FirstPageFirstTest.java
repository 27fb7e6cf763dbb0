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
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Counters;
import org.leadline.ui.common.Session;
import org.leadline.ui.leads.LeadTableViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When an operation opens (the window's start, or a switch), the lead table's first page is the first database job:
 * the counters and the operations list wait behind it. The one background worker runs jobs in order, so a counter
 * query queued first (hundreds of milliseconds on a large operation) held the table back at every start.
 */
class FirstPageFirstTest extends FxRobot {
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
    void theTableHasItsFirstPageBeforeTheCountersAreLoaded() throws Exception {
        Workspace workspace = TestWorkspaces.create(folder);
        new DemoService(workspace).createDemoOperation(200, 3);
        session = new Session(workspace);
        FxToolkit.registerPrimaryStage();

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
}
