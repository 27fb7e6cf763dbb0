package org.leadline.ui.training;

import static org.leadline.ui.training.TrainingTexts.column;
import static org.leadline.ui.training.TrainingTexts.kind;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.ExerciseCategory;
import org.leadline.logic.workspace.Bytes;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.SaveChooser;
import org.leadline.ui.common.Session;
import org.leadline.ui.firstrun.FingerprintLines;
import org.leadline.ui.training.BuilderViewModel.CandidateRow;
import org.leadline.ui.training.BuilderViewModel.CategoryRow;
import org.leadline.ui.training.BuilderViewModel.PreviewCategory;
import org.leadline.ui.training.BuilderViewModel.Source;
import org.leadline.ui.training.BuilderViewModel.State;

/**
 * View → Build exercise… (Ctrl+Shift+B): the trainer's exercise builder. The rules (title, start, end, categories and
 * their points), the material (generated, or chosen records of the open training operation), the answer key it will
 * give, previewed as the form changes, and where the two copies go; the build runs off the FX thread with progress and
 * Cancel, then a summary with both files and the fingerprint to read out to the trainees. In a real operation the form
 * stays disabled and says why.
 *
 * <p>Keys: Ctrl+Enter builds; Alt+G / Alt+R choose the material; Escape closes (cancelling a running build).
 */
public final class BuilderWindow {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 740;
    private static final KeyCombination BUILD = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final BuilderViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextField titleField = new TextField();
    private final VBox summary = new VBox(8);
    private final Button close = new Button(Messages.get("builder.close"));
    private Stage stage;

