package org.leadline.logic.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;

class ForceLayoutTest {

    @Test
    void theSameGraphGetsTheSamePositions() {
        LinkGraph graph = TestGraphs.random(800, 1.5, 3);
        ForceLayout.Positions once = ForceLayout.layout(graph, Progress.NONE);
        ForceLayout.Positions again = ForceLayout.layout(graph, Progress.NONE);
        assertThat(again.x()).containsExactly(once.x());
        assertThat(again.y()).containsExactly(once.y());
    }

    @Test
    void linkedLeadsEndUpCloserThanLeadsOfOtherGroupsAndNoneCoincide() {
        LinkGraph graph = TestGraphs.groups(6, 8, 20, -1);
        ForceLayout.Positions positions = ForceLayout.layout(graph, Progress.NONE);

        double inside = 0;
        int insidePairs = 0;
        double across = 0;
        int acrossPairs = 0;
        for (int a = 0; a < 48; a++) {
            for (int b = a + 1; b < 48; b++) {
                double d = Math.hypot(positions.x()[a] - positions.x()[b], positions.y()[a] - positions.y()[b]);
                assertThat(d).isGreaterThan(0.01);
                if (a / 8 == b / 8) {
                    inside += d;
                    insidePairs++;
                } else {
                    across += d;
                    acrossPairs++;
                }
            }
        }
        assertThat(inside / insidePairs).isLessThan(across / acrossPairs / 2);
        double[] bounds = positions.bounds();
        assertThat(bounds[2] - bounds[0]).isLessThan(40);
    }

    @Test
    void progressIsReportedEachIterationAndACancelStopsTheLayout() {
        LinkGraph graph = TestGraphs.random(300, 1.5, 5);
        AtomicLong reports = new AtomicLong();
        ForceLayout.layout(graph, new Progress() {
            @Override
            public void report(long done, long total) {
                reports.incrementAndGet();
                assertThat(total).isEqualTo(ForceLayout.ITERATIONS);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(reports.get()).isEqualTo(ForceLayout.ITERATIONS);

        reports.set(0);
        assertThatThrownBy(() -> ForceLayout.layout(graph, new Progress() {
            @Override
            public void report(long done, long total) {
                reports.set(done);
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= 10;
            }
        })).isInstanceOf(CancelledException.class);
        assertThat(reports.get()).isEqualTo(10);
    }
}
