package org.leadline.logic.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoImages;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.FaceCheckResult;
import org.leadline.model.OfferType;
import org.leadline.model.Place;

/**
 * Scoring on hand-made submissions whose results are known: trainees' real workspaces import the trainees' copy,
 * record answers through the services an officer uses, export submissions; the trainer scores them.
 */
class ScoreServiceTest {
    private static final List<ExerciseCategory> CATEGORIES = List.of(new ExerciseCategory("Phones", AnswerTarget.PHONE, 10),
            new ExerciseCategory("Handles", AnswerTarget.HANDLE, 5), new ExerciseCategory("Offers", AnswerTarget.OFFER, 20),
            new ExerciseCategory("Faces", AnswerTarget.FACE_IMAGE, 15));

    @TempDir
    Path dir;
    Workspace trainer;
    UUID operation;
    UUID faceImage;
    Path trainersCopy;
    Path traineesCopy;
    Instant start;

    @BeforeEach
    void aTrainersExerciseFromChosenRecords() {
        trainer = TestWorkspaces.create(dir.resolve("trainer"));
        operation = new OperationService(trainer).createTraining("Drill", null, "LY").id();
        LeadService leads = new LeadService(trainer);
        leads.add(operation, "+218 91 234 5678", null, List.of(), null, SightingSource.NONE);
        leads.add(operation, "+216 20 123 456", null, List.of(), null, SightingSource.NONE);
        leads.add(operation, "https://t.me/ahmed_trips", null, List.of(), null, SightingSource.NONE);
        new OfferService(trainer).add(operation, OfferDraft.of(OfferType.TRAVEL, new BigDecimal("4500"), "EUR", Place.country("LY"),
                Place.country("IT")));
        faceImage = new EvidenceService(trainer).attach(operation, List.of(EvidenceService.Source.bytes("face.png", DemoImages.post("@face", 3))),
                EvidenceService.Context.plain(), List.of(), Progress.NONE).get(0).captureId();
        new FaceCheckService(trainer).record(operation, faceImage, "Other", FaceCheckResult.PENDING, null, null, null);
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        AnswerKey key = new ExerciseBuilder(trainer).fromRecords(operation, "Drill", start, start.plus(Duration.ofMinutes(60)), CATEGORIES,
                ExerciseBuilder.Chosen.everything());
        // The t.me link gave a handle and a URL lead; no category asks for links, so the key leaves the URL out.
        assertThat(key.countByTarget()).containsEntry(AnswerTarget.PHONE, 2L).containsEntry(AnswerTarget.HANDLE, 1L)
                .containsEntry(AnswerTarget.OFFER, 1L).containsEntry(AnswerTarget.FACE_IMAGE, 1L).doesNotContainKey(AnswerTarget.URL);
        trainersCopy = dir.resolve("drill-trainer.leadpack");
        traineesCopy = dir.resolve("drill.leadpack");
        new ExercisePackages(trainer).write(key, trainersCopy, traineesCopy, Progress.NONE);
    }

    @AfterEach
    void close() {
        trainer.close();
    }

    private Workspace trainee(String name, Clock clock) {
        Workspace workspace = Workspace.create(dir.resolve(name), TestWorkspaces.PASSPHRASE.toCharArray(), new NewOfficer(name, "Police", "IT"),
                clock);
        new TrustService(workspace).addFromPackage(trainer.owner().fingerprint(), traineesCopy);
        new PackageImporter(workspace).importFile(traineesCopy, Progress.NONE);
        return workspace;
    }

    private Path submit(Workspace trainee, String file, boolean trusted) {
        Path pack = dir.resolve(file);
        new PackageExporter(trainee).export(operation, PackageKind.SUBMISSION, pack, Progress.NONE);
        if (trusted && !new TrustService(trainer).trusts(trainee.owner().fingerprint())) {
            new TrustService(trainer).addFromPackage(trainee.owner().fingerprint(), pack);
        }
        return pack;
    }

    private static void lead(Workspace w, UUID operation, String value) {
        new LeadService(w).add(operation, value, null, List.of(), null, SightingSource.NONE);
    }

    private static void offer(Workspace w, UUID operation, String amount, String to) {
        new OfferService(w).add(operation, OfferDraft.of(OfferType.TRAVEL, new BigDecimal(amount), "EUR", Place.country("LY"), Place.country(to)));
    }

