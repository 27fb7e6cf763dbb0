package org.leadline.logic.links;

/**
 * The colours of the clusters, shared by the chart and its SVG: the twelve first networks (the ranked ones a reader
 * looks for) each in a hue of its own, kept apart for most colour-blind readers (Tableau 10 with two more); smaller
 * networks share a slate blue, and leads in no network are light grey. Repeating twelve hues over hundreds of
 * networks would make unrelated ones look alike.
 */
public final class ClusterPalette {
    public static final String NO_CLUSTER = "#c3c7cc";
    public static final String OTHER_NETWORK = "#7d8aa0";
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
            "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#00876c"};

    private ClusterPalette() {
    }

    /** The colour of a cluster as #rrggbb. */
    public static String colour(int cluster) {
        return cluster < 0 ? NO_CLUSTER : cluster < COLOURS.length ? COLOURS[cluster] : OTHER_NETWORK;
    }

    /** How many networks have a colour of their own. */
    public static int size() {
        return COLOURS.length;
    }
}
