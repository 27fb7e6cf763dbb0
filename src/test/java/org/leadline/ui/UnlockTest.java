package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockTest extends GuiTest {
    @TempDir
    Path folder;

    @Test
    void aWrongPassphraseChangesNothingAndTheRightOneOpensTheMainWindow() throws Exception {
        createWorkspace(folder, "+218912345678");
        startApp(folder);

        assertThat(showing("#unlockScreen")).isTrue();
        assertNoTableShowing(this);

        unlockWith("not the passphrase");
        waitUntil(() -> !lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("The passphrase is wrong for this workspace.");
        assertThat(showing("#unlockScreen")).isTrue();
        assertNoTableShowing(this);
        assertThat(lookup("#passphraseField").queryAs(PasswordField.class).getText()).isEqualTo("not the passphrase");

        eraseText(18);
        write(PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == 1);
        assertThat(table().getItems().get(0).canonical()).contains("218");
        // The row is drawn, not only loaded: a cell of the table shows the value without any further input.
        waitUntil(() -> lookup(".table-row-cell .table-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                        && labeled.getText().contains("+218912345678")
                        || cell.lookupAll(".label").stream().anyMatch(node -> node instanceof Label label
                        && label.getText() != null && label.getText().contains("+218912345678"))));
        // And laid out: a table left needing layout still shows its "no lead" placeholder on screen (StrandedLayout).
        waitUntil(() -> !table().isNeedsLayout() && table().lookupAll(".placeholder").stream().noneMatch(Node::isVisible));
        assertThat(lookup("#unlockScreen").tryQuery()).isEmpty();

        // The lead's fields join the window with the first lead shown, not in its first layout pass (DetailPane).
        assertThat(lookup("#detailPlaceholder").query().isVisible()).isTrue();
        assertThat(lookup("#noteField").tryQuery()).isEmpty();
        interact(() -> table().requestFocus());
        type(KeyCode.J);
        waitUntil(() -> lookup("#detailValue").tryQuery().map(node -> ((Label) node).getText().contains("+218912345678"))
                .orElse(false));
        assertThat(lookup("#noteField").query().isVisible()).isTrue();
        assertThat(lookup("#detailPlaceholder").query().isVisible()).isFalse();
    }
}
