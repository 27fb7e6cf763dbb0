package org.leadline.logic.links;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The link chart as SVG, written by hand (plain SVG 1.1 that browsers, Inkscape and rsvg open): the links in one path
 * per colour (a link inside a network takes its colour, others grey), one circle per lead with its value as a
 * tooltip, possible facilitators ringed (and labelled in the networks the legend names), and a legend of the first
 * networks.
 */
public final class SvgWriter {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1200;
    private static final int MARGIN = 40;
    private static final int LEGEND = ClusterPalette.size();

    private SvgWriter() {
    }

    public static void write(LinkGraph graph, ForceLayout.Positions positions, Path target) throws IOException {
        ChartFiles.write(target, out -> write(graph, positions, out));
    }

    public static void write(LinkGraph graph, ForceLayout.Positions positions, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        double[] b = positions.bounds();
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / Math.max(1e-6, b[2] - b[0]), (HEIGHT - 2.0 * MARGIN) / Math.max(1e-6, b[3] - b[1]));
        double offsetX = MARGIN + ((WIDTH - 2.0 * MARGIN) - scale * (b[2] - b[0])) / 2 - scale * b[0];
        double offsetY = MARGIN + ((HEIGHT - 2.0 * MARGIN) - scale * (b[3] - b[1])) / 2 - scale * b[1];
        double[] x = new double[graph.size()];
        double[] y = new double[graph.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = offsetX + scale * positions.x()[i];
            y[i] = offsetY + scale * positions.y()[i];
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        out.write("<title>Leadline link chart</title>\n");
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        Map<String, StringBuilder> paths = new LinkedHashMap<>();
        for (LinkEdge edge : graph.edges()) {
            int a = graph.indexOf(edge.source().id());
            int c = graph.indexOf(edge.target().id());
            int cluster = graph.clusterOf(edge.source().id());
            String colour = cluster == graph.clusterOf(edge.target().id()) ? ClusterPalette.colour(cluster) : ClusterPalette.NO_CLUSTER;
            paths.computeIfAbsent(colour, key -> new StringBuilder())
                    .append(String.format(Locale.ROOT, "M%.1f %.1fL%.1f %.1f", x[a], y[a], x[c], y[c]));
        }
        out.write("<g id=\"links\" fill=\"none\" stroke-width=\"0.8\" stroke-opacity=\"0.55\">\n");
        for (Map.Entry<String, StringBuilder> path : paths.entrySet()) {
            out.write("<path stroke=\"" + path.getKey() + "\" d=\"" + path.getValue() + "\"/>\n");
        }
        out.write("</g>\n<g id=\"leads\" stroke=\"#ffffff\" stroke-width=\"0.6\">\n");
        double radius = graph.size() > 2_000 ? 2.5 : graph.size() > 300 ? 3.5 : 5;
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            LinkNode node = graph.nodes().get(i);
            String fill = ClusterPalette.colour(graph.clusterOf(node.id()));
            String ring = node.possibleFacilitator() ? " stroke=\"#202124\" stroke-width=\"1.5\"" : "";
            out.write(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s><title>%s (%s, %s)</title></circle>%n",
                    x[i], y[i], node.possibleFacilitator() ? radius * 1.6 : radius, fill, ring, escape(node.canonical()),
                    node.kind().wireName(), node.category().wireName()));
            int cluster = graph.clusterOf(node.id());
            if (node.possibleFacilitator() && cluster != LinkGraph.NO_CLUSTER && cluster < ClusterPalette.size()) {
                labels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x[i] + radius * 2, y[i] + 3,
                        escape(node.canonical())));
            }
        }
        out.write("</g>\n<g id=\"labels\" font-size=\"10\" fill=\"#202124\">\n");
        out.write(labels.toString());
        out.write("</g>\n");
        legend(out, graph.topNetworks(LEGEND));
        out.write("</svg>\n");
        out.flush();
    }

    private static void legend(Writer out, List<Network> networks) throws IOException {
        out.write("<g id=\"legend\" font-size=\"12\" fill=\"#202124\">\n");
        int line = 0;
        for (Network network : networks) {
            double y = 20 + line++ * 18;
            out.write(String.format(Locale.ROOT, "<rect x=\"12\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>", y - 10,
                    ClusterPalette.colour(network.cluster())));
            out.write(String.format(Locale.ROOT, "<text x=\"30\" y=\"%.0f\">%s</text>%n", y, escape(NetworkText.summary(network))));
        }
        String[][] rest = {{ClusterPalette.OTHER_NETWORK, "Smaller networks"}, {ClusterPalette.NO_CLUSTER, "Not in a network"}};
        for (String[] entry : rest) {
            double y = 20 + line++ * 18;
            out.write(String.format(Locale.ROOT, "<rect x=\"12\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>", y - 10, entry[0]));
            out.write(String.format(Locale.ROOT, "<text x=\"30\" y=\"%.0f\">%s</text>%n", y, entry[1]));
        }
        out.write("</g>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
