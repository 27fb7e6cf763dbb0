package org.leadline.ui.training;

import static org.leadline.ui.training.TrainingTexts.column;
import static org.leadline.ui.training.TrainingTexts.shown;

import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.Scoreboard.CategoryScore;
import org.leadline.logic.exercises.Scoreboard.TraineeScore;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * View → Score exercise… (Ctrl+Shift+X): the trainer's copy of an exercise and the trainees' submissions (chosen or
 * typed, Enter adds), scored with progress and Cancel; then the leaderboard, the selected trainee's figures per
 * category and the answers they missed, and the submissions refused or replaced by a later one.
 *
 * <p>Keys: Ctrl+Enter scores; Delete removes the selected submission; Escape closes.
 */
public final class TrainerScreen {
    private static final double WIDTH = 1240;
    private static final double HEIGHT = 720;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(java.time.ZoneId.systemDefault());
    private static final KeyCombination SCORE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final TrainerViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextField keyField = new TextField();

    private TrainerScreen(TrainerViewModel model) {
        this.model = model;
        root.setId("trainerScreen");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("trainer.heading", "trainer.hint"));
        root.setCenter(body());
        Button cancel = new Button(Messages.get("trainer.cancel"));
        cancel.setId("trainerCancel");
        cancel.visibleProperty().bind(model.working);
        cancel.managedProperty().bind(model.working);
        cancel.setOnAction(event -> model.cancel());
        Button score = new Button(Messages.get("trainer.score"));
        score.setId("trainerScore");
        score.getStyleClass().add("accent");
        score.setDefaultButton(false);
        score.disableProperty().bind(model.working);
        score.setOnAction(event -> model.score());
        root.setBottom(OwnedWindow.footer("trainer.keys", Layouts.progressBar("trainerProgress", model.progress), cancel, score));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SCORE.match(event)) {
                event.consume();
                model.score();
            }
        });
    }

    public static TrainerScreen show(Window owner, Session session, java.util.function.Consumer<javafx.scene.Scene> watch) {
        TrainerScreen screen = new TrainerScreen(new TrainerViewModel(session));
        OwnedWindow.open(owner, screen.root, Messages.get("trainer.title"), WIDTH, HEIGHT, watch);
        Platform.runLater(screen.keyField::requestFocus);
        return screen;
    }

    public TrainerViewModel model() {
        return model;
    }

    private Node body() {
        keyField.setId("trainerKeyFile");
        keyField.setPromptText(Messages.get("trainer.key.prompt"));
        keyField.textProperty().bindBidirectional(model.keyFile);
        Button chooseKey = new Button(Messages.get("trainer.choose"));
        chooseKey.setOnAction(event -> {
            File file = chooser("trainer.key.choose").showOpenDialog(window());
            if (file != null) {
                model.keyFile.set(file.getPath());
            }
        });
        TextField submissionField = new TextField();
        submissionField.setId("trainerSubmissionField");
        submissionField.setPromptText(Messages.get("trainer.submission.prompt"));
        submissionField.setOnAction(event -> {
            if (model.addSubmission(submissionField.getText())) {
                submissionField.clear();
            }
        });
        Button chooseSubmissions = new Button(Messages.get("trainer.add"));
        chooseSubmissions.setOnAction(event -> {
            List<File> files = chooser("trainer.submission.choose").showOpenMultipleDialog(window());
            if (files != null) {
                files.forEach(f -> model.addSubmission(f.getPath()));
            }
        });
        ListView<java.nio.file.Path> list = new ListView<>(model.submissions);
        list.setId("trainerSubmissions");
        list.setPrefHeight(64);
        list.setMinHeight(64);
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                model.submissions.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        GridPane files = new GridPane();
        files.setHgap(8);
        files.setVgap(6);
        files.add(Layouts.label("trainer.key"), 0, 0);
        files.add(keyField, 1, 0);
        files.add(chooseKey, 2, 0);
        files.add(Layouts.label("trainer.submissions"), 0, 1);
        files.add(submissionField, 1, 1);
        files.add(chooseSubmissions, 2, 1);
        files.add(list, 1, 2);
        GridPane.setHgrow(keyField, Priority.ALWAYS);
        Label error = Layouts.errorLine("trainerError");
        error.textProperty().bind(model.error);

        TableView<TraineeScore> leaderboard = new TableView<>(model.leaderboard);
        leaderboard.setId("trainerLeaderboard");
        leaderboard.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        leaderboard.setPlaceholder(Layouts.label("trainer.empty", "placeholder-hint"));
        leaderboard.getColumns().setAll(List.of(
                column("trainer.col.rank", 50, t -> Integer.toString(t.rank())),
                column("trainer.col.trainee", 170, t -> t.name() + " (" + t.country() + ")"),
                column("trainer.col.points", 64, t -> Integer.toString(t.points())),
                column("trainer.col.found", 60, t -> t.found() + "/" + (t.found() + t.missed())),
                column("trainer.col.false", 50, t -> Integer.toString(t.falseAnswers())),
                column("trainer.col.duplicates", 50, t -> Integer.toString(t.duplicates())),
                column("trainer.col.precision", 76, t -> percent(t.precision())),
                column("trainer.col.recall", 64, t -> percent(t.recall())),
                column("trainer.col.late", 120, t -> t.lateSubmission() ? Messages.get("trainer.lateSubmission")
                        : t.late() > 0 ? Messages.get("trainer.lateAnswers", t.late()) : "")));
        leaderboard.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.selected.set(after);
            }
        });
        model.selected.addListener((obs, before, after) -> {
            if (after != null && leaderboard.getSelectionModel().getSelectedItem() != after) {
                leaderboard.getSelectionModel().select(after);
            }
        });

        Label trainee = Layouts.text("", "form-section");
        trainee.setId("trainerTrainee");
        trainee.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get() == null ? ""
                : Messages.get("trainer.trainee", model.selected.get().name(), model.selected.get().agency(), model.selected.get().points(),
                Format.dateTime(model.selected.get().submittedAt())) + withoutPlatform(model.selected.get()), model.selected));
        TableView<CategoryScore> categories = new TableView<>(model.categories);
        categories.setId("trainerCategories");
        categories.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        categories.getColumns().setAll(List.of(
                column("trainer.col.category", 230, CategoryScore::category),
                column("trainer.col.found", 60, c -> c.found() + "/" + c.answers()),
                column("trainer.col.false", 60, c -> Integer.toString(c.falseAnswers())),
                column("trainer.col.duplicates", 50, c -> Integer.toString(c.duplicates())),
                column("trainer.col.points", 60, c -> Integer.toString(c.points())),
                column("trainer.col.precision", 86, c -> percent(c.precision())),
                column("trainer.col.recall", 64, c -> percent(c.recall())),
                column("trainer.col.firstFind", 90, c -> c.firstFind() == null ? "–" : TIME.format(c.firstFind()))));
        ListView<Answer> missed = new ListView<>(model.missed);
        missed.setId("trainerMissed");
        missed.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Answer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("trainer.missedLine", item.target().wireName(), shown(item),
                        item.hint() == null ? "" : item.hint()));
            }
        });
        VBox categoriesBox = new VBox(6, trainee, categories);
        VBox.setVgrow(categories, Priority.ALWAYS);
        VBox missedBox = new VBox(6, Layouts.label("trainer.missed", "form-section"), missed);
        VBox.setVgrow(missed, Priority.ALWAYS);
        SplitPane detail = new SplitPane(categoriesBox, missedBox);
        detail.setOrientation(Orientation.HORIZONTAL);
        detail.setDividerPositions(0.6);
        ListView<String> refused = new ListView<>(model.refused);
        refused.setId("trainerRefused");
        refused.setPrefHeight(64);
        refused.visibleProperty().bind(Bindings.isNotEmpty(model.refused));
        refused.managedProperty().bind(refused.visibleProperty());
        VBox top = new VBox(6, leaderboard, refused);
        VBox.setVgrow(leaderboard, Priority.ALWAYS);
        // The leaderboard across the top, the selected trainee's categories and misses below it.
        SplitPane split = new SplitPane(top, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox body = new VBox(8, files, error, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        body.getStyleClass().add("package-body");
        body.setAlignment(Pos.TOP_LEFT);
        return body;
    }

    /** Said with the trainee's result: handles given without a platform that were counted (docs/training.md). */
    private static String withoutPlatform(TraineeScore score) {
        long counted = score.finds().stream().filter(f -> f.withoutPlatform() != null).count();
        return counted == 0 ? "" : " · " + Messages.get("trainer.withoutPlatform", counted);
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("trainer.filter"), "*.leadpack"));
        return chooser;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    Stage stage() {
        return (Stage) window();
    }
}
