package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.picture.PictureService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadScope;
import org.leadline.model.LeadSummary;

/**
 * The operation picture on demo data: Ctrl+Shift+P opens it, a click on a tile and Enter on a bar each show exactly
 * the leads behind that number in the lead table, under a chip that Escape removes.
 */
class DashboardGuiTest extends GuiTest {
    @TempDir
    Path folder;

    @Test
    void aTileAndABarOfTheDemoPictureShowExactlyTheirLeads() throws Exception {
        UUID operation;
        Set<UUID> facilitators;
        OperationPicture.Bar country;
        Set<UUID> phonesOfCountry;
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Jonas Weber", "BKA", "DE"),
                Clock.systemUTC())) {
            operation = new DemoService(workspace).createDemoOperation(1_000, 7).id();
            PictureService pictures = new PictureService(workspace);
            facilitators = Set.copyOf(pictures.leadIds(operation, LeadScope.of(LeadScope.Kind.FACILITATORS)));
            // The second country's bar: fewer phones than a page of the table, so every one of them is loaded.
            country = pictures.picture(operation).phonesByCountry().get(1);
            phonesOfCountry = Set.copyOf(pictures.leadIds(operation, country.scope()));
        }
        assertThat(facilitators).hasSizeBetween(1, 100);
        assertThat(phonesOfCountry).hasSize(country.value()).hasSizeBetween(1, 100);

        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> table().getItems().size() == 100);

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#dashboard") && lookup("#tile-facilitators").tryQuery().isPresent());
        assertThat(showing("#leadTable")).isFalse();
        // The cursor waits on the first tile.
        waitUntil(() -> lookup("#tile-leads").query().isFocused());
        assertThat(tileValue("#tile-facilitators")).isEqualTo(Integer.toString(facilitators.size()));
        assertThat(tileValue("#tile-leads")).isEqualTo("1000");

        clickOn("#tile-facilitators");
        waitUntil(() -> showing("#leadTable") && showing("#scopeChip") && rowIds().equals(facilitators));
        assertThat(showing("#dashboard")).isFalse();
        waitUntil(() -> chip().equals("Facilitators: " + facilitators.size() + " leads"));

        // Back to the picture; a country's bar, focused and Enter: its phone numbers.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#dashboard") && !lookup("#picturePhones .picture-bar").queryAll().isEmpty());
        List<Node> bars = List.copyOf(lookup("#picturePhones .picture-bar").queryAll());
        interact(() -> bars.get(1).requestFocus());
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#leadTable") && rowIds().equals(phonesOfCountry));
        assertThat(table().getItems()).allSatisfy(row -> assertThat(row.canonical()).startsWith("+"));
        waitUntil(() -> chip().startsWith("Phone numbers in ") && chip().contains("(" + country.key() + ")")
                && chip().endsWith(phonesOfCountry.size() == 1 ? "1 lead" : phonesOfCountry.size() + " leads"));

        // Escape in the table removes the chip: every lead again.
        clickOn(table());
        type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#scopeChip") && table().getItems().size() == 100);

        // Escape on the picture goes back to the leads too.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#dashboard"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> showing("#leadTable") && !showing("#dashboard"));
    }

    private String tileValue(String id) {
        Button tile = lookup(id).queryAs(Button.class);
        return ((Label) ((javafx.scene.layout.VBox) tile.getGraphic()).getChildren().get(0)).getText();
    }

    private String chip() {
        return lookup("#scopeChipText").queryAs(Label.class).getText();
    }

    private Set<UUID> rowIds() {
        return table().getItems().stream().map(LeadSummary::id).collect(Collectors.toSet());
    }
}
