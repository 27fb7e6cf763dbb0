package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.model.LeadSummary;
import org.leadline.ui.paste.PasteRow;
import org.testfx.util.WaitForAsyncUtils;

class PastePostTest extends GuiTest {
    static final String POST = "🚤 Trip Libya ➡️ Italy this week, 12000€ all included. Call/WhatsApp +218 91 234 5678\n"
            + "or t.me/ahmed_trips. More: https://www.facebook.com/profile.php?id=100089012345678&mibextid=ZbWKwL";
    static final List<String> FOUND = List.of("phone +218912345678", "url https://t.me/ahmed_trips", "handle telegram:ahmed_trips",
            "url https://facebook.com/profile.php?id=100089012345678", "handle facebook:100089012345678");

    @TempDir
    Path folder;

    @Test
    void pasteConfirmCorrectSaveAndPasteAgain() throws Exception {
        createWorkspace(folder);
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#welcomePane"));

        // Ctrl+V outside a text field opens the dialog with the clipboard's post and lists its selectors in order.
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(POST);
            Clipboard.getSystemClipboard().setContent(content);
            lookup("#addFirstLeadButton").query().requestFocus();
        });
        shortcut(KeyCode.V);
        waitUntil(() -> found().size() == 5 && found().get(0).isFocused());
        assertThat(found().getItems().stream().map(PastePostTest::describe).toList()).isEqualTo(FOUND);
        assertThat(found().getItems()).allMatch(PasteRow::isConfirmed);
        assertThat(saveButton().getText()).isEqualTo("Save 5 leads");

        // Down, Space: the t.me URL is dropped. Down, F2: the handle is corrected in place.
        type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitUntil(() -> !found().getItems().get(1).isConfirmed() && saveButton().getText().equals("Save 4 leads"));
        type(KeyCode.DOWN).type(KeyCode.F2);
        waitUntil(() -> lookup("#pasteEditValue").tryQuery().map(Node::isFocused).orElse(false));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        writeInDialog("t.me/ahmed_travels");
        type(KeyCode.ENTER);
        waitUntil(() -> found().getItems().get(2).selector().canonical().equals("telegram:ahmed_travels")
                && found().getEditingIndex() < 0 && found().isFocused());

        clickOn("#sourceUrlField");
        writeInDialog("https://fb.com/groups/1/posts/2");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#pasteDialog").tryQuery().isEmpty() && table().getItems().size() == 4);
        assertThat(table().getItems().stream().map(PastePostTest::describe).toList()).containsExactlyInAnyOrder(
                "phone +218912345678", "handle telegram:ahmed_travels", FOUND.get(3), FOUND.get(4));
        assertThat(lookup("#statusNotice").queryAs(Label.class).getText()).isEqualTo("Saved 4 leads (0 already known)");

        // Ctrl+Shift+V opens it empty, the post is typed in, Ctrl+Enter finds: the phone is known now.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#pasteText").tryQuery().map(Node::isFocused).orElse(false));
        interact(() -> lookup("#pasteText").queryAs(TextArea.class).setText(POST));
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> found().size() == 5);
        assertThat(found().getItems().get(0).known()).isTrue();
        assertThat(found().getItems().get(1).known()).isFalse();
        assertThat(lookup(".selector-known").match(Node::isVisible).queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Already known: seen 1 time");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#pasteDialog").tryQuery().isEmpty());
        assertThat(table().getItems()).hasSize(4);
    }

    /** Monocle reports both windows focused, so write() would type into the main window: type into the dialog's scene. */
    private void writeInDialog(String text) {
        Scene scene = lookup("#pasteDialog").query().getScene();
        for (char c : text.toCharArray()) {
            robotContext().getBaseRobot().typeKeyboard(scene, KeyCode.UNDEFINED, Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String describe(PasteRow row) {
        return row.selector().kind().wireName() + " " + row.selector().canonical();
    }

    private static String describe(LeadSummary lead) {
        return lead.kind().wireName() + " " + lead.canonical();
    }

    @SuppressWarnings("unchecked")
    private FoundList found() {
        return new FoundList((ListView<PasteRow>) lookup("#foundList").tryQuery().orElse(null));
    }

    private Button saveButton() {
        return lookup("#pasteSaveButton").queryAs(Button.class);
    }

    /** The dialog's list, or an empty one while the dialog is not there. */
    private record FoundList(ListView<PasteRow> list) {
        int size() {
            return list == null ? -1 : list.getItems().size();
        }

        List<PasteRow> getItems() {
            return list == null ? List.of() : list.getItems();
        }

        boolean isFocused() {
            return list != null && list.isFocused();
        }

        int getEditingIndex() {
            return list == null ? -1 : list.getEditingIndex();
        }

        FoundRow get(int index) {
            return new FoundRow(list, index);
        }
    }

    private record FoundRow(ListView<PasteRow> list, int index) {
        boolean isFocused() {
            return list != null && list.isFocused() && list.getSelectionModel().getSelectedIndex() == index;
        }
    }
}
