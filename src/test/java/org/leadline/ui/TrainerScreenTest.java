package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.exercises.AnswerKey;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseCategory;
import org.leadline.logic.exercises.ExercisePackages;
import org.leadline.logic.exercises.Scoreboard;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.testfx.util.WaitForAsyncUtils;

/** The trainer's screen on a real exercise: two trainees' submissions scored, the leaderboard, one trainee's misses. */
class TrainerScreenTest extends GuiTest {
    @TempDir
    Path dir;

    @Test
    void scoresSubmissionsAndShowsATraineesMisses() throws Exception {
        Path folder = dir.resolve("trainer");
        Path trainersCopy = dir.resolve("drill-trainer.leadpack");
        Path traineesCopy = dir.resolve("drill.leadpack");
        UUID operation;
        String trainerFingerprint;
        try (Workspace trainer = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Tess Trainer", "CEPOL", "FR"),
                Clock.systemUTC())) {
            trainerFingerprint = trainer.owner().fingerprint();
            operation = new OperationService(trainer).createTraining("Drill", null, "LY").id();
            LeadService leads = new LeadService(trainer);
            for (String value : List.of("+218 91 234 5678", "+216 20 123 456", "https://t.me/ahmed_trips")) {
                leads.add(operation, value, null, List.of(), null, SightingSource.NONE);
            }
            new OfferService(trainer).add(operation, OfferDraft.of(OfferType.TRAVEL, new BigDecimal("4500"), "EUR", Place.country("LY"),
                    Place.country("IT")));
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
            AnswerKey key = new ExerciseBuilder(trainer).fromRecords(operation, "Drill", start, start.plus(Duration.ofHours(1)),
                    List.of(new ExerciseCategory("Phone numbers", AnswerTarget.PHONE, 10),
                            new ExerciseCategory("Facilitator handles", AnswerTarget.HANDLE, 5),
                            new ExerciseCategory("Offers with price and route", AnswerTarget.OFFER, 20)),
                    ExerciseBuilder.Chosen.everything());
            new ExercisePackages(trainer).write(key, trainersCopy, traineesCopy, Progress.NONE);
            Path amal = submission("Amal", operation, trainerFingerprint, traineesCopy, List.of("00218912345678", "@ahmed_trips on Telegram"));
            Path bruno = submission("Bruno", operation, trainerFingerprint, traineesCopy, List.of("+33 6 12 34 56 78"));
            new TrustService(trainer).addFromPackage(new TrustService(trainer).signerOf(amal).fingerprint(), amal);
            new TrustService(trainer).addFromPackage(new TrustService(trainer).signerOf(bruno).fingerprint(), bruno);
        }

        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#operationName"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#trainerScreen"));
        waitUntil(() -> lookup("#trainerKeyFile").query().isFocused());
        clickOn("#trainerKeyFile").write(trainersCopy.toString());
        clickOn("#trainerSubmissionField").write(dir.resolve("amal.leadpack").toString()).type(KeyCode.ENTER);
        write(dir.resolve("bruno.leadpack").toString()).type(KeyCode.ENTER);
        assertThat(lookup("#trainerSubmissions").queryAs(ListView.class).getItems()).hasSize(2);
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        @SuppressWarnings("unchecked")
        TableView<Scoreboard.TraineeScore> board = lookup("#trainerLeaderboard").queryAs(TableView.class);
        waitUntil(() -> board.getItems().size() == 2 || !lookup("#trainerError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#trainerError").queryAs(Label.class).getText()).isEmpty();
        assertThat(board.getItems()).extracting(Scoreboard.TraineeScore::name).containsExactly("Amal", "Bruno");
        assertThat(board.getItems()).extracting(Scoreboard.TraineeScore::points).containsExactly(15, 0);
        assertThat(lookup("#trainerTrainee").queryAs(Label.class).getText()).startsWith("Amal").contains("15 points");
        assertThat(lookup("#trainerMissed").queryAs(ListView.class).getItems()).hasSize(2);

        interact(() -> board.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#trainerTrainee").queryAs(Label.class).getText()).startsWith("Bruno");
        assertThat(lookup("#trainerMissed").queryAs(ListView.class).getItems()).hasSize(4);
        @SuppressWarnings("unchecked")
        TableView<Scoreboard.CategoryScore> categories = lookup("#trainerCategories").queryAs(TableView.class);
        assertThat(categories.getItems()).extracting(Scoreboard.CategoryScore::falseAnswers).containsExactly(1, 0, 0);
        type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#trainerScreen"));
    }

    private Path submission(String name, UUID operation, String trainer, Path traineesCopy, List<String> values) {
        Path pack = dir.resolve(name.toLowerCase() + ".leadpack");
        try (Workspace trainee = Workspace.create(dir.resolve(name), PASSPHRASE.toCharArray(), new NewOfficer(name, "Police", "IT"),
                Clock.systemUTC())) {
            new TrustService(trainee).addFromPackage(trainer, traineesCopy);
            new PackageImporter(trainee).importFile(traineesCopy, Progress.NONE);
            for (String value : values) {
                new LeadService(trainee).add(operation, value, null, List.of(), null, SightingSource.NONE);
            }
            new PackageExporter(trainee).export(operation, PackageKind.SUBMISSION, pack, Progress.NONE);
        }
        return pack;
    }
}
