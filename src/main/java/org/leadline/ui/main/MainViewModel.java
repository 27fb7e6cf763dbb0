package org.leadline.ui.main;

import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Counters;
import org.leadline.ui.common.Demo;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/** The main window's own state: the open operation's counters, the list of operations, and switching between them. */
public final class MainViewModel {
    private static final Duration NOTICE_TIME = Duration.seconds(8);
    private final Session session;
    final ObjectProperty<Counters> counters = new SimpleObjectProperty<>(Counters.NONE);
    /** Records of the open operation in conflict (the status bar's badge). */
    final javafx.beans.property.IntegerProperty conflicts = new javafx.beans.property.SimpleIntegerProperty(0);
    final ObservableList<Operation> operations = FXCollections.observableArrayList();
    final StringProperty status = new SimpleStringProperty("");
    /** A passing good-news line beside the status (what a paste saved). */
    final StringProperty notice = new SimpleStringProperty("");
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);
    final BooleanProperty demoBusy = new SimpleBooleanProperty(false);
    final BooleanProperty ready = new SimpleBooleanProperty(false);
    /** The open operation is a training exercise (issue [7]): the window shows the TRAINING banner. */
    final BooleanProperty training = new SimpleBooleanProperty(false);
    private long countersGeneration;

    public MainViewModel(Session session) {
        this.session = session;
        noticeTimer.setOnFinished(event -> notice.set(""));
        session.revisionProperty().addListener((obs, a, b) -> refreshCounters());
        session.operationProperty().addListener((obs, a, b) -> Platform.runLater(() -> {
            // A turn later, so the lead table's first page, asked for by its own listener, is the first job in the queue.
            refreshCounters();
            loadOperations();
            refreshTraining(b);
        }));
    }

    public Session session() {
        return session;
    }

    /** Shows a message in the status bar for a few seconds. */
    void notice(String message) {
        status.set("");
        notice.set(message);
        noticeTimer.playFromStart();
    }

    /** Opens the workspace's open operation (or none) when the window first shows. */
    public void start() {
        session.withOpenOperation(open -> {
            ready.set(true);
            session.operationProperty().set(open.orElse(null));
            if (open.isEmpty()) {
                loadOperations();
            }
        }, failure -> {
            ready.set(true);
            status.set(Errors.sentence(failure));
        });
    }

    private void refreshTraining(Operation open) {
        training.set(false);
        if (open == null) {
            return;
        }
        Background.run(() -> session.operations().isTraining(open.id()), isTraining -> {
            if (open.equals(session.operation())) {
                training.set(isTraining);
            }
        }, failure -> status.set(Errors.sentence(failure)));
    }

    void refreshCounters() {
        long mine = ++countersGeneration;
        UUID operationId = session.operationId();
        if (operationId == null || session.isClosed()) {
            counters.set(Counters.NONE);
            conflicts.set(0);
            return;
        }
        Background.run(() -> session.counters().counters(operationId), loaded -> {
            if (mine == countersGeneration) {
                counters.set(loaded);
            }
        }, failure -> status.set(Errors.sentence(failure)));
        Background.run(() -> session.conflicts().count(operationId), count -> {
            if (mine == countersGeneration) {
                conflicts.set(count);
            }
        }, failure -> status.set(Errors.sentence(failure)));
    }

    void loadOperations() {
        if (session.isClosed()) {
            return;
        }
        Background.run(() -> session.operations().all(), all -> operations.setAll(all.stream()
                .sorted(Comparator.comparing(Operation::createdAt).reversed()).toList()),
                failure -> status.set(Errors.sentence(failure)));
    }

    void switchTo(UUID operationId) {
        session.openOperation(operationId, failure -> status.set(Errors.sentence(failure)));
    }

    /** Creates and opens an operation, a training one (an exercise) when asked; errors go to the dialog that asked. */
    void createOperation(String name, UUID id, String region, boolean training, Consumer<Operation> onCreated, Consumer<String> onError) {
        Background.run(() -> training ? session.operations().createTraining(name, id, region)
                        : session.operations().create(name, id, region, java.time.LocalDate.now(session.workspace().clock()), null),
                created -> {
                    session.operationProperty().set(created);
                    onCreated.accept(created);
                }, failure -> onError.accept(Errors.sentence(failure)));
    }

    boolean demoAvailable() {
        return Demo.available();
    }

    /** Creates the demo operation off the FX thread and opens it. */
    void openDemo() {
        if (demoBusy.get()) {
            return;
        }
        demoBusy.set(true);
        status.set("");
        Background.run(() -> Demo.create(session.workspace()), created -> {
            demoBusy.set(false);
            session.operationProperty().set(created);
        }, failure -> {
            demoBusy.set(false);
            status.set(Errors.sentence(failure));
        });
    }
}
