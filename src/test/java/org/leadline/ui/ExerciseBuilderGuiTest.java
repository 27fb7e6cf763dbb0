package org.leadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.exercises.AnswerKey;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.Exercise;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseFile;
import org.leadline.logic.exercises.ExercisePackages;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.training.BuilderViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trainer's exercise builder and the trainees' material window, driven through the real windows on real
 * workspaces: an exercise built from generated material is written and verified, the trainees' copy holds no key; a
 * real operation shows why the builder is disabled; a trainee reads a post of the material and adds a lead from it.
 */
class ExerciseBuilderGuiTest extends GuiTest {
    @TempDir
    Path dir;

    @Test
    void buildsAnExerciseFromGeneratedMaterialInATrainingWorkspace() throws Exception {
        Path folder = dir.resolve("trainer");
        String fingerprint;
        try (Workspace trainer = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Tess Trainer", "CEPOL", "FR"),
                Clock.systemUTC())) {
            fingerprint = trainer.owner().fingerprint();
            new OperationService(trainer).createTraining("Preparation", null, "LY");
        }
        Path trainersCopy = dir.resolve("out").resolve("lyon-drill-trainer.leadpack");
        Path traineesCopy = dir.resolve("out").resolve("lyon-drill.leadpack");
        Files.createDirectories(trainersCopy.getParent());

        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#trainingBanner"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#builderWindow") && lookup("#builderTitle").query().isFocused());
        assertThat(lookup("#builderBuild").queryAs(Button.class).isDisabled()).isFalse();
        TextField title = lookup("#builderTitle").queryAs(TextField.class);
        clickOn(title);
        interact(title::selectAll);
        write("Lyon drill");
        assertThat(title.getText()).isEqualTo("Lyon drill");
        // Six items: two adverts, two profiles, two passports; English and French only.
        interact(() -> lookup("#builderItems").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(6));
        clickOn("#builderLanguage-ar");
        interact(() -> {
            lookup("#builderTrainersFile").queryAs(TextField.class).setText(trainersCopy.toString());
            lookup("#builderTraineesFile").queryAs(TextField.class).setText(traineesCopy.toString());
        });
        @SuppressWarnings("unchecked")
        TableView<BuilderViewModel.PreviewCategory> preview = lookup("#builderPreviewCategories").queryAs(TableView.class);
        waitUntil(() -> lookup("#builderPreviewTotal").queryAs(Label.class).getText().startsWith("16 answers"));
        // Handles 10, phones 10, offers 20, documents 25, face images 15, links 5 (exercise sample's defaults).
        assertThat(preview.getItems()).extracting(BuilderViewModel.PreviewCategory::answers).containsExactly(4, 4, 2, 2, 2, 2);
        assertThat(lookup("#builderPreviewTotal").queryAs(Label.class).getText()).isEqualTo("16 answers, 210 points at most");
        assertThat(lookup("#builderPreviewAnswers").queryAs(ListView.class).getItems()).hasSize(16);

        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitLong(() -> showing("#builderSummary") || !lookup("#builderError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#builderError").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup("#builderDoneTrainers").queryAs(TextField.class).getText()).isEqualTo(trainersCopy.toString());
        assertThat(lookup("#builderDoneFingerprint").queryAs(Label.class).getText().replaceAll("\\s+", " ").strip())
                .isEqualTo(Bytes.groupsOfFour(fingerprint));
        // The new training operation holds the material and is open behind the window.
        assertThat(lookup("#operationName").queryAs(Label.class).getText()).isEqualTo("Lyon drill");
        type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#builderWindow"));
        closeApp();

