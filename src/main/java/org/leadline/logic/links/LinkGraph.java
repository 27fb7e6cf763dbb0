package org.leadline.logic.links;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.leadline.model.LeadKind;

/**
 * The link chart of an operation: its leads, the links between them with their reasons, and the clusters (possible
 * facilitator networks) found in the whole graph. Nodes and edges keep a stable order (leads by id), so that the same
 * operation always gives the same graph, clusters, layout and files. A filtered graph keeps the clusters of the whole
 * one, so that a lead keeps its colour when others are hidden.
 */
public final class LinkGraph {
    /** The cluster of a lead that is in no network (linked to nothing, or alone in its community). */
    public static final int NO_CLUSTER = -1;

    private final Graph<LinkNode, LinkEdge> graph;
    private final List<LinkNode> nodes;
    private final List<LinkEdge> edges;
    private final Map<UUID, Integer> indexOf = new HashMap<>();
    private final Map<UUID, Integer> clusterOf;
    private final List<Network> networks;

    private LinkGraph(Graph<LinkNode, LinkEdge> graph, List<LinkEdge> edges, Map<UUID, Integer> clusterOf, List<Network> networks) {
        this.graph = graph;
        this.nodes = List.copyOf(graph.vertexSet());
        this.edges = List.copyOf(edges);
        for (int i = 0; i < nodes.size(); i++) {
            indexOf.put(nodes.get(i).id(), i);
        }
        this.clusterOf = clusterOf;
        this.networks = networks;
    }

    static Graph<LinkNode, LinkEdge> emptyGraph() {
        return GraphTypeBuilder.<LinkNode, LinkEdge>undirected().allowingMultipleEdges(false).allowingSelfLoops(false)
                .weighted(false).buildGraph();
    }

