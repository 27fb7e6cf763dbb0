package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.model.LeadKind;

class HandMergeTest extends GuiTest {
    @TempDir
    Path folder;

    @Test
    void aSuggestedHandleIsMergedByHandAndTheMergeUndone() throws Exception {
        createWorkspace(folder, LeadKind.HANDLE, "telegram:ahmed_trips", "telegram:ahmed_trip");
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == 2);

        int index = table().getItems().stream().map(row -> row.canonical()).toList().indexOf("telegram:ahmed_trips");
        interact(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(index);
        });
        waitUntil(() -> showing("#mergeSuggestion0"));
        assertThat(lookup("#suggestionsSection .merge-value").queryAs(Label.class).getText()).isEqualTo("telegram:ahmed_trip");
        assertThat(showing("#mergedSection")).isFalse();

        clickOn("#mergeSuggestion0");
        waitUntil(() -> lookup("#confirmMergeButton").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Merge telegram:ahmed_trip into telegram:ahmed_trips?");
        clickOn("#confirmMergeButton");
        waitUntil(() -> table().getItems().size() == 1 && showing("#undoMerge0"));
        assertThat(table().getItems().get(0).canonical()).isEqualTo("telegram:ahmed_trips");
        assertThat(lookup("#mergedSection .merge-value").queryAs(Label.class).getText()).isEqualTo("telegram:ahmed_trip");

        clickOn("#undoMerge0");
        waitUntil(() -> table().getItems().size() == 2 && !showing("#mergedSection") && showing("#mergeSuggestion0"));
        assertThat(lookup("#detailValue").queryAs(Label.class).getText()).isEqualTo("telegram:ahmed_trips");
    }
}