    private BuilderWindow(BuilderViewModel model) {
        this.model = model;
        root.setId("builderWindow");
        root.getStyleClass().add("package-window");
        Label unavailable = Layouts.errorLine("builderUnavailable");
        unavailable.textProperty().bind(model.unavailable);
        unavailable.getStyleClass().add("builder-unavailable");
        unavailable.setPadding(new javafx.geometry.Insets(8, 20, 8, 20));
        VBox top = new VBox(OwnedWindow.header("builder.heading", "builder.hint"), unavailable);
        root.setTop(top);
        SplitPane form = new SplitPane(formPane(), previewPane());
        form.setOrientation(Orientation.HORIZONTAL);
        form.setDividerPositions(0.56);
        form.setId("builderForm");
        form.disableProperty().bind(model.available.not().or(model.state.isEqualTo(State.RUNNING)));
        form.visibleProperty().bind(model.state.isNotEqualTo(State.DONE));
        ScrollPane done = new ScrollPane(summary);
        done.setFitToWidth(true);
        done.getStyleClass().add("edge-to-edge");
        summary.setId("builderSummary");
        summary.getStyleClass().add("package-body");
        done.visibleProperty().bind(model.state.isEqualTo(State.DONE));
        root.setCenter(new StackPane(form, done));
        root.setBottom(footer());
        model.result.addListener((obs, before, after) -> {
            if (after != null) {
                showSummary(after);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (BUILD.match(event)) {
                event.consume();
                model.build();
            }
        });
    }

    /**
     * Opens the builder over the main window for the open operation.
     *
     * @param selectedLead the lead entity selected in the lead table (checked first among the records), or null
     */
    public static BuilderWindow show(Window owner, Session session, java.util.function.Consumer<javafx.scene.Scene> watch,
                                     java.util.UUID selectedLead) {
        BuilderWindow window = new BuilderWindow(new BuilderViewModel(session, selectedLead));
        window.stage = OwnedWindow.open(owner, window.root, Messages.get("builder.title"), WIDTH, HEIGHT, watch);
        window.stage.setOnHidden(event -> window.model.cancel());
        // The form is enabled once the operation is known to be a training one: the cursor goes to the title then.
        window.model.available.addListener((obs, before, after) -> {
            if (after) {
                Platform.runLater(window.titleField::requestFocus);
            }
        });
        window.model.load();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public BuilderViewModel model() {
        return model;
    }

    private Node formPane() {
        titleField.setId("builderTitle");
        titleField.textProperty().bindBidirectional(model.title);
        TextField start = field("builderStart", model.start, 16);
        TextField end = field("builderEnd", model.end, 16);
        GridPane rules = grid();
        rules.addRow(0, Layouts.label("builder.field.title", "field-label"), titleField);
        GridPane.setColumnSpan(titleField, 3);
        rules.addRow(1, Layouts.label("builder.field.start", "field-label"), start, Layouts.label("builder.field.end", "field-label"), end);
        rules.add(Layouts.label("builder.field.time.hint", "field-hint"), 1, 2, 3, 1);
        GridPane.setHgrow(titleField, Priority.ALWAYS);

        ToggleGroup group = new ToggleGroup();
        RadioButton generated = new RadioButton(Messages.get("builder.source.generated"));
        generated.setId("builderGenerated");
        generated.setMnemonicParsing(true);
        generated.setToggleGroup(group);
        RadioButton records = new RadioButton(Messages.get("builder.source.records"));
        records.setId("builderRecords");
        records.setMnemonicParsing(true);
        records.setToggleGroup(group);
        generated.setSelected(model.source.get() == Source.GENERATED);
        records.setSelected(model.source.get() == Source.RECORDS);
        group.selectedToggleProperty().addListener((obs, before, after) -> model.source.set(after == records ? Source.RECORDS : Source.GENERATED));

        Spinner<Integer> items = new Spinner<>(1, 1000, model.items.get());
        items.setId("builderItems");
        items.setEditable(true);
        items.setPrefWidth(100);
        items.valueProperty().addListener((obs, before, after) -> model.items.set(after == null ? 1 : after));
        TextField seed = field("builderSeed", model.seed, 8);
        TextField region = field("builderRegion", model.region, 4);
        HBox languages = new HBox(12);
        model.languages.forEach((language, chosen) -> {
            CheckBox box = new CheckBox(Messages.get("builder.language." + language));
            box.setId("builderLanguage-" + language);
            box.selectedProperty().bindBidirectional(chosen);
            languages.getChildren().add(box);
        });
        GridPane generatedGrid = grid();
        generatedGrid.addRow(0, Layouts.label("builder.field.items", "field-label"), items, Layouts.label("builder.field.seed", "field-label"),
                seed, Layouts.label("builder.field.region", "field-label"), region);
        generatedGrid.add(Layouts.label("builder.field.languages", "field-label"), 0, 1);
        generatedGrid.add(languages, 1, 1, 5, 1);
        Label generatedHint = Layouts.label("builder.source.generated.hint", "field-hint");
        generatedHint.setWrapText(true);
        VBox generatedBox = new VBox(6, generatedGrid, generatedHint);
        generatedBox.getStyleClass().add("choice-hint");
        generatedBox.disableProperty().bind(model.source.isNotEqualTo(Source.GENERATED));

        ListView<CandidateRow> candidates = new ListView<>(model.candidates);
        candidates.setId("builderCandidates");
        candidates.setPrefHeight(150);
        candidates.setPlaceholder(Layouts.label("builder.records.empty", "placeholder-hint"));
        candidates.setCellFactory(CheckBoxListCell.forListView(row -> row.chosen, new StringConverter<>() {
            @Override
            public String toString(CandidateRow row) {
                return TrainingTexts.line(row.candidate.answer());
            }

            @Override
            public CandidateRow fromString(String text) {
                return null;
            }
        }));
        // Space checks the selected record, as in every list of check boxes.
        candidates.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            CandidateRow row = candidates.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && row != null) {
                event.consume();
                row.chosen.set(!row.chosen.get());
            }
        });
        Button all = new Button(Messages.get("builder.records.all"));
        all.setId("builderRecordsAll");
        all.setOnAction(event -> model.chooseAll(true));
        Button none = new Button(Messages.get("builder.records.none"));
        none.setOnAction(event -> model.chooseAll(false));
        Label recordsHint = Layouts.text(Messages.get("builder.source.records.hint",
                model.operation() == null ? "" : model.operation().name()), "field-hint");
        recordsHint.setWrapText(true);
        HBox recordButtons = new HBox(8, all, none);
        VBox recordsBox = new VBox(6, candidates, recordButtons, recordsHint);
        recordsBox.getStyleClass().add("choice-hint");
        recordsBox.disableProperty().bind(model.source.isNotEqualTo(Source.RECORDS));