    /** The graph as built, with its clusters detected and ranked. Nodes must be in id order. */
    static LinkGraph of(Graph<LinkNode, LinkEdge> graph, List<LinkEdge> edges) {
        List<Network> ranked = rank(graph, Communities.detect(graph));
        Map<UUID, Integer> clusterOf = new HashMap<>();
        List<Network> numbered = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Network network = ranked.get(i);
            numbered.add(new Network(i, network.members(), network.facilitators(), network.phoneCountries(), network.links()));
            network.members().forEach(member -> clusterOf.put(member.id(), numbered.size() - 1));
        }
        return new LinkGraph(graph, edges, clusterOf, List.copyOf(numbered));
    }

    /** Possible facilitators first, then the larger network, then the more linked, then the oldest lead. */
    private static List<Network> rank(Graph<LinkNode, LinkEdge> graph, List<List<LinkNode>> clusters) {
        List<Network> networks = new ArrayList<>();
        for (List<LinkNode> members : clusters) {
            List<LinkNode> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparing((LinkNode node) -> !node.possibleFacilitator()).thenComparing(LinkNode::canonical));
            int facilitators = (int) members.stream().filter(LinkNode::possibleFacilitator).count();
            Map<String, Integer> countries = new TreeMap<>();
            members.stream().filter(node -> node.kind() == LeadKind.PHONE && node.region() != null)
                    .forEach(node -> countries.merge(node.region(), 1, Integer::sum));
            Map<String, Integer> byCount = new LinkedHashMap<>();
            countries.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(entry -> byCount.put(entry.getKey(), entry.getValue()));
            java.util.Set<LinkNode> inside = new java.util.HashSet<>(members);
            int links = 0;
            for (LinkNode member : members) {
                for (LinkEdge edge : graph.edgesOf(member)) {
                    if (inside.contains(edge.other(member)) && edge.source().equals(member)) {
                        links++;
                    }
                }
            }
            networks.add(new Network(-1, List.copyOf(sorted), facilitators, Collections.unmodifiableMap(byCount), links));
        }
        networks.sort(Comparator.comparingInt(Network::facilitators).reversed()
                .thenComparing(Comparator.comparingInt(Network::size).reversed())
                .thenComparing(Comparator.comparingInt(Network::links).reversed())
                .thenComparing(network -> network.members().stream().map(LinkNode::id).min(UUID::compareTo).orElseThrow()));
        return networks;
    }

    /** The leads, in id order (the index of a lead is its place in this list). */
    public List<LinkNode> nodes() {
        return nodes;
    }

    /** The links, in a stable order. */
    public List<LinkEdge> edges() {
        return edges;
    }

    /** The graph for JGraphT's algorithms, read-only. */
    public Graph<LinkNode, LinkEdge> graph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    public int size() {
        return nodes.size();
    }

    public Optional<LinkNode> node(UUID id) {
        Integer index = indexOf.get(id);
        return index == null ? Optional.empty() : Optional.of(nodes.get(index));
    }

    /** The place of a lead in {@link #nodes()}, or -1 if the graph does not hold it. */
    public int indexOf(UUID id) {
        return indexOf.getOrDefault(id, -1);
    }

    /** The links of a lead, in a stable order. */
    public List<LinkEdge> linksOf(UUID id) {
        return node(id).map(node -> graph.edgesOf(node).stream()
                .sorted(Comparator.comparingInt((LinkEdge edge) -> indexOf(edge.other(node).id()))).toList()).orElse(List.of());
    }

    /** The leads linked to a lead, in id order. */
    public List<LinkNode> neighbours(UUID id) {
        return node(id).map(node -> linksOf(id).stream().map(edge -> edge.other(node)).toList()).orElse(List.of());
    }

    /** The link between two leads, if there is one. */
    public Optional<LinkEdge> link(UUID a, UUID b) {
        Optional<LinkNode> first = node(a);
        Optional<LinkNode> second = node(b);
        return first.isPresent() && second.isPresent() ? Optional.ofNullable(graph.getEdge(first.get(), second.get())) : Optional.empty();
    }

    /** The cluster a lead belongs to, or {@link #NO_CLUSTER}. */
    public int clusterOf(UUID id) {
        return clusterOf.getOrDefault(id, NO_CLUSTER);
    }

    /** Every network (cluster of two leads or more), ranked: possible facilitators first, then size. */
    public List<Network> networks() {
        return networks;
    }

    /** The first {@code limit} networks of {@link #networks()}. */
    public List<Network> topNetworks(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("The number of networks cannot be negative.");
        }
        return networks.subList(0, Math.min(limit, networks.size()));
    }

    /**
     * The leads the filter keeps and the links between them. Clusters and networks stay those of the whole graph,
     * each network's members cut to the leads kept (networks left empty are dropped; numbers do not change).
     */
    public LinkGraph filter(LinkFilter filter) {
        if (filter.isAll()) {
            return this;
        }
        Graph<LinkNode, LinkEdge> kept = emptyGraph();
        nodes.stream().filter(filter::matches).forEach(kept::addVertex);
        List<LinkEdge> keptEdges = new ArrayList<>();
        for (LinkEdge edge : edges) {
            if (kept.containsVertex(edge.source()) && kept.containsVertex(edge.target())) {
                kept.addEdge(edge.source(), edge.target(), edge);
                keptEdges.add(edge);
            }
        }
        Map<UUID, Integer> keptClusters = new HashMap<>();
        List<Network> keptNetworks = new ArrayList<>();
        for (Network network : networks) {
            List<LinkNode> members = network.members().stream().filter(kept::containsVertex).toList();
            if (members.isEmpty()) {
                continue;
            }
            members.forEach(member -> keptClusters.put(member.id(), network.cluster()));
            Network cut = rank(kept, List.of(members)).get(0);
            keptNetworks.add(new Network(network.cluster(), cut.members(), cut.facilitators(), cut.phoneCountries(), cut.links()));
        }
        return new LinkGraph(kept, keptEdges, keptClusters, List.copyOf(keptNetworks));
    }
}
