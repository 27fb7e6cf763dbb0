package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTest extends GuiTest {
    @TempDir
    Path folder;

    @Test
    void ctrlLHidesTheOperationUntilThePassphraseIsGiven() throws Exception {
        createWorkspace(folder, "+218912345678", "+218923456789");
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == 2);

        shortcut(KeyCode.L);
        waitUntil(() -> showing("#lockScreen"));
        assertNoTableShowing(this);
        assertThat(lookup("#quickAddValue").tryQuery()).isEmpty();

        unlockWith("still not it");
        waitUntil(() -> !lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("The passphrase is wrong for this workspace.");
        assertNoTableShowing(this);

        eraseText("still not it".length());
        write(PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == 2);
        assertThat(lookup("#lockScreen").tryQuery()).isEmpty();
    }
}
