package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;

/** A workspace opened on a training exercise shows the TRAINING banner; a real operation does not. */
class TrainingGuiTest extends GuiTest {
    @TempDir
    Path dir;

    @Test
    void theBannerShowsForATrainingOperationOnly() throws Exception {
        Path folder = dir.resolve("ws");
        java.util.UUID real;
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Karl Novak", "PCCR", "CZ"),
                Clock.systemUTC())) {
            OperationService operations = new OperationService(workspace);
            real = operations.create("Real day", null, "CZ", null, null).id();
            operations.createTraining("Lyon drill", null, "LY");
        }
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#trainingBanner"));
        assertThat(lookup("#trainingBanner").queryAs(Label.class).getText()).startsWith("TRAINING");
        assertThat(lookup("#operationName").queryAs(Label.class).getText()).isEqualTo("Lyon drill");

        closeApp();
        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            new OperationService(workspace).open(real);
        }
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> lookup("#operationName").queryAs(Label.class).getText().equals("Real day"));
        assertThat(showing("#trainingBanner")).isFalse();
    }
}
