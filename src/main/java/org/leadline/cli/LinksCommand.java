package org.leadline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.links.ForceLayout;
import org.leadline.logic.links.GraphMlWriter;
import org.leadline.logic.links.LinkEdge;
import org.leadline.logic.links.LinkGraph;
import org.leadline.logic.links.LinkNode;
import org.leadline.logic.links.LinkReason;
import org.leadline.logic.links.LinkService;
import org.leadline.logic.links.Network;
import org.leadline.logic.links.NetworkText;
import org.leadline.logic.links.SvgWriter;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "links", description = "The link chart of the operation: leads linked by shared posts, offers, captures, "
        + "documents and hand merges; its networks (clusters), and the chart as GraphML or SVG.")
final class LinksCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--networks", description = "How many networks to list (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int networks;

    @Option(names = "--graphml", paramLabel = "FILE", description = "Write the chart as GraphML (Gephi, Analyst's Notebook, Maltego).")
    Path graphml;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the chart, laid out, as SVG.")
    Path svg;

    @Option(names = "--json", description = "Print JSON: leads, links, byReason, networks.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (networks < 0) {
            throw new IllegalArgumentException("--networks cannot be negative.");
        }
        try (Workspace workspace = root.openWorkspace()) {
            LinkGraph graph = new LinkService(workspace).graph(root.operation(workspace).id());
            if (graphml != null) {
                GraphMlWriter.write(graph, graphml);
            }
            if (svg != null) {
                SvgWriter.write(graph, ForceLayout.layout(graph, Progress.NONE), svg);
            }
            Map<LinkReason, Integer> byReason = new EnumMap<>(LinkReason.class);
            for (LinkEdge edge : graph.edges()) {
                edge.reasons().keySet().forEach(reason -> byReason.merge(reason, 1, Integer::sum));
            }
            List<Network> top = graph.topNetworks(networks);
            var out = root.terminal.out();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("leads", graph.size());
                result.put("links", graph.edges().size());
                Map<String, Integer> reasons = new LinkedHashMap<>();
                byReason.forEach((reason, count) -> reasons.put(reason.wireName(), count));
                result.put("byReason", reasons);
                result.put("networkCount", graph.networks().size());
                List<Map<String, Object>> listed = new ArrayList<>();
                for (Network network : top) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("cluster", network.cluster());
                    entry.put("size", network.size());
                    entry.put("facilitators", network.facilitators());
                    entry.put("phoneCountries", network.phoneCountries());
                    entry.put("links", network.links());
                    entry.put("members", network.members().stream().map(LinksCommand::member).toList());
                    listed.add(entry);
                }
                result.put("networks", listed);
                out.println(Json.write(result));
            } else {
                out.printf("%,d leads, %,d links %s, %,d networks%n", graph.size(), graph.edges().size(), reasonText(byReason),
                        graph.networks().size());
                for (Network network : top) {
                    out.println(NetworkText.summary(network));
                    network.members().stream().limit(5).forEach(node -> out.printf("  %s %s (%s)%n", node.kind().wireName(),
                            node.canonical(), node.category().wireName()));
                    if (network.size() > 5) {
                        out.printf("  … and %,d more%n", network.size() - 5);
                    }
                }
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> member(LinkNode node) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", node.id().toString());
        member.put("kind", node.kind().wireName());
        member.put("canonical", node.canonical());
        member.put("category", node.category().wireName());
        return member;
    }

    private static String reasonText(Map<LinkReason, Integer> byReason) {
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, count) -> parts.add(reason.wireName() + " " + String.format("%,d", count)));
        return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
    }
}