    @Test
    void handMadeSubmissionsScoreExactly() {
        Path amal;
        Path brunoFirst;
        Path brunoSecond;
        Path chen;
        Path dana;
        try (Workspace w = trainee("Amal", Clock.systemUTC())) {
            lead(w, operation, "00218 91 234 5678");
            lead(w, operation, "+33 6 12 34 56 78");
            lead(w, operation, "@ahmed_trips on Telegram");
            offer(w, operation, "4600", "IT");
            offer(w, operation, "4500", "IT");
            offer(w, operation, "4500", "MT");
            new FaceCheckService(w).record(operation, faceImage, "Other", FaceCheckResult.NO_HIT, null, null, null);
            new FaceCheckService(w).record(operation, faceImage, "National system", FaceCheckResult.NO_HIT, null, null, null);
            amal = submit(w, "amal.leadpack", true);
        }
        try (Workspace w = trainee("Bruno", Clock.systemUTC())) {
            lead(w, operation, "+218-91-2345678");
            brunoFirst = submit(w, "bruno-1.leadpack", true);
            lead(w, operation, "00216 20 123 456");
            brunoSecond = submit(w, "bruno-2.leadpack", true);
        }
        try (Workspace w = trainee("Chen", Clock.offset(Clock.systemUTC(), Duration.ofHours(3)))) {
            lead(w, operation, "+218912345678");
            chen = submit(w, "chen.leadpack", true);
        }
        try (Workspace w = trainee("Dana", Clock.systemUTC())) {
            lead(w, operation, "+218912345678");
            dana = submit(w, "dana.leadpack", false);
        }

        Scoreboard board = new ScoreService(trainer).score(trainersCopy, List.of(amal, brunoFirst, brunoSecond, chen, dana), Progress.NONE);

        assertThat(board.answers()).isEqualTo(5);
        assertThat(board.trainees()).extracting(Scoreboard.TraineeScore::name).containsExactly("Amal", "Bruno", "Chen");
        assertThat(board.trainees()).extracting(Scoreboard.TraineeScore::rank).containsExactly(1, 2, 3);

        Scoreboard.TraineeScore a = board.trainees().get(0);
        assertThat(List.of(a.points(), a.found(), a.missed(), a.falseAnswers(), a.duplicates(), a.late())).containsExactly(50, 4, 1, 2, 2, 0);
        assertThat(category(a, AnswerTarget.PHONE)).extracting("found", "missed", "falseAnswers", "duplicates", "points", "precision", "recall")
                .containsExactly(1, 1, 1, 0, 10, 0.5, 0.5);
        assertThat(category(a, AnswerTarget.HANDLE)).extracting("found", "missed", "falseAnswers", "duplicates", "points")
                .containsExactly(1, 0, 0, 0, 5);
        // 4,600 EUR is within 10% of 4,500: found; the second LY→IT offer is a duplicate; LY→MT is no offer of the key.
        assertThat(category(a, AnswerTarget.OFFER)).extracting("found", "missed", "falseAnswers", "duplicates", "points")
                .containsExactly(1, 0, 1, 1, 20);
        assertThat(category(a, AnswerTarget.FACE_IMAGE)).extracting("found", "missed", "falseAnswers", "duplicates", "points")
                .containsExactly(1, 0, 0, 1, 15);
        assertThat(a.missedAnswers()).extracting(Answer::value).containsExactly("+21620123456");
        assertThat(a.falseAnswerList()).extracting(Scoreboard.FalseAnswer::compared).contains("+33612345678");
        assertThat(a.finds()).allSatisfy(f -> assertThat(f.at()).isAfterOrEqualTo(start));
        assertThat(category(a, AnswerTarget.PHONE).firstFind()).isNotNull();

        Scoreboard.TraineeScore b = board.trainees().get(1);
        assertThat(List.of(b.points(), b.found(), b.missed(), b.falseAnswers(), b.duplicates(), b.sequence()))
                .containsExactly(20, 2, 3, 0, 0, 2L);
        assertThat(board.superseded()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(brunoFirst);
            assertThat(s.scoredSequence()).isEqualTo(2);
        });

        Scoreboard.TraineeScore c = board.trainees().get(2);
        assertThat(List.of(c.points(), c.found(), c.late())).containsExactly(0, 0, 1);
        assertThat(c.lateSubmission()).isTrue();
        assertThat(a.lateSubmission()).isFalse();

