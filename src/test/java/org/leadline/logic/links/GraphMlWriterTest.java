package org.leadline.logic.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlWriterTest {
    @TempDir
    Path folder;

    @Test
    void theFileParsesBackWithEveryNodeEdgeAndAttribute() throws Exception {
        LinkGraph graph = TestGraphs.groups(2, 4, 3, 1);
        Path file = folder.resolve("links.graphml");

        GraphMlWriter.write(graph, file);

        Parsed parsed = Parsed.read(file);
        assertThat(parsed.keys).containsEntry("kind", "node").containsEntry("canonical", "node").containsEntry("category", "node")
                .containsEntry("cluster", "node").containsEntry("reasons", "edge").containsEntry("weight", "edge");
        assertThat(parsed.nodes).hasSize(graph.size());
        assertThat(parsed.edges).hasSize(graph.edges().size());
        LinkNode facilitator = graph.networks().get(0).members().get(0);
        Map<String, String> data = parsed.nodes.get(facilitator.id().toString());
        assertThat(data).containsEntry("kind", "phone").containsEntry("canonical", facilitator.canonical())
                .containsEntry("category", "possible-facilitator").containsEntry("cluster", "0").containsEntry("region", "TN");
        assertThat(parsed.nodes.get(graph.nodes().get(9).id().toString())).containsEntry("cluster", "-1");
        assertThat(parsed.edges).extracting(edge -> edge.get("reasons")).containsOnly("post", "offer");
        assertThat(parsed.edges).filteredOn(edge -> edge.get("reasons").equals("offer")).singleElement()
                .satisfies(edge -> assertThat(edge.get("weight")).isEqualTo("1.0"));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    /** What a GraphML reader such as Gephi's sees: keys, nodes by id with their data, edges with theirs. */
    private static final class Parsed {
        final Map<String, String> keys = new HashMap<>();
        final Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        final List<Map<String, String>> edges = new ArrayList<>();

        static Parsed read(Path file) throws Exception {
            Parsed parsed = new Parsed();
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                Map<String, String> current = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    assertThat(xml.getNamespaceURI()).isEqualTo(GraphMlWriter.NAMESPACE);
                    switch (xml.getLocalName()) {
                        case "key" -> parsed.keys.put(xml.getAttributeValue(null, "attr.name"), xml.getAttributeValue(null, "for"));
                        case "node" -> {
                            current = new HashMap<>();
                            parsed.nodes.put(xml.getAttributeValue(null, "id"), current);
                        }
                        case "edge" -> {
                            current = new HashMap<>();
                            current.put("source", xml.getAttributeValue(null, "source"));
                            current.put("target", xml.getAttributeValue(null, "target"));
                            parsed.edges.add(current);
                        }
                        case "data" -> {
                            String key = xml.getAttributeValue(null, "key");
                            current.put(key, xml.getElementText());
                        }
                        default -> {
                        }
                    }
                }
            }
            parsed.edges.forEach(edge -> {
                assertThat(parsed.nodes).containsKey(edge.get("source"));
                assertThat(parsed.nodes).containsKey(edge.get("target"));
            });
            return parsed;
        }
    }
}
