package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.model.Offer;
import org.leadline.model.RouteAggregate;
import org.leadline.ui.offers.MapView;
import org.leadline.ui.offers.MapViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** A post pasted through the real dialog yields an offer the officer confirms; it is on the routes and on the map. */
class OffersGuiTest extends GuiTest {
    static final String POST = "Crossing Libya ➡️ Italy, 12000€ per person, boat from Zuwara, call +218 91 234 5678";

    @TempDir
    Path folder;

    @Test
    void anOfferFromAPastedPostShowsInTheRoutesAndOnTheMap() throws Exception {
        createWorkspace(folder);
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#welcomePane"));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#pasteText").tryQuery().map(Node::isFocused).orElse(false));
        interact(() -> lookup("#pasteText").queryAs(TextArea.class).setText(POST));
        clickOn("#findSelectorsButton");
        waitUntil(() -> showing("#pasteOffersSection") && lookup(".paste-offer-check").queryAll().size() == 1);
        CheckBox suggested = lookup(".paste-offer-check").queryAs(CheckBox.class);
        // Proposed, not taken for granted: the officer confirms it.
        assertThat(suggested.isSelected()).isFalse();
        assertThat(suggested.getText()).startsWith("Travel · 12,000 EUR / person · LY").contains("IT").contains("Boat");
        assertThat(button("#pasteSaveButton").getText()).isEqualTo("Save 1 lead");
        clickOn(suggested);
        waitUntil(() -> button("#pasteSaveButton").getText().equals("Save 1 lead and 1 offer"));
        clickOn("#pasteSaveButton");
        waitUntil(() -> lookup("#pasteDialog").tryQuery().isEmpty() && table().getItems().size() == 1);

        // View → Offers: the offer, linked to the lead saved from the same post.
        shortcut(KeyCode.O);
        waitUntil(() -> showing("#offersScreen") && offers().getItems().size() == 1 && routes().getItems().size() == 1);
        Offer offer = offers().getItems().get(0);
        assertThat(offer.amount()).isEqualByComparingTo("12000");
        assertThat(offer.leadIds()).hasSize(1);
        assertThat(offer.from().country()).isEqualTo("LY");
        assertThat(offer.to().country()).isEqualTo("IT");

        // Routes: LY → IT, 1 offer at 12,000 EUR; selecting it draws its price chart.
        interact(() -> tabs().getSelectionModel().select(1));
        RouteAggregate route = routes().getItems().get(0);
        assertThat(List.of(route.from(), route.to(), route.offers())).isEqualTo(List.of("LY", "IT", 1));
        assertThat(route.medianEur()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(route.minEur()).isEqualByComparingTo(route.maxEur());
        interact(() -> routes().getSelectionModel().select(0));
        waitUntil(() -> lookup("#priceChart").queryAs(javafx.scene.chart.ScatterChart.class).getData().size() == 1
                && ((javafx.scene.chart.XYChart.Series<?, ?>) lookup("#priceChart").queryAs(javafx.scene.chart.ScatterChart.class)
                .getData().get(0)).getData().size() == 1);
        interact(() -> routes().getSelectionModel().clearSelection());

        // Map: one arrow LY → IT; a click at its midpoint selects the route and shows the offers behind it.
        interact(() -> tabs().getSelectionModel().select(2));
        MapView map = lookup("#offersMap").queryAs(MapView.class);
        waitUntil(() -> map.getWidth() > 100 && map.model().arrows().size() == 1);
        interact(() -> map.model().selectedProperty().set(null));
        MapViewModel.Arrow arrow = map.model().arrows().get(0);
        assertThat(arrow.route().from() + "→" + arrow.route().to()).isEqualTo("LY→IT");
        double[] mid = arrow.midpoint();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> map.localToScreen(mid[0], mid[1])).get();
        moveTo(onScreen);
        // The tooltip of this map: the operation picture in the main window has a map (and a tooltip) of its own.
        Label tooltip = from(map).lookup("#mapTooltip").queryAs(Label.class);
        waitUntil(tooltip::isVisible);
        assertThat(tooltip.getText()).startsWith("LY → IT: 1 offer, 12,000 – 12,000 EUR");
        clickOn(onScreen);
        waitUntil(() -> map.model().selectedProperty().get() != null && tabs().getSelectionModel().getSelectedIndex() == 0);
        assertThat(map.model().selectedProperty().get().from()).isEqualTo("LY");
        waitUntil(() -> lookup("#offersFilter").queryAs(Label.class).getText().equals("Offers on LY → IT") && offers().getItems().size() == 1);
        type(KeyCode.ESCAPE);
    }

    private Button button(String id) {
        return lookup(id).queryAs(Button.class);
    }

    private TabPane tabs() {
        return (TabPane) lookup("#offersScreen").queryAs(javafx.scene.layout.BorderPane.class).getCenter();
    }

    @SuppressWarnings("unchecked")
    private TableView<Offer> offers() {
        return (TableView<Offer>) lookup("#offersTable").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<RouteAggregate> routes() {
        return (TableView<RouteAggregate>) lookup("#routesTable").query();
    }
}