        // Dana's key was never trusted: refused at step 3, not scored.
        assertThat(board.refused()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(dana);
            assertThat(r.reason()).contains("step 3 (trust)").contains("Dana");
        });
    }

    @Test
    void aHandleWithoutItsPlatformCountsWhenTheKeyHasExactlyOneOfThatName() {
        UUID drill = new OperationService(trainer).createTraining("Handles drill", null, "LY").id();
        for (String link : List.of("https://t.me/mounir_safe39", "https://t.me/samir_boat", "https://www.instagram.com/samir_boat")) {
            lead(trainer, drill, link);
        }
        AnswerKey key = new ExerciseBuilder(trainer).fromRecords(drill, "Handles drill", start, start.plus(Duration.ofMinutes(60)),
                List.of(new ExerciseCategory("Handles", AnswerTarget.HANDLE, 10)), ExerciseBuilder.Chosen.everything());
        assertThat(key.answers()).extracting(Answer::value)
                .containsExactlyInAnyOrder("telegram:mounir_safe39", "telegram:samir_boat", "instagram:samir_boat");
        Path trainers = dir.resolve("handles-trainer.leadpack");
        Path trainees = dir.resolve("handles.leadpack");
        new ExercisePackages(trainer).write(key, trainers, trainees, Progress.NONE);
        Path amal;
        Path bruno;
        try (Workspace w = traineeOf("Amal", trainees)) {
            // No platform: the key's only mounir_safe39 is on Telegram.
            assertThat(new LeadService(w).add(drill, "@mounir_safe39", null, List.of(), null, SightingSource.NONE).get(0).canonical())
                    .isEqualTo("unknown:mounir_safe39");
            lead(w, drill, "@samir_boat");     // no platform, and the key has samir_boat on two: ambiguous, false
            lead(w, drill, "@nobody_here");    // in no platform of the key: false
            amal = submitOf(w, drill, "handles-amal.leadpack");
        }
        try (Workspace w = traineeOf("Bruno", trainees)) {
            lead(w, drill, "@mounir_safe39 on Telegram");
            lead(w, drill, "@mounir_safe39");  // the same answer again, without the platform: a duplicate
            lead(w, drill, "https://www.instagram.com/samir_boat");
            bruno = submitOf(w, drill, "handles-bruno.leadpack");
        }

        Scoreboard board = new ScoreService(trainer).score(trainers, List.of(amal, bruno), Progress.NONE);

        Scoreboard.TraineeScore a = board.trainees().stream().filter(t -> t.name().equals("Amal")).findFirst().orElseThrow();
        assertThat(category(a, AnswerTarget.HANDLE)).extracting("found", "missed", "falseAnswers", "duplicates", "points")
                .containsExactly(1, 2, 2, 0, 10);
        assertThat(a.finds()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("telegram:mounir_safe39");
            assertThat(f.withoutPlatform()).isEqualTo("unknown:mounir_safe39");
        });
        assertThat(a.falseAnswerList()).extracting(Scoreboard.FalseAnswer::compared)
                .containsExactlyInAnyOrder("unknown:samir_boat", "unknown:nobody_here");
        Scoreboard.TraineeScore b = board.trainees().stream().filter(t -> t.name().equals("Bruno")).findFirst().orElseThrow();
        assertThat(category(b, AnswerTarget.HANDLE)).extracting("found", "missed", "falseAnswers", "duplicates", "points")
                .containsExactly(2, 1, 0, 1, 20);
        assertThat(b.finds()).extracting(Scoreboard.Find::withoutPlatform).containsOnlyNulls();
        // The trainee's result says how the find was counted.
        String debrief = DebriefReport.html(board);
        assertThat(debrief).contains("given as @mounir_safe39 without a platform");
    }

    private Workspace traineeOf(String name, Path traineesCopy) {
        Workspace workspace = Workspace.create(dir.resolve(name + "-handles"), TestWorkspaces.PASSPHRASE.toCharArray(),
                new NewOfficer(name, "Police", "IT"), Clock.systemUTC());
        new TrustService(workspace).addFromPackage(trainer.owner().fingerprint(), traineesCopy);
        new PackageImporter(workspace).importFile(traineesCopy, Progress.NONE);
        return workspace;
    }

    private Path submitOf(Workspace trainee, UUID drill, String file) {
        Path pack = dir.resolve(file);
        new PackageExporter(trainee).export(drill, PackageKind.SUBMISSION, pack, Progress.NONE);
        new TrustService(trainer).addFromPackage(trainee.owner().fingerprint(), pack);
        return pack;
    }

    @Test
    void oneAnswerInManyFormatsScoresOnce() {
        AnswerKey key = new ExercisePackages(trainer).read(trainersCopy, Progress.NONE).key();
        SubmissionScorer scorer = new SubmissionScorer(key);
        Instant at = start.plusSeconds(60);
        List<SubmissionScorer.Given> given = java.util.stream.Stream.of("+218 91 234 5678", "00218912345678", "+218-91-234-5678",
                        "tel:+218912345678")
                .map(written -> new SubmissionScorer.Given(AnswerTarget.PHONE, written,
                        AnswerKey.canonical(org.leadline.model.LeadKind.PHONE, written, "IT"), null, at, UUID.randomUUID(), List.of()))
                .toList();
        Scoreboard.TraineeScore score = scorer.score(given, "T", "A", "IT", "f", "file", UUID.randomUUID(), 1, at);
        Scoreboard.CategoryScore phones = category(score, AnswerTarget.PHONE);
        assertThat(List.of(phones.found(), phones.duplicates(), phones.falseAnswers(), phones.points())).containsExactly(1, 3, 0, 10);
    }

    @Test
    void trainingAndRealPackagesNeverMix() throws Exception {
        // An exercise cannot enter a real operation that has its id...
        try (Workspace real = Workspace.create(dir.resolve("real"), TestWorkspaces.PASSPHRASE.toCharArray(),
                new NewOfficer("Real Officer", "Police", "FR"), Clock.systemUTC())) {
            new OperationService(real).create("Action day", operation, "FR", null, null);
            new TrustService(real).addFromPackage(trainer.owner().fingerprint(), traineesCopy);
            assertThatThrownBy(() -> new PackageImporter(real).importFile(traineesCopy, Progress.NONE))
                    .isInstanceOf(PackageRefusedException.class).hasMessageContaining("never enter the real operation");
            lead(real, operation, "+218912345678");
            Path officerPackage = dir.resolve("real.leadpack");
            new PackageExporter(real).export(operation, PackageKind.OFFICER, officerPackage, Progress.NONE);
            // ...and a real package never enters the exercise, nor is it scored as a submission.
            try (Workspace w = trainee("Eve", Clock.systemUTC())) {
                new TrustService(w).addFromPackage(real.owner().fingerprint(), officerPackage);
                assertThatThrownBy(() -> new PackageImporter(w).importFile(officerPackage, Progress.NONE))
                        .isInstanceOf(PackageRefusedException.class).hasMessageContaining("never enter the training exercise");
            }
            new TrustService(trainer).addFromPackage(real.owner().fingerprint(), officerPackage);
            Scoreboard board = new ScoreService(trainer).score(trainersCopy, List.of(officerPackage), Progress.NONE);
            assertThat(board.trainees()).isEmpty();
            assertThat(board.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("not a trainee's submission"));
        }
        // A real operation is never exported as an exercise.
        UUID real = new OperationService(trainer).create("Real day", null, "FR", null, null).id();
        assertThatThrownBy(() -> new PackageExporter(trainer).exportExercise(real, dir.resolve("x.leadpack"), java.util.Map.of(), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a real one");
    }

    @Test
    void theTraineesCopyHoldsTheMaterialOnly() {
        ExerciseFile trainees = new ExercisePackages(trainer).read(traineesCopy, Progress.NONE);
        assertThat(trainees.trainersCopy()).isFalse();
        assertThat(trainees.verified().records().entrySet()).allSatisfy(e -> {
            if (!e.getValue().isEmpty()) {
                assertThat(e.getKey().name()).isIn("posts", "captures");
            }
        });
        assertThat(trainees.verified().manifest().entries()).extracting(e -> e.path()).doesNotContain("records/answers.jsonl")
                .contains("records/exercise.jsonl");
        assertThatThrownBy(trainees::key).hasMessageContaining("trainees' copy");
        ExerciseFile trainers = new ExercisePackages(trainer).read(trainersCopy, Progress.NONE);
        assertThat(trainers.answers()).hasSize(5);
        assertThat(trainers.exercise().operationId()).isEqualTo(operation);
    }

    private static Scoreboard.CategoryScore category(Scoreboard.TraineeScore score, AnswerTarget target) {
        return score.categories().stream().filter(c -> c.target() == target).findFirst().orElseThrow();
    }
}
