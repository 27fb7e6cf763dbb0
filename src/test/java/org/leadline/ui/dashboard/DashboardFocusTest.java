package org.leadline.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.picture.PictureService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Session;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first tile takes the focus however the picture and the screen's first layout pass are ordered. A picture that
 * arrives before that pass (a slow machine) finds its tiles not yet in the scene, where a focus request does nothing.
 */
class DashboardFocusTest extends FxRobot {
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
    void theFirstTileIsFocusedWhenThePictureArrivesBeforeTheScreenIsLaidOut() throws Exception {
        Workspace workspace = TestWorkspaces.create(folder);
        session = new Session(workspace);
        var operation = new DemoService(workspace).createDemoOperation(60, 3).id();
        OperationPicture picture = new PictureService(workspace).picture(operation);

        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane center = new StackPane();
        TextField elsewhere = new TextField();
        FxToolkit.setupSceneRoot(() -> new VBox(elsewhere, center));
        FxToolkit.showStage();
        interact(elsewhere::requestFocus);

        DashboardViewModel model = new DashboardViewModel(session);
        DashboardView view = new DashboardView(model, (scope, label) -> { }, Map.of(), () -> { });
        // As Ctrl+Shift+P does it, but with the picture already computed: all in one turn of the FX thread, no pulse.
        interact(() -> {
            center.getChildren().add(view.root());
            view.focus();
            model.picture.set(picture);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = stage.getScene();
        Node first = lookup("#tile-leads").query();
        assertThat(scene.getFocusOwner()).isSameAs(first);
    }
}
