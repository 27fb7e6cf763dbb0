package org.leadline.logic.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jgrapht.Graph;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.LinkRepository;
import org.leadline.persistence.LinkRepository.EntityRow;
import org.leadline.persistence.LinkRepository.SharedRow;
import org.leadline.persistence.TravelDocumentRepository;

/**
 * Builds an operation's link chart from the database: leads are linked when they were seen in one source post, are
 * named by one offer, share a capture, when a document record yields one and its images are evidence for the other,
 * and when an officer merged one into the other by hand. Everything is read in one transaction, so the chart is one
 * consistent picture even while colleagues' packages are imported.
 */
public final class LinkService {
    /** Steps reported to the progress: entities, posts, offers, captures, documents and merges, clusters. */
    private static final int STEPS = 7;
    private final Workspace workspace;

    public LinkService(Workspace workspace) {
        this.workspace = workspace;
    }

    public LinkGraph graph(UUID operationId) {
        return graph(operationId, Progress.NONE);
    }

    /** The operation's link chart; cancelling stops between the queries (nothing is written). */
    public LinkGraph graph(UUID operationId, Progress progress) {
        return workspace.jdbi().inTransaction(handle -> build(handle, operationId, progress));
    }

    private LinkGraph build(Handle handle, UUID operationId, Progress progress) {
        LinkRepository links = new LinkRepository(handle);
        Builder builder = new Builder();
        for (EntityRow row : links.entities(operationId)) {
            builder.node(new LinkNode(row.id(), LeadKind.fromWireName(row.kind()), row.canonical(),
                    Category.valueOf(row.category()), row.region(), row.mergedInto()));
        }
        step(progress, 1);
        builder.share(LinkReason.POST, rows -> links.postSharers(operationId, rows));
        step(progress, 2);
        builder.share(LinkReason.OFFER, rows -> links.offerSharers(operationId, rows));
        step(progress, 3);
        Map<UUID, List<UUID>> entitiesOfCapture = new HashMap<>();
        builder.share(LinkReason.ATTACHMENT, rows -> links.captureSharers(operationId, row -> {
            entitiesOfCapture.computeIfAbsent(row.item(), item -> new ArrayList<>()).add(row.entityId());
            rows.accept(row);
        }));
        step(progress, 4);
        documents(handle, links, operationId, entitiesOfCapture, builder);
        step(progress, 5);
        for (LinkRepository.MergeRow merge : links.standingMerges(operationId)) {
            builder.link(merge.survivorId(), merge.mergedId(), LinkReason.HAND_MERGE);
        }
        step(progress, 6);
        LinkGraph graph = LinkGraph.of(builder.graph, builder.edges);
        step(progress, STEPS);
        return graph;
    }

    /** A document's lead is linked to the leads its images are evidence for. */
    private static void documents(Handle handle, LinkRepository links, UUID operationId, Map<UUID, List<UUID>> entitiesOfCapture,
                                  Builder builder) {
        List<TravelDocument> documents = new TravelDocumentRepository(handle).live(operationId);
        if (documents.isEmpty()) {
            return;
        }
        Map<UUID, UUID> originals = new HashMap<>();
        links.originalsOf(operationId).forEach(row -> originals.put(row.item(), row.entityId()));
        Map<String, UUID> documentLeads = new HashMap<>();
        builder.graph.vertexSet().stream().filter(node -> node.kind() == LeadKind.DOCUMENT)
                .forEach(node -> documentLeads.put(node.canonical(), node.mergedInto() != null ? node.mergedInto() : node.id()));
        for (TravelDocument document : documents) {
            UUID lead = documentLeads.get(document.canonical());
            if (lead == null) {
                continue;
            }
            // One document links its lead once to each lead, however many of its images that lead has.
            java.util.Set<UUID> shown = new java.util.TreeSet<>();
            for (UUID image : document.imageIds()) {
                shown.addAll(entitiesOfCapture.getOrDefault(originals.getOrDefault(image, image), List.of()));
            }
            shown.forEach(entity -> builder.link(lead, entity, LinkReason.DOCUMENT));
        }
    }

    private static void step(Progress progress, int done) {
        if (progress.cancelled()) {
            throw new CancelledException("The link chart was cancelled.");
        }
        progress.report(done, STEPS);
    }

    /** Collects nodes in id order and adds up the reasons of each pair. */
    private static final class Builder {
        private final Graph<LinkNode, LinkEdge> graph = LinkGraph.emptyGraph();
        private final Map<UUID, LinkNode> byId = new HashMap<>();
        private final List<LinkEdge> edges = new ArrayList<>();

        void node(LinkNode node) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }

        void link(UUID a, UUID b, LinkReason reason) {
            LinkNode first = byId.get(a);
            LinkNode second = byId.get(b);
            if (first == null || second == null || first.equals(second)) {
                return; // a lead deleted since, or a merge into itself
            }
            LinkEdge edge = graph.getEdge(first, second);
            if (edge == null) {
                edge = first.id().compareTo(second.id()) < 0 ? new LinkEdge(first, second) : new LinkEdge(second, first);
                graph.addEdge(edge.source(), edge.target(), edge);
                edges.add(edge);
            }
            edge.add(reason);
        }

        /**
         * Reads (item, entity) rows ordered by item and links every pair of entities that share an item, once for
         * that item.
         */
        void share(LinkReason reason, Consumer<Consumer<SharedRow>> query) {
            List<UUID> sharers = new ArrayList<>();
            UUID[] item = new UUID[1];
            query.accept(row -> {
                if (!row.item().equals(item[0])) {
                    linkAll(sharers, reason);
                    sharers.clear();
                    item[0] = row.item();
                }
                sharers.add(row.entityId());
            });
            linkAll(sharers, reason);
        }

        private void linkAll(List<UUID> sharers, LinkReason reason) {
            for (int i = 0; i < sharers.size(); i++) {
                for (int j = i + 1; j < sharers.size(); j++) {
                    link(sharers.get(i), sharers.get(j), reason);
                }
            }
        }
    }
}
