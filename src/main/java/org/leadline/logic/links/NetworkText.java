package org.leadline.logic.links;

import java.util.Locale;
import java.util.stream.Collectors;

/** One line about a network, for the chart's legend, its SVG and the reports: "Network 1: 14 leads, 2 possible facilitators, phones LY 3, TN 1". */
public final class NetworkText {
    private NetworkText() {
    }

    public static String summary(Network network) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Network %d: %d leads", network.cluster() + 1, network.size()));
        if (network.facilitators() > 0) {
            text.append(String.format(Locale.ROOT, ", %d possible facilitator%s", network.facilitators(), network.facilitators() == 1 ? "" : "s"));
        }
        if (!network.phoneCountries().isEmpty()) {
            text.append(", phones ").append(network.phoneCountries().entrySet().stream().limit(4)
                    .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
