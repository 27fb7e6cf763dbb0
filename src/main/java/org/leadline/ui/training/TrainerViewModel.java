package org.leadline.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.ScoreService;
import org.leadline.logic.exercises.Scoreboard;
import org.leadline.logic.exercises.Scoreboard.CategoryScore;
import org.leadline.logic.exercises.Scoreboard.TraineeScore;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The trainer's screen without a window: the trainer's copy and the submissions chosen, the scoring run off the FX
 * thread with progress and a cooperative cancel ({@link ScoreService}, the same logic as {@code score}), then the
 * leaderboard, the selected trainee's categories and missed answers, and the refused submissions.
 */
public final class TrainerViewModel {
    private final Session session;
    final StringProperty keyFile = new SimpleStringProperty("");
    final ObservableList<Path> submissions = FXCollections.observableArrayList();
    final ObjectProperty<Scoreboard> board = new SimpleObjectProperty<>();
    final ObservableList<TraineeScore> leaderboard = FXCollections.observableArrayList();
    final ObjectProperty<TraineeScore> selected = new SimpleObjectProperty<>();
    final ObservableList<CategoryScore> categories = FXCollections.observableArrayList();
    final ObservableList<Answer> missed = FXCollections.observableArrayList();
    final ObservableList<String> refused = FXCollections.observableArrayList();
    final BooleanProperty working = new SimpleBooleanProperty(false);
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty error = new SimpleStringProperty("");
    private FxProgress running;

    public TrainerViewModel(Session session) {
        this.session = session;
        selected.addListener((obs, before, after) -> {
            categories.setAll(after == null ? List.of() : after.categories());
            missed.setAll(after == null ? List.of() : after.missedAnswers());
        });
    }

    /** Adds a typed or chosen submission; one sentence when the file is not there. */
    boolean addSubmission(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        Path file = Path.of(typed.strip());
        if (!Files.isRegularFile(file)) {
            error.set(Messages.get("trainer.error.noFile", file));
            return false;
        }
        if (!submissions.contains(file)) {
            submissions.add(file);
        }
        error.set("");
        return true;
    }

    void score() {
        if (working.get()) {
            return;
        }
        if (keyFile.get().isBlank()) {
            error.set(Messages.get("trainer.error.noKey"));
            return;
        }
        if (submissions.isEmpty()) {
            error.set(Messages.get("trainer.error.noSubmissions"));
            return;
        }
        Path key = Path.of(keyFile.get().strip());
        List<Path> files = List.copyOf(submissions);
        error.set("");
        working.set(true);
        progress.set(0);
        FxProgress task = new FxProgress(progress);
        running = task;
        Background.run(() -> new ScoreService(session.workspace()).score(key, files, task), result -> {
            working.set(false);
            show(result);
        }, failure -> {
            working.set(false);
            error.set(failure instanceof CancelledException ? Messages.get("trainer.cancelled") : Errors.sentence(failure));
        });
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void show(Scoreboard result) {
        board.set(result);
        leaderboard.setAll(result.trainees());
        refused.setAll(result.refused().stream().map(r -> Messages.get("trainer.refused", r.file().getFileName(), r.reason())).toList());
        result.superseded().forEach(s -> refused.add(Messages.get("trainer.superseded", s.file().getFileName(), s.name(), s.scoredSequence())));
        selected.set(result.trainees().isEmpty() ? null : result.trainees().get(0));
    }
}
