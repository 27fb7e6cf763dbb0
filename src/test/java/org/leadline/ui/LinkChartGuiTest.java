package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.links.LinkNode;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.ui.links.LinkChartViewModel;
import org.leadline.ui.links.LinkChartWindow;
import org.testfx.util.WaitForAsyncUtils;

/** The link chart on a demo day: a click selects a lead and highlights its neighbours; a filter hides leads; exports. */
class LinkChartGuiTest extends GuiTest {
    @TempDir
    Path folder;

    @Test
    void clickingALeadHighlightsItsNeighboursAndFilteringByKindHidesLeads() throws Exception {
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Jonas Weber", "BKA", "DE"),
                Clock.systemUTC())) {
            new DemoService(workspace).createDemoOperation(800, 3);
        }
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> !table().getItems().isEmpty());

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#linkChartWindow") && window().model().shownProperty().get() != null);
        LinkChartWindow window = window();
        LinkChartViewModel model = window.model();
        LinkChartViewModel.Chart chart = model.shownProperty().get();
        assertThat(chart.graph().size()).isEqualTo(800);
        assertThat(chart.graph().networks()).isNotEmpty();

        // The first network's first lead, brought to the middle of the canvas, then clicked there.
        LinkNode lead = chart.graph().networks().get(0).members().get(0);
        interact(() -> {
            model.selectAndCentre(lead.id());
            model.select(-1);
            window.canvas().requestRedraw();
        });
        int index = chart.graph().indexOf(lead.id());
        double x = chart.positions().x()[index] * model.scale() + model.offsetX();
        double y = chart.positions().y()[index] * model.scale() + model.offsetY();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> window.canvas().localToScreen(x, y)).get();
        clickOn(onScreen);
        waitUntil(() -> model.selectedProperty().get() != null);

        assertThat(model.selectedProperty().get().id()).isEqualTo(lead.id());
        Set<UUID> neighbours = chart.graph().neighbours(lead.id()).stream().map(LinkNode::id).collect(Collectors.toSet());
        assertThat(neighbours).isNotEmpty();
        assertThat(model.highlightedProperty().get()).isEqualTo(neighbours);
        assertThat(lookup("#linkNeighbours").queryAs(ListView.class).getItems()).hasSize(neighbours.size());
        assertThat(lookup("#linkValue").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo(lead.canonical());
        assertThat(lookup("#linkCluster").queryAs(javafx.scene.control.Label.class).getText()).startsWith("Network 1:");

        // Exports of what is shown: the SVG has one circle per lead, the PNG decodes, the GraphML parses.
        Path svg = folder.resolveSibling(folder.getFileName() + "-chart.svg");
        Path png = folder.resolveSibling(folder.getFileName() + "-chart.png");
        Path graphml = folder.resolveSibling(folder.getFileName() + "-chart.graphml");
        try {
            interact(() -> {
                window.exportSvg(svg);
                window.exportPng(png);
                window.exportGraphMl(graphml);
            });
            WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Files.exists(svg) && Files.exists(png) && Files.exists(graphml));
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            assertThat(factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle")
                    .getLength()).isEqualTo(800);
            BufferedImage picture = ImageIO.read(png.toFile());
            assertThat(picture.getWidth()).isGreaterThan(400);
            assertThat(factory.newDocumentBuilder().parse(graphml.toFile()).getElementsByTagNameNS("*", "node").getLength()).isEqualTo(800);
        } finally {
            Files.deleteIfExists(svg);
            Files.deleteIfExists(png);
            Files.deleteIfExists(graphml);
        }

        // Kinds → Phone unticked: no phone is shown any more, the others stay where they were.
        long phones = chart.graph().nodes().stream().filter(node -> node.kind() == LeadKind.PHONE).count();
        clickOn("#linkKinds");
        MenuButton kinds = lookup("#linkKinds").queryAs(MenuButton.class);
        CheckMenuItem phone = (CheckMenuItem) kinds.getItems().stream().filter(item -> "linkKind-phone".equals(item.getId()))
                .findFirst().orElseThrow();
        interact(() -> phone.setSelected(false));
        type(KeyCode.ESCAPE);
        waitUntil(() -> model.shownProperty().get().graph().size() == 800 - phones);
        assertThat(model.shownProperty().get().graph().nodes()).noneMatch(node -> node.kind() == LeadKind.PHONE);
        assertThat(phones).isGreaterThan(100);

        // Enter opens the selected lead (a handle, URL or other, kept by the filter) in the main window.
        LinkNode shown = model.shownProperty().get().graph().networks().get(0).members().get(0);
        interact(() -> model.select(shown.id()));
        interact(() -> window.canvas().requestFocus());
        type(KeyCode.ENTER);
        waitUntil(() -> !showing("#linkChartWindow") && table().getSelectionModel().getSelectedItem() != null
                && table().getSelectionModel().getSelectedItem().id().equals(shown.id()));
        assertThat(lookup("#searchField").tryQuery().map(node -> ((javafx.scene.control.TextField) node).getText()))
                .hasValue(shown.canonical());
    }

    private LinkChartWindow window() {
        return LinkChartWindow.of(lookup("#linkChartWindow").query());
    }
}
