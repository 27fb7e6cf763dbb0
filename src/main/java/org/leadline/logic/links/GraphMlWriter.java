package org.leadline.logic.links;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The link chart as GraphML for i2 Analyst's Notebook, Maltego or Gephi: each lead a node with its kind, canonical
 * value, category, cluster and phone country; each link an edge with its reasons and weight. Written with StAX
 * (jgrapht-io would bring ANTLR and Commons Text for this one file format). Gephi takes {@code label} as the node's
 * label and {@code weight} as the edge's weight.
 */
public final class GraphMlWriter {
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String target, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "label", "string"),
            new Key("kind", "node", "kind", "string"),
            new Key("canonical", "node", "canonical", "string"),
            new Key("category", "node", "category", "string"),
            new Key("cluster", "node", "cluster", "int"),
            new Key("region", "node", "region", "string"),
            new Key("merged_into", "node", "merged_into", "string"),
            new Key("reasons", "edge", "reasons", "string"),
            new Key("weight", "edge", "weight", "double"));

    private GraphMlWriter() {
    }

    /** Writes the graph to a file that takes its name only when complete. */
    public static void write(LinkGraph graph, Path target) throws IOException {
        ChartFiles.write(target, out -> write(graph, out));
    }

    public static void write(LinkGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeCharacters("\n");
            for (Key key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.target());
                xml.writeAttribute("attr.name", key.name());
                xml.writeAttribute("attr.type", key.type());
                xml.writeCharacters("\n");
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "links");
            xml.writeAttribute("edgedefault", "undirected");
            xml.writeCharacters("\n");
            for (LinkNode node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id().toString());
                data(xml, "label", node.canonical());
                data(xml, "kind", node.kind().wireName());
                data(xml, "canonical", node.canonical());
                data(xml, "category", node.category().wireName());
                data(xml, "cluster", Integer.toString(graph.clusterOf(node.id())));
                if (node.region() != null) {
                    data(xml, "region", node.region());
                }
                if (node.mergedInto() != null) {
                    data(xml, "merged_into", node.mergedInto().toString());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int number = 0;
            for (LinkEdge edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + number++);
                xml.writeAttribute("source", edge.source().id().toString());
                xml.writeAttribute("target", edge.target().id().toString());
                data(xml, "reasons", edge.reasonText());
                data(xml, "weight", String.format(Locale.ROOT, "%d.0", edge.weight()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the GraphML: " + e.getMessage(), e);
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
