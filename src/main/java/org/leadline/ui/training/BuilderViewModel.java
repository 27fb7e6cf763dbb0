package org.leadline.ui.training;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.AnswerKey;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.Exercise;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseBuilder.Candidate;
import org.leadline.logic.exercises.ExerciseCategory;
import org.leadline.logic.exercises.ExerciseMaterial;
import org.leadline.logic.exercises.ExercisePackages;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The exercise builder without a window: the rules (title, clock, categories), the material (generated, as
 * {@code exercise build --demo} makes it, or chosen records of the open training operation), the key it will give
 * (previewed as the form changes), and the build itself off the FX thread with progress and a cooperative cancel:
 * {@link ExerciseBuilder} and {@link ExercisePackages}, the same logic as the command.
 */
public final class BuilderViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Duration PREVIEW_DELAY = Duration.millis(250);
    /** The folder of the last exercise built in this session. */
    private static Path lastFolder;

    public enum Source { GENERATED, RECORDS }

    public enum State { FORM, RUNNING, DONE }

    /** A row of the categories table, edited in place. */
    public static final class CategoryRow {
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<AnswerTarget> target = new SimpleObjectProperty<>();
        final StringProperty points = new SimpleStringProperty("10");

        CategoryRow(String name, AnswerTarget target, int points) {
            this.name.set(name);
            this.target.set(target);
            this.points.set(Integer.toString(points));
        }

        Observable[] observables() {
            return new Observable[] {name, target, points};
        }
    }

    /** One of the trainer's records, checked when it is an answer. */
    public static final class CandidateRow {
        final Candidate candidate;
        final BooleanProperty chosen = new SimpleBooleanProperty(false);

        CandidateRow(Candidate candidate) {
            this.candidate = candidate;
        }

        Observable[] observables() {
            return new Observable[] {chosen};
        }
    }

    /** A category of the preview: how many answers the key will hold in it. */
    public record PreviewCategory(String name, AnswerTarget target, int pointsEach, int answers) {
    }

    /** What a build wrote, for the summary. */
    public record Built(AnswerKey key, ExercisePackages.Written written, Operation operation, boolean generated) {
    }

    private final Session session;
    private final Operation operation;
    private final UUID selectedLead;
    final BooleanProperty available = new SimpleBooleanProperty(false);
    final StringProperty unavailable = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty start = new SimpleStringProperty("");
    final StringProperty end = new SimpleStringProperty("");
    final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.GENERATED);
    final IntegerProperty items = new SimpleIntegerProperty(12);
    final StringProperty seed = new SimpleStringProperty("7");
    final Map<String, BooleanProperty> languages = new java.util.LinkedHashMap<>();
    final StringProperty region = new SimpleStringProperty("");
    final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList(CandidateRow::observables);
    final ObservableList<CategoryRow> categories = FXCollections.observableArrayList(CategoryRow::observables);
    final StringProperty trainersFile = new SimpleStringProperty("");
    final StringProperty traineesFile = new SimpleStringProperty("");
    final ObservableList<PreviewCategory> previewCategories = FXCollections.observableArrayList();
    final ObservableList<Answer> previewAnswers = FXCollections.observableArrayList();
    final StringProperty previewTotal = new SimpleStringProperty("");
    final StringProperty previewError = new SimpleStringProperty("");
    final ObjectProperty<State> state = new SimpleObjectProperty<>(State.FORM);
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty phase = new SimpleStringProperty("");
    final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    final ObjectProperty<Built> result = new SimpleObjectProperty<>();
    /** Files the trainer chose in a file chooser (which asked about replacing them) or typed: no longer follow the title. */
    private boolean filesEdited;
    private final java.util.Set<Path> confirmedReplace = new java.util.HashSet<>();
    private final PauseTransition previewTimer = new PauseTransition(PREVIEW_DELAY);
    private long previewGeneration;
    private FxProgress running;

    /** @param selectedLead the lead entity selected in the main window's table, checked first among the records */
    public BuilderViewModel(Session session, UUID selectedLead) {
        this.session = session;
        this.operation = session.operation();
        this.selectedLead = selectedLead;
        ExerciseMaterial.LANGUAGES.forEach(language -> languages.put(language, new SimpleBooleanProperty(true)));
        Instant now = session.workspace().clock().instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        start.set(TIME.format(now.atZone(zone())));
        end.set(TIME.format(now.plus(90, ChronoUnit.MINUTES).atZone(zone())));
        region.set(session.owner().country());
        title.set(operation == null ? "" : operation.name());
        Exercise.defaultCategories().forEach(c -> categories.add(new CategoryRow(c.name(), c.target(), c.points())));
        placeFiles();
        title.addListener((obs, before, after) -> placeFiles());
        previewTimer.setOnFinished(event -> preview());
        List<Observable> inputs = new ArrayList<>(List.of(title, start, end, source, items, seed, region, candidates, categories));
        inputs.addAll(languages.values());
        inputs.forEach(input -> input.addListener(changed -> previewTimer.playFromStart()));
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    Operation operation() {
        return operation;
    }

    /** Whether the open operation is a training one, and the trainer's records in it (off the FX thread). */
    void load() {
        if (operation == null) {
            unavailable.set(Messages.get("builder.unavailable.none"));
            return;
        }
        UUID id = operation.id();
        Background.run(() -> session.operations().isTraining(id) ? new ExerciseBuilder(session.workspace()).candidates(id) : null,
                found -> {
                    if (found == null) {
                        unavailable.set(Messages.get("builder.unavailable.real", operation.name()));
                        available.set(false);
                        return;
                    }
                    available.set(true);
                    List<CandidateRow> rows = found.stream().map(CandidateRow::new).toList();
                    rows.stream().filter(r -> selectedLead != null && selectedLead.equals(r.candidate.entityId()))
                            .forEach(r -> r.chosen.set(true));
                    candidates.setAll(rows);
                    preview();
                }, failure -> unavailable.set(Errors.sentence(failure)));
    }

    /** The default files follow the title until the trainer picks or types their own. */
    private void placeFiles() {
        if (filesEdited) {
            return;
        }
        Path folder = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : Path.of(System.getProperty("user.home"));
        ExercisePackages.Targets targets = ExercisePackages.Targets.in(folder, title.get() == null ? "" : title.get());
        trainersFile.set(targets.trainers().toString());
        traineesFile.set(targets.trainees().toString());
    }

    /** A file typed or chosen (the file chooser already asked about replacing it). */
    void filesEdited(Path chosen) {
        filesEdited = true;
        if (chosen != null) {
            confirmedReplace.add(chosen.toAbsolutePath().normalize());
        }
    }

    void addCategory() {
        java.util.Set<AnswerTarget> used = java.util.EnumSet.noneOf(AnswerTarget.class);
        categories.forEach(c -> {
            if (c.target.get() != null) {
                used.add(c.target.get());
            }
        });
        AnswerTarget next = java.util.Arrays.stream(AnswerTarget.values()).filter(t -> !used.contains(t)).findFirst().orElse(AnswerTarget.PHONE);
        categories.add(new CategoryRow(Messages.get("builder.category.new"), next, 10));
    }

    void chooseAll(boolean chosen) {
        candidates.forEach(row -> row.chosen.set(chosen));
    }

    /** The form read into the rules; one sentence naming what is wrong. */
    private record Request(String title, Instant start, Instant end, List<ExerciseCategory> categories, Source source,
                           ExerciseMaterial.Spec spec, String region, ExerciseBuilder.Chosen chosen) {
    }

    private Request request() {
        Instant from = instant(start.get(), "builder.error.start");
        Instant to = instant(end.get(), "builder.error.end");
        List<ExerciseCategory> rules = new ArrayList<>();
        for (CategoryRow row : categories) {
            int points;
            try {
                points = Integer.parseInt(row.points.get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("builder.error.points", row.name.get(), row.points.get()));
            }
            rules.add(new ExerciseCategory(row.name.get(), row.target.get(), points));
        }
        if (source.get() == Source.GENERATED) {
            long parsedSeed;
            try {
                parsedSeed = Long.parseLong(seed.get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("builder.error.seed", seed.get()));
            }
            List<String> chosenLanguages = languages.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
            return new Request(title.get(), from, to, rules, Source.GENERATED, new ExerciseMaterial.Spec(items.get(), parsedSeed,
                    chosenLanguages), region.get() == null ? "" : region.get().strip().toUpperCase(Locale.ROOT), null);
        }
        List<UUID> leads = new ArrayList<>();
        List<UUID> offers = new ArrayList<>();
        List<UUID> checks = new ArrayList<>();
        for (CandidateRow row : candidates) {
            if (row.chosen.get()) {
                switch (row.candidate.kind()) {
                    case LEAD -> leads.add(row.candidate.recordId());
                    case OFFER -> offers.add(row.candidate.recordId());
                    case FACE_CHECK -> checks.add(row.candidate.recordId());
                }
            }
        }
        if (leads.isEmpty() && offers.isEmpty() && checks.isEmpty()) {
            throw new IllegalArgumentException(Messages.get(candidates.isEmpty() ? "builder.error.noRecords" : "builder.error.noneChosen"));
        }
        return new Request(title.get(), from, to, rules, Source.RECORDS, null, null,
                new ExerciseBuilder.Chosen(false, leads, offers, checks));
    }

    private static Instant instant(String typed, String errorKey) {
        try {
            return LocalDateTime.parse(typed == null ? "" : typed.strip(), TIME).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get(errorKey, typed));
        }
    }

    /** The key the form will give, computed in the background; its sentence when the form is not right yet. */
    void preview() {
        if (!available.get() || state.get() != State.FORM) {
            return;
        }
        long mine = ++previewGeneration;
        Request request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            showPreview(null, e.getMessage());
            return;
        }
        UUID id = operation.id();
        Background.run(() -> request.source() == Source.GENERATED
                ? ExerciseBuilder.previewDemo(request.title(), request.start(), request.end(), request.categories(), request.spec(),
                request.region())
                : new ExerciseBuilder(session.workspace()).fromRecords(id, request.title(), request.start(), request.end(),
                request.categories(), request.chosen()), key -> {
                    if (mine == previewGeneration) {
                        showPreview(key, "");
                    }
                }, failure -> {
                    if (mine == previewGeneration) {
                        showPreview(null, Errors.sentence(failure));
                    }
                });
    }

    private void showPreview(AnswerKey key, String problem) {
        previewError.set(problem);
        if (key == null) {
            previewCategories.clear();
            previewAnswers.clear();
            previewTotal.set("");
            return;
        }
        Map<AnswerTarget, Long> counts = new EnumMap<>(AnswerTarget.class);
        counts.putAll(key.countByTarget());
        int most = 0;
        List<PreviewCategory> rows = new ArrayList<>();
        for (ExerciseCategory category : key.exercise().categories()) {
            int answers = counts.getOrDefault(category.target(), 0L).intValue();
            rows.add(new PreviewCategory(category.name(), category.target(), category.points(), answers));
            most += answers * category.points();
        }
        previewCategories.setAll(rows);
        previewAnswers.setAll(key.answers());
        previewTotal.set(Messages.get("builder.preview.total", key.answers().size(), most));
    }

    /** Builds the key and writes both copies; the summary shows when done. */
    void build() {
        if (state.get() != State.FORM) {
            return;
        }
        if (!available.get()) {
            error.set(unavailable.get());
            return;
        }
        Request request;
        Path trainers;
        Path trainees;
        try {
            request = request();
            trainers = target(trainersFile.get());
            trainees = target(traineesFile.get());
            if (trainers.equals(trainees)) {
                throw new IllegalArgumentException(Messages.get("builder.error.sameFile"));
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        FxProgress reporter = new FxProgress(progress);
        running = reporter;
        error.set("");
        progress.set(0);
        cancelling.set(false);
        phase.set(Messages.get(request.source() == Source.GENERATED ? "builder.phase.material" : "builder.phase.key"));
        state.set(State.RUNNING);
        UUID id = operation.id();
        Background.run(() -> {
            ExerciseBuilder builder = new ExerciseBuilder(session.workspace());
            boolean generated = request.source() == Source.GENERATED;
            AnswerKey key = generated
                    ? builder.fromDemo(request.title(), request.start(), request.end(), request.categories(), request.spec(),
                    request.region(), Progress.share(reporter, 0, 2))
                    : builder.fromRecords(id, request.title(), request.start(), request.end(), request.categories(), request.chosen());
            Platform.runLater(() -> phase.set(Messages.get("builder.phase.write")));
            ExercisePackages.Written written = new ExercisePackages(session.workspace()).write(key, trainers, trainees,
                    Progress.share(reporter, 1, 2));
            Operation open = session.operations().openOperation().orElse(operation);
            return new Built(key, written, open, generated);
        }, built -> {
            lastFolder = trainers.getParent();
            state.set(State.DONE);
            result.set(built);
            openOperation(built.operation());
        }, failure -> {
            state.set(State.FORM);
            cancelling.set(false);
            boolean cancelled = failure instanceof CancelledException;
            preview();
            error.set(cancelled ? Messages.get("builder.cancelled") : Errors.sentence(failure));
            // Generated material may already be stored in its new operation when the writing stopped: show it.
            if (request.source() == Source.GENERATED) {
                Background.run(() -> session.operations().openOperation().orElse(null), open -> {
                    if (open != null && !open.id().equals(operation.id())) {
                        error.set(Messages.get(cancelled ? "builder.cancelled.stored" : "builder.failed.stored", error.get(), open.name()));
                        openOperation(open);
                    }
                }, ignored -> { });
            }
        });
    }

    private void openOperation(Operation open) {
        if (open != null && !open.id().equals(session.operationId())) {
            session.operationProperty().set(open);
        }
    }

    /** A typed file as an absolute {@code .leadpack} path in a folder that exists, not replacing a file unasked. */
    private Path target(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("builder.error.noFile"));
        }
        Path file;
        try {
            file = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Messages.get("builder.error.folder", text));
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".leadpack")) {
            file = file.resolveSibling(file.getFileName() + ".leadpack");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException(Messages.get("builder.error.folder", file.getParent() == null ? text : file.getParent()));
        }
        if (Files.exists(file) && !confirmedReplace.contains(file)) {
            throw new IllegalArgumentException(Messages.get("builder.error.exists", file.getFileName()));
        }
        return file;
    }

    void cancel() {
        if (running != null && state.get() == State.RUNNING) {
            cancelling.set(true);
            running.cancel();
        }
    }
}
