package org.leadline.logic.links;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A link between two leads with its reasons, each counted (two shared posts and an offer: post ×2, offer ×1).
 * The weight is the number of things they share. Edges are compared by identity, as JGraphT expects.
 */
public final class LinkEdge {
    private final LinkNode source;
    private final LinkNode target;
    private final EnumMap<LinkReason, Integer> reasons = new EnumMap<>(LinkReason.class);

    LinkEdge(LinkNode source, LinkNode target) {
        this.source = source;
        this.target = target;
    }

    void add(LinkReason reason) {
        reasons.merge(reason, 1, Integer::sum);
    }

    public LinkNode source() {
        return source;
    }

    public LinkNode target() {
        return target;
    }

    public LinkNode other(LinkNode end) {
        return end.equals(source) ? target : source;
    }

    /** Each reason with how many shared things give it, in the order of {@link LinkReason}. */
    public Map<LinkReason, Integer> reasons() {
        return Collections.unmodifiableMap(reasons);
    }

    public boolean has(LinkReason reason) {
        return reasons.containsKey(reason);
    }

    public int weight() {
        return reasons.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The reasons as GraphML and the chart's detail show them: "post x2 offer". */
    public String reasonText() {
        return reasons.entrySet().stream()
                .map(entry -> entry.getKey().wireName() + (entry.getValue() > 1 ? " x" + entry.getValue() : ""))
                .collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return source.canonical() + " -- " + target.canonical() + " (" + reasonText() + ")";
    }
}