        assertThat(Files.list(trainersCopy.getParent()).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("lyon-drill-trainer.leadpack", "lyon-drill.leadpack");
        try (Workspace trainer = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            ExercisePackages packages = new ExercisePackages(trainer);
            ExerciseFile trainers = packages.read(trainersCopy, Progress.NONE);
            ExerciseFile trainees = packages.read(traineesCopy, Progress.NONE);
            assertThat(trainers.trainersCopy()).isTrue();
            assertThat(trainers.key().answers()).hasSize(16);
            assertThat(trainers.key().countByTarget()).containsEntry(AnswerTarget.FACE_IMAGE, 2L).containsEntry(AnswerTarget.DOCUMENT, 2L);
            assertThat(trainers.exercise().title()).isEqualTo("Lyon drill");
            assertThat(trainees.trainersCopy()).isFalse();
            assertThat(trainees.verified().manifest().entries()).extracting(e -> e.path()).doesNotContain("records/answers.jsonl");
            assertThat(new PackageVerifier(trainer).verify(traineesCopy, Progress.NONE).records().entrySet())
                    .allSatisfy(e -> assertThat(e.getValue().isEmpty() || List.of("posts", "captures").contains(e.getKey().name())).isTrue());
            assertThat(new ExerciseBuilder(trainer).material(trainers.exercise().operationId())).hasSize(6)
                    .allSatisfy(post -> assertThat(post.text().chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(post.text()).isTrue());
        }
    }

    @Test
    void theBuilderSaysWhyItIsDisabledInARealOperation() throws Exception {
        Path folder = dir.resolve("real");
        createWorkspace(folder, "+218 91 234 5678");
        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(showing("#trainingBanner")).isFalse();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#builderWindow") && !lookup("#builderUnavailable").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#builderUnavailable").queryAs(Label.class).getText())
                .isEqualTo("The operation Action day test is a real one: an exercise is built only in a training operation. "
                        + "Create one with File → New operation… and check \"Training operation\", then build it there.");
        assertThat(lookup("#builderBuild").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#builderForm").query().isDisabled()).isTrue();
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#builderSummary")).isFalse();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#builderWindow"));
        // The material window is not offered either: one sentence in the status bar.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#statusMessage").queryAs(Label.class).getText().contains("is not a training exercise"));
        assertThat(lookup("#materialWindow").tryQuery()).isEmpty();
    }

    @Test
    void aTraineeReadsAPostsTextInTheMaterialWindowAndAddsALeadFromIt() throws Exception {
        Path traineesCopy = dir.resolve("drill.leadpack");
        UUID operation;
        String trainerFingerprint;
        String firstPost;
        try (Workspace trainer = Workspace.create(dir.resolve("trainer"), PASSPHRASE.toCharArray(),
                new NewOfficer("Tess Trainer", "CEPOL", "FR"), Clock.systemUTC())) {
            trainerFingerprint = trainer.owner().fingerprint();
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            AnswerKey key = new ExerciseBuilder(trainer).fromDemo("Drill", start, start.plus(Duration.ofHours(1)),
                    Exercise.defaultCategories(), 3, 11, "LY", Progress.NONE);
            operation = key.exercise().operationId();
            new ExercisePackages(trainer).write(key, dir.resolve("drill-trainer.leadpack"), traineesCopy, Progress.NONE);
            firstPost = new ExerciseBuilder(trainer).material(operation).get(0).text();
        }
        Path folder = dir.resolve("trainee");
        try (Workspace trainee = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Karl Novak", "PCCR", "CZ"),
                Clock.systemUTC())) {
            new TrustService(trainee).addFromPackage(trainerFingerprint, traineesCopy);
            new PackageImporter(trainee).importFile(traineesCopy, Progress.NONE);
            new OperationService(trainee).open(operation);
        }

        startApp(folder);
        unlockWith(PASSPHRASE);
        waitUntil(() -> showing("#trainingBanner"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("#materialWindow") && lookup("#materialList").queryAs(ListView.class).getItems().size() == 3
                && lookup("#materialImage").queryAs(ImageView.class).getImage() != null);
        TextArea text = lookup("#materialText").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo(firstPost).contains("Contact on Telegram @");
        assertThat(lookup("#materialMeta").queryAs(Label.class).getText()).startsWith("Telegram · ").endsWith("advert-001-en.png");
        // The third item is a passport's data page: its post and its image side by side.
        type(KeyCode.DOWN, 2);
        waitUntil(() -> text.getText().startsWith("Document image posted by a seller")
                && lookup("#materialImage").queryAs(ImageView.class).getImage() != null);
        type(KeyCode.UP, 2);
        waitUntil(() -> text.getText().equals(firstPost));

        int from = firstPost.indexOf("on Telegram @");
        int to = firstPost.indexOf('\n', from);
        String handle = firstPost.substring(firstPost.indexOf('@', from) + 1, to);
        interact(() -> {
            text.requestFocus();
            text.selectRange(from, to);
        });
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> lookup("#materialFeedback").queryAs(Label.class).getText().startsWith("Added"));
        assertThat(lookup("#materialFeedback").queryAs(Label.class).getText()).isEqualTo("Added telegram:" + handle);
        type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#materialWindow"));
        waitUntil(() -> table().getItems().stream().anyMatch(lead -> lead.canonical().equals("telegram:" + handle)));
        closeApp();
        try (Workspace trainee = Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            // The lead was seen in that post: its sighting names the post and the post's source.
            var post = new ExerciseBuilder(trainee).material(operation).get(0);
            var sightings = trainee.jdbi().withHandle(h -> new org.leadline.persistence.PackageRecordRepository(h)
                    .sightings(operation, trainee.owner().fingerprint()));
            assertThat(sightings).singleElement().satisfies(s -> {
                assertThat(s.sourcePostId()).isEqualTo(post.id());
                assertThat(s.sourceUrl()).isEqualTo(post.sourceUrl());
            });
        }
    }

    /** Building draws and stores the material and writes two packages: on a loaded machine that outlasts one wait. */
    private void waitLong(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                waitUntil(condition);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
            }
        }
    }
}
