package org.leadline.logic.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.exercises.AnswerKey;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseCategory;
import org.leadline.logic.exercises.ExercisePackages;
import org.leadline.logic.exercises.ScoreService;
import org.leadline.logic.exercises.Scoreboard;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Ids;
import org.leadline.model.LeadKind;

/**
 * Issue [7]'s speed row: a trainer scores 40 submissions of 2,000 answers each (verified, all five steps, then scored)
 * in at most 10 s. The key is a trainer's 2,000 demo leads; every trainee is a real workspace of the exercise's training
 * operation; half of them give the key's values (their seed is the trainer's), the others a day of their own.
 */
final class TrainingBench {
    private final boolean quick;
    private final Consumer<String> log;

    TrainingBench(boolean quick, Consumer<String> log) {
        this.quick = quick;
        this.log = log;
    }

    List<BenchResult> run(Path folder, char[] passphrase) throws java.io.IOException {
        int trainees = Integer.getInteger("leadline.bench.trainees", quick ? 5 : 40);
        int answers = Integer.getInteger("leadline.bench.traineeAnswers", 2_000);
        Files.createDirectories(folder);
        UUID operation = Ids.newId();
        List<ExerciseCategory> categories = new ArrayList<>();
        for (LeadKind kind : LeadKind.values()) {
            categories.add(new ExerciseCategory(kind.wireName(), AnswerTarget.ofLead(kind), 10));
        }
        Path trainersCopy = folder.resolve("exercise-trainer.leadpack");
        List<Path> submissions = new ArrayList<>();
        try (Workspace trainer = Workspace.create(folder.resolve("trainer"), passphrase, new NewOfficer("Bench Trainer", "Bench", "FR"),
                Clock.systemUTC())) {
            new OperationService(trainer).createTraining("Training bench", operation, "FR");
            new DemoService(trainer).fillOwn(operation, answers, 900, Progress.NONE);
            Instant start = trainer.clock().instant();
            AnswerKey key = new ExerciseBuilder(trainer).fromRecords(operation, "Training bench", start, start.plus(Duration.ofHours(2)),
                    categories, ExerciseBuilder.Chosen.everything());
            new ExercisePackages(trainer).write(key, trainersCopy, folder.resolve("exercise.leadpack"), Progress.NONE);
            for (int i = 0; i < trainees; i++) {
                Path desk = folder.resolve("trainee-" + (i + 1));
                Path submission = folder.resolve("trainee-" + (i + 1) + ".leadpack");
                try (Workspace trainee = Workspace.create(desk, passphrase, new NewOfficer("Bench Trainee " + (i + 1), "Bench", "IT"),
                        Clock.systemUTC())) {
                    new OperationService(trainee).createTraining("Training bench", operation, "FR");
                    new DemoService(trainee).fillOwn(operation, answers, i % 2 == 0 ? 900 : 901 + i, Progress.NONE);
                    new PackageExporter(trainee).export(operation, PackageKind.SUBMISSION, submission, Progress.NONE);
                }
                Bench.deleteQuietly(desk);
                new TrustService(trainer).addFromPackage(new TrustService(trainer).signerOf(submission).fingerprint(), submission);
                submissions.add(submission);
                log.accept("Trainee " + (i + 1) + " of " + trainees + " submitted " + answers + " answers");
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long started = System.nanoTime();
            Scoreboard board = new ScoreService(trainer).score(trainersCopy, submissions, Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            // On a shared machine the wall time says as much about the neighbours; the CPU time is this work's own.
            log.accept(String.format("Scoring took %.2f s, %.2f s of CPU time on %d cores (load average %.1f)", seconds,
                    (os.getProcessCpuTime() - cpuBefore) / 1e9, os.getAvailableProcessors(), os.getSystemLoadAverage()));
            if (board.trainees().size() != trainees || !board.refused().isEmpty()) {
                throw new IllegalStateException("The training bench scored " + board.trainees().size() + " of " + trainees
                        + " submissions: " + board.refused());
            }
            log.accept("Leaderboard: first " + board.trainees().get(0).points() + " points, last "
                    + board.trainees().get(board.trainees().size() - 1).points());
            return List.of(BenchResult.atMost("scoring " + trainees + " submissions of " + answers + " answers (verified and scored)",
                    seconds, "s", 10));
        }
    }
}
