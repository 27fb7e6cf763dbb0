package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count beside the filters: "100+" only while rows are still to load, never for a page that is exactly full. */
class LeadTableCountTest extends GuiTest {
    /** The table's page. */
    private static final int PAGE = 100;

    @TempDir
    Path folder;

    @Test
    void exactlyAPageOfLeadsIsCountedWithoutAPlus() throws Exception {
        createWorkspace(folder, phones(PAGE));
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == PAGE);
        assertThat(rowCount()).isEqualTo("100 leads");
    }

    @Test
    void onePastAPageIsCountedWithAPlusUntilItIsLoaded() throws Exception {
        createWorkspace(folder, phones(PAGE + 1));
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == PAGE);
        assertThat(rowCount()).isEqualTo("100+ leads");
        interact(() -> table().scrollTo(PAGE - 1));
        waitUntil(() -> table().getItems().size() == PAGE + 1);
        assertThat(rowCount()).isEqualTo("101 leads");
    }

    @Test
    void oneLeadIsOneLead() throws Exception {
        createWorkspace(folder, phones(1));
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#leadTable") && table().getItems().size() == 1);
        assertThat(rowCount()).isEqualTo("1 lead");
    }

    private String rowCount() {
        return lookup("#rowCount").queryAs(Label.class).getText();
    }

    private static String[] phones(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("+2189123%05d", i)).toArray(String[]::new);
    }
}
