package org.leadline.logic.links;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jgrapht.Graph;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/** Link graphs made by hand, for the tests of clusters, layout and files. */
final class TestGraphs {
    private TestGraphs() {
    }

    static LinkNode node(int number, LeadKind kind, Category category, String region) {
        return new LinkNode(new UUID(0x0190_0000_0000_7000L, number), kind, kind == LeadKind.PHONE ? "+21891000" + number : "lead-" + number,
                category, region, null);
    }

    /**
     * {@code groups} dense groups of {@code size} leads (each lead linked to every other in its group by a post), every
     * group joined to the next by one offer, and {@code isolated} leads linked to nothing. The first lead of the
     * {@code facilitatorGroup}-th group is a possible facilitator.
     */
    static LinkGraph groups(int groups, int size, int isolated, int facilitatorGroup) {
        Graph<LinkNode, LinkEdge> graph = LinkGraph.emptyGraph();
        List<LinkEdge> edges = new ArrayList<>();
        List<List<LinkNode>> members = new ArrayList<>();
        int number = 0;
        for (int g = 0; g < groups; g++) {
            List<LinkNode> group = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Category category = g == facilitatorGroup && i == 0 ? Category.POSSIBLE_FACILITATOR : Category.PHONE_NUMBER;
                LinkNode node = node(number++, LeadKind.PHONE, category, g % 2 == 0 ? "LY" : "TN");
                graph.addVertex(node);
                group.add(node);
            }
            members.add(group);
        }
        for (int i = 0; i < isolated; i++) {
            graph.addVertex(node(number++, LeadKind.URL, Category.URL, null));
        }
        for (List<LinkNode> group : members) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    edges.add(link(graph, group.get(i), group.get(j), LinkReason.POST));
                }
            }
        }
        for (int g = 0; g + 1 < groups; g++) {
            edges.add(link(graph, members.get(g).get(size - 1), members.get(g + 1).get(0), LinkReason.OFFER));
        }
        return LinkGraph.of(graph, edges);
    }

    /** A sparse random graph of {@code nodes} leads with about {@code perNode} links each, the same for the same seed. */
    static LinkGraph random(int nodes, double perNode, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Graph<LinkNode, LinkEdge> graph = LinkGraph.emptyGraph();
        List<LinkNode> all = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            LinkNode node = node(i, i % 3 == 0 ? LeadKind.HANDLE : LeadKind.PHONE, Category.OTHER, null);
            graph.addVertex(node);
            all.add(node);
        }
        List<LinkEdge> edges = new ArrayList<>();
        for (int e = 0; e < nodes * perNode; e++) {
            int a = random.nextInt(nodes);
            // Mostly near neighbours, so that the graph has local structure as real networks do.
            int b = random.nextInt(10) < 8 ? Math.floorMod(a + 1 + random.nextInt(20), nodes) : random.nextInt(nodes);
            if (a != b && graph.getEdge(all.get(a), all.get(b)) == null) {
                edges.add(link(graph, all.get(a), all.get(b), LinkReason.POST));
            }
        }
        return LinkGraph.of(graph, edges);
    }

    private static LinkEdge link(Graph<LinkNode, LinkEdge> graph, LinkNode a, LinkNode b, LinkReason reason) {
        LinkEdge edge = new LinkEdge(a, b);
        edge.add(reason);
        graph.addEdge(a, b, edge);
        return edge;
    }
}
