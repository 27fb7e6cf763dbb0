package org.leadline.ui.common;

import java.util.UUID;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.workspace.Workspace;

/** The operation header's counters. */
public record Counters(int leads, int phones, int phoneCountries, int handlesAndUrls, int facilitators, int officers) {
    public static final Counters NONE = new Counters(0, 0, 0, 0, 0, 0);

    /** Where the counters come from (the logic's statistics). */
    public interface Source {
        /** Off the FX thread. */
        Counters counters(UUID operationId);
    }

    static Source sourceFor(Workspace workspace) {
        StatsService stats = new StatsService(workspace);
        return operationId -> {
            // The tiles show no routes: aggregating them would read every travel offer on each refresh.
            OperationStats counted = stats.stats(operationId, StatsService.Detail.COUNTERS);
            return new Counters(counted.leads(), counted.phones(), counted.phoneCountries(), counted.uniqueHandlesAndUrls(),
                    counted.facilitators(), counted.officers());
        };
    }
}