        VBox categoryRows = new VBox(4);
        categoryRows.setId("builderCategories");
        model.categories.addListener((ListChangeListener<CategoryRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                fillCategories(categoryRows);
            }
        });
        fillCategories(categoryRows);
        Button addCategory = new Button(Messages.get("builder.category.add"), Icons.icon(Icons.PLUS, 12, "icon"));
        addCategory.setId("builderAddCategory");
        addCategory.setOnAction(event -> model.addCategory());

        TextField trainers = field("builderTrainersFile", model.trainersFile, 30);
        TextField trainees = field("builderTraineesFile", model.traineesFile, 30);
        trainers.setOnKeyTyped(event -> model.filesEdited(null));
        trainees.setOnKeyTyped(event -> model.filesEdited(null));
        GridPane files = grid();
        files.addRow(0, Layouts.label("builder.field.trainers", "field-label"), trainers, chooseButton("builderChooseTrainers", model.trainersFile));
        files.addRow(1, Layouts.label("builder.field.trainees", "field-label"), trainees, chooseButton("builderChooseTrainees", model.traineesFile));
        GridPane.setHgrow(trainers, Priority.ALWAYS);
        GridPane.setHgrow(trainees, Priority.ALWAYS);
        Label filesHint = Layouts.label("builder.files.hint", "field-hint");
        filesHint.setWrapText(true);

        Label error = Layouts.errorLine("builderError");
        error.textProperty().bind(model.error);
        VBox form = new VBox(section("builder.section.rules", rules),
                section("builder.section.material", generated, generatedBox, records, recordsBox),
                section("builder.section.categories", categoryRows, addCategory),
                section("builder.section.files", files, filesHint), error);
        form.getStyleClass().add("package-body");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void fillCategories(VBox rows) {
        rows.getChildren().clear();
        HBox head = new HBox(8, width(Layouts.label("builder.category.name", "field-label"), 230),
                width(Layouts.label("builder.category.kind", "field-label"), 150), Layouts.label("builder.category.points", "field-label"));
        rows.getChildren().add(head);
        int i = 0;
        for (CategoryRow row : model.categories) {
            TextField name = field("builderCategoryName" + i, row.name, 18);
            name.setPrefWidth(230);
            ComboBox<AnswerTarget> kind = new ComboBox<>();
            kind.getItems().setAll(Arrays.asList(AnswerTarget.values()));
            kind.setId("builderCategoryKind" + i);
            kind.setPrefWidth(150);
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(AnswerTarget target) {
                    return target == null ? "" : kind(target);
                }

                @Override
                public AnswerTarget fromString(String text) {
                    return null;
                }
            });
            kind.valueProperty().bindBidirectional(row.target);
            TextField points = field("builderCategoryPoints" + i, row.points, 4);
            points.setPrefWidth(64);
            Button remove = new Button("✕");
            remove.setId("builderCategoryRemove" + i);
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("builder.category.remove")));
            remove.setOnAction(event -> model.categories.remove(row));
            HBox line = new HBox(8, name, kind, points, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(line);
            i++;
        }
    }

    private static <T extends javafx.scene.layout.Region> T width(T node, double width) {
        node.setPrefWidth(width);
        node.setMinWidth(width);
        return node;
    }

    private Node previewPane() {
        TableView<PreviewCategory> counts = new TableView<>(model.previewCategories);
        counts.setId("builderPreviewCategories");
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.setPlaceholder(Layouts.label("builder.preview.empty", "placeholder-hint"));
        counts.getColumns().setAll(List.of(
                column("builder.preview.col.category", 200, PreviewCategory::name),
                column("builder.preview.col.kind", 100, c -> kind(c.target())),
                column("builder.preview.col.points", 60, c -> Integer.toString(c.pointsEach())),
                column("builder.preview.col.answers", 70, c -> Integer.toString(c.answers()))));
        counts.setFixedCellSize(30);
        counts.setPrefHeight(30 * 6 + 56);
        counts.setMinHeight(30 * 6 + 56);
        Label total = Layouts.text("", "form-section");
        total.setId("builderPreviewTotal");
        total.textProperty().bind(model.previewTotal);
        Label problem = Layouts.errorLine("builderPreviewError");
        problem.textProperty().bind(model.previewError);
        ListView<Answer> answers = new ListView<>(model.previewAnswers);
        answers.setId("builderPreviewAnswers");
        answers.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Answer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TrainingTexts.line(item));
            }
        });
        Label hint = Layouts.label("builder.preview.hint", "field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, Layouts.label("builder.preview.heading", "form-section"), counts, total, problem, answers, hint);
        VBox.setVgrow(answers, Priority.ALWAYS);
        box.getStyleClass().add("package-body");
        return box;
    }

    private Node footer() {
        Label phase = Layouts.text("", "field-hint");
        phase.textProperty().bind(Bindings.when(model.cancelling).then(Messages.get("builder.cancelling")).otherwise(model.phase));
        javafx.scene.control.ProgressBar bar = Layouts.progressBar("builderProgress", model.progress);
        bar.setPrefWidth(260);
        bar.setMinWidth(200);
        HBox running = new HBox(8, phase, bar);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.state.isEqualTo(State.RUNNING));
        running.managedProperty().bind(running.visibleProperty());
        HBox.setHgrow(running, Priority.ALWAYS);
        Button cancel = new Button(Messages.get("builder.cancel"));
        cancel.setId("builderCancel");
        cancel.setOnAction(event -> {
            if (model.state.get() == State.RUNNING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        cancel.visibleProperty().bind(model.state.isNotEqualTo(State.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button build = new Button(Messages.get("builder.build"));
        build.setId("builderBuild");
        build.getStyleClass().add("accent");
        build.disableProperty().bind(model.available.not().or(model.state.isNotEqualTo(State.FORM)));
        build.visibleProperty().bind(model.state.isNotEqualTo(State.DONE));
        build.managedProperty().bind(build.visibleProperty());
        build.setOnAction(event -> model.build());
        close.setId("builderClose");
        close.getStyleClass().add("accent");
        close.visibleProperty().bind(model.state.isEqualTo(State.DONE));
        close.managedProperty().bind(close.visibleProperty());
        close.defaultButtonProperty().bind(close.visibleProperty());
        close.setOnAction(event -> stage.close());
        HBox right = new HBox(8, running, cancel, build, close);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(right, Priority.ALWAYS);
        return OwnedWindow.footer("builder.keys", right);
    }

    private void showSummary(BuilderViewModel.Built built) {
        Label title = Layouts.text(Messages.get("builder.done.title", built.key().exercise().title()), "package-done-title");
        TextField trainers = readOnly("builderDoneTrainers", built.written().trainers().file().toString());
        TextField trainees = readOnly("builderDoneTrainees", built.written().trainees().file().toString());
        StringBuilder categories = new StringBuilder();
        for (ExerciseCategory category : built.key().exercise().categories()) {
            categories.append(Messages.get("builder.done.category", category.name(), built.key().answersFor(category.target()).size(),
                    category.points())).append('\n');
        }
        Label counts = Layouts.text(categories.toString().strip(), "package-fact");
        counts.setId("builderDoneCategories");
        Label fingerprint = new Label(FingerprintLines.of(Bytes.groupsOfFour(built.written().trainers().fingerprint())));
        fingerprint.setId("builderDoneFingerprint");
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label opened = Layouts.text(built.generated() ? Messages.get("builder.done.opened", built.operation().name()) : "", "field-hint");
        opened.setWrapText(true);
        opened.setManaged(built.generated());
        HBox heading = new HBox(8, Icons.icon(Icons.CHECK, 18, "icon-success"), title);
        heading.setAlignment(Pos.CENTER_LEFT);
        summary.getChildren().setAll(heading, Layouts.label("builder.done.trainers", "field-label"), trainers,
                Layouts.label("builder.done.trainees", "field-label"), trainees,
                Layouts.text(Messages.get("builder.done.rules", BuilderViewModel.TIME.format(built.key().exercise().start()
                        .atZone(java.time.ZoneId.systemDefault())), BuilderViewModel.TIME.format(built.key().exercise().end()
                        .atZone(java.time.ZoneId.systemDefault())), built.key().answers().size()), "package-fact"),
                counts, Layouts.label("builder.done.fingerprint", "field-label"), fingerprint, opened);
        Platform.runLater(close::requestFocus);
    }

    private static TextField readOnly(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("mono");
        return field;
    }

    private Button chooseButton(String id, StringProperty file) {
        Button choose = new Button(Messages.get("builder.choose"));
        choose.setId(id);
        choose.setOnAction(event -> SaveChooser.choose(stage, Messages.get("builder.choose.title"), file.get(),
                Messages.get("trainer.filter"), "*.leadpack").ifPresent(chosen -> {
                    model.filesEdited(chosen);
                    file.set(chosen.toString());
                }));
        return choose;
    }

    private static TextField field(String id, StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    private static VBox section(String titleKey, Node... children) {
        VBox box = new VBox(6);
        box.getChildren().add(Layouts.label(titleKey, "form-section"));
        box.getChildren().addAll(children);
        box.getStyleClass().add("package-section");
        return box;
    }
}
