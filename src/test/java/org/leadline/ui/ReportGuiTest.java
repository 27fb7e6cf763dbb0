package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** File → Report… (Ctrl+Shift+R) on a real workspace with a demo day: the chosen format, label, masking and country land in the file. */
class ReportGuiTest extends GuiTest {
    @TempDir
    Path folder;
    @TempDir
    Path out;

    private void open() throws Exception {
        UUID operation = createWorkspace(folder, "+218912345678");
        try (Workspace workspace = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            DemoService demo = new DemoService(workspace);
            demo.fill(operation, 300, 9, Progress.NONE);
            demo.fillOffers(operation, DemoService.offersFor(300), 9, Progress.NONE);
        }
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> table().getItems().size() >= 1);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> showing("#reportDialog") && lookup("#reportCountry").queryAs(ComboBox.class).getItems().size() > 1);
    }

    @Test
    void aMaskedHtmlReportUnderRedIsWrittenFromTheDialog() throws Exception {
        open();
        assertThat(lookup("#reportWrite").query().isFocused()).isTrue();
        clickOn("#reportFormat-html");
        interact(() -> lookup("#reportLabel").queryAs(ComboBox.class).getSelectionModel().select(HandlingLabel.RED));
        clickOn("#reportMask");
        Path file = out.resolve("day1.html");
        interact(() -> lookup("#reportTarget").queryAs(TextField.class).setText(file.toString()));
        clickOn("#reportWrite");
        waitUntil(() -> showing("#reportSummary") && Files.exists(file));
        String html = Files.readString(file);
        assertThat(html).contains("TLP:RED", "Officer 1", "Action day test").doesNotContain("Jonas Weber", "Luca Bianchi");
        assertThat(lookup("#reportDoneFacts").queryLabeled().getText()).contains("HTML", "TLP:RED");
        assertThat(lookup("#statusNotice").queryLabeled().getText()).contains("day1.html");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#reportDialog").tryQuery().isEmpty());
    }

    @Test
    void oneCountrysPdfAnnexAndARefusalToOverwriteWithoutAsking() throws Exception {
        open();
        Path file = out.resolve("libya.pdf");
        Files.writeString(file, "an older file");
        interact(() -> lookup("#reportCountry").queryAs(ComboBox.class).getSelectionModel().select("LY"));
        interact(() -> lookup("#reportTarget").queryAs(TextField.class).setText(file.toString()));
        clickOn("#reportWrite");
        waitUntil(() -> !lookup("#reportError").queryLabeled().getText().isEmpty());
        assertThat(lookup("#reportError").queryLabeled().getText()).isEqualTo("libya.pdf is already there: choose another name, or choose it"
                + " with Choose… to replace it.");
        assertThat(Files.readString(file)).isEqualTo("an older file");
        Path other = out.resolve("libya-2.pdf");
        interact(() -> lookup("#reportTarget").queryAs(TextField.class).setText(other.toString()));
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#reportSummary") && Files.exists(other));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(other.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Country annex: Libya", "Annex LY: Libya", "TLP:AMBER").doesNotContain("Annex FR");
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("libya.pdf", "libya-2.pdf");
        }
    }
}
