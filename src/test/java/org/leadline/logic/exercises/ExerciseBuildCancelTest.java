package org.leadline.logic.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoImages;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;

/** A cancelled build leaves nothing: no copy (not even the first one written), and no operation while drawing. */
class ExerciseBuildCancelTest {
    @TempDir
    Path dir;

    /** Cancels once the reported progress passes the given fraction of the whole. */
    private static Progress cancellingAfter(double fraction) {
        return new Progress() {
            private volatile boolean cancelled;

            @Override
            public void report(long done, long total) {
                if (total > 0 && done >= fraction * total) {
                    cancelled = true;
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    @Test
    void cancellingWhileTheSecondCopyIsWrittenLeavesNeitherFile() throws Exception {
        try (Workspace trainer = TestWorkspaces.create(dir.resolve("trainer"))) {
            UUID operation = new OperationService(trainer).createTraining("Drill", null, "LY").id();
            new LeadService(trainer).add(operation, "+218 91 234 5678", null, List.of(), null, SightingSource.NONE);
            new EvidenceService(trainer).attach(operation, List.of(EvidenceService.Source.bytes("post.png", DemoImages.post("@drill", 5))),
                    EvidenceService.Context.plain(), List.of(), Progress.NONE);
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            AnswerKey key = new ExerciseBuilder(trainer).fromRecords(operation, "Drill", start, start.plus(Duration.ofHours(1)),
                    Exercise.defaultCategories(), ExerciseBuilder.Chosen.everything());
            Path out = Files.createDirectories(dir.resolve("out"));
            ExercisePackages.Targets targets = ExercisePackages.Targets.in(out, "Drill");
            assertThatThrownBy(() -> new ExercisePackages(trainer).write(key, targets.trainers(), targets.trainees(), cancellingAfter(0.6)))
                    .isInstanceOf(CancelledException.class);
            try (var left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
            ExercisePackages.Written written = new ExercisePackages(trainer).write(key, targets.trainers(), targets.trainees(), Progress.NONE);
            assertThat(written.trainers().file()).isEqualTo(targets.trainers()).exists();
            assertThat(written.trainees().file()).isEqualTo(targets.trainees()).exists();
            try (var left = Files.list(out)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("drill-trainer.leadpack", "drill.leadpack");
            }
        }
    }

    @Test
    void cancellingWhileTheMaterialIsDrawnCreatesNoOperation() {
        try (Workspace trainer = TestWorkspaces.create(dir.resolve("trainer"))) {
            int before = new OperationService(trainer).all().size();
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            assertThatThrownBy(() -> new ExerciseBuilder(trainer).fromDemo("Drill", start, start.plus(Duration.ofHours(1)),
                    Exercise.defaultCategories(), ExerciseMaterial.Spec.of(9, 3), "LY", cancellingAfter(0.2)))
                    .isInstanceOf(CancelledException.class);
            assertThat(new OperationService(trainer).all()).hasSize(before);
        }
    }
}
