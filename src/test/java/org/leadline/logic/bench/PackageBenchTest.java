package org.leadline.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PackageBenchTest {
    @Test
    void theLiveHeapIsTakenAfterFullCollectionsNotFromAFullHeapThatAYoungCollectionCouldNotFree() {
        String log = """
                [1.975s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 21M->6M(380M) 8.023ms
                [235.137s][info][gc] GC(592) Pause Full (G1 Compaction Pause) 493M->295M(512M) 451.636ms
                [494.329s][info][gc] GC(1980) Pause Young (Normal) (G1 Evacuation Pause) 510M->510M(512M) 2.246ms
                [2278.818s][info][gc] GC(7512) Pause Full (G1 Compaction Pause) 451M->305M(512M) 486.854ms
                """;

        PackageBench.HeapFigures heap = PackageBench.heapFigures(log, "");

        assertThat(heap.liveMb()).isEqualTo(305);
        assertThat(heap.fromFullCollections()).isTrue();
        assertThat(heap.collections()).isEqualTo(4);
        assertThat(heap.fullCollections()).isEqualTo(2);
        assertThat(heap.pausedSeconds()).isCloseTo(0.9488, within(0.0001));
        assertThat(heap.longestPauseMs()).isEqualTo(486.854);
    }

    @Test
    void withoutFullCollectionsTheLargestHeapAfterAnyIsAnUpperBoundAndWithoutAnyTheHeapAtExit() {
        String young = "[1.9s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 21M->6M(380M) 8.0ms\n"
                + "[3.3s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 40M->12M(380M) 9.0ms\n";
        assertThat(PackageBench.heapFigures(young, "").liveMb()).isEqualTo(12);
        assertThat(PackageBench.heapFigures(young, "").fromFullCollections()).isFalse();

        String exit = "[2.1s][info][gc,heap,exit]  garbage-first heap   total 232448K, used 179559K [0x00000000e0000000, 0x0)";
        assertThat(PackageBench.heapFigures("", exit).liveMb()).isCloseTo(175.35, within(0.01));
    }

    @Test
    void aProbeThatExitedNormallyWithoutItsFiguresIsToldApartFromOneThatFailed() {
        assertThat(Bench.probeFailure(1, "")).isEqualTo("the probe failed with exit 1");
        assertThat(Bench.probeFailure(0, "[0.386s][info][jfr,startup] Started recording 1. No limit specified, using maxsize=250MB\n"))
                .isEqualTo("the probe printed no figures (it printed '[0.386s][info][jfr,startup] Started recording 1. No limit...')");
    }
}
