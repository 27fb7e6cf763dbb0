package org.leadline.logic.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.tasks.Progress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {
    @TempDir
    Path folder;

    @Test
    void theSvgIsWellFormedWithOneCirclePerLeadInsideTheCanvas() throws Exception {
        LinkGraph graph = TestGraphs.groups(3, 5, 4, 1);
        ForceLayout.Positions positions = ForceLayout.layout(graph, Progress.NONE);
        Path file = folder.resolve("chart.svg");

        SvgWriter.write(graph, positions, file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList circles = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        assertThat(circles.getLength()).isEqualTo(graph.size());
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            assertThat(Double.parseDouble(circle.getAttribute("cx"))).isBetween(0.0, (double) SvgWriter.WIDTH);
            assertThat(Double.parseDouble(circle.getAttribute("cy"))).isBetween(0.0, (double) SvgWriter.HEIGHT);
        }
        Element first = (Element) circles.item(graph.indexOf(graph.networks().get(0).members().get(0).id()));
        assertThat(first.getAttribute("fill")).isEqualTo(ClusterPalette.colour(0));
        assertThat(first.getTextContent()).contains(graph.networks().get(0).members().get(0).canonical());
        // Links inside the three networks in their colours, the two between them grey: four paths.
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(4);
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(3).getTextContent())
                .contains("Network 1: 5 leads, 1 possible facilitator");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void valuesAreEscaped() {
        assertThat(SvgWriter.escape("<a href=\"x\">&</a>\u0001")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
