package org.leadline.ui.facechecks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.facechecks.FaceCheckService;
import org.leadline.logic.facechecks.LedgerLine;
import org.leadline.model.CaptureSummary;
import org.leadline.model.FaceCheck;
import org.leadline.model.FaceCheckResult;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The face-check ledger's state: its lines, the configured systems and the form that records a check. */
public final class FaceCheckViewModel {
    private record Loaded(List<String> systems, List<LedgerLine> lines, Optional<CaptureSummary> requested) {
    }

    private final Session session;
    private final UUID operationId;
    private final FaceCheckService checks;

    final ObservableList<LedgerLine> lines = FXCollections.observableArrayList();
    final ObservableList<String> systems = FXCollections.observableArrayList();
    /** The face image the form records a check of: the one the ledger was opened on, or the selected line's. */
    final ObjectProperty<CaptureSummary> image = new SimpleObjectProperty<>();
    private UUID requested;
    final ObjectProperty<String> system = new SimpleObjectProperty<>();
    final ObjectProperty<FaceCheckResult> result = new SimpleObjectProperty<>(FaceCheckResult.PENDING);
    final StringProperty reference = new SimpleStringProperty("");
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty systemsError = new SimpleStringProperty("");

    public FaceCheckViewModel(Session session, UUID imageId) {
        this.session = session;
        this.operationId = session.operationId();
        this.checks = new FaceCheckService(session.workspace());
        this.requested = imageId;
        date.set(LocalDate.now(ZoneOffset.UTC).toString());
    }

    String me() {
        return session.owner().fingerprint();
    }

    /** Reads the systems and the ledger (off the FX thread). */
    void load(Runnable then) {
        busy.set(true);
        UUID wanted = requested;
        Background.run(() -> new Loaded(checks.systems(), checks.ledger(operationId),
                wanted == null ? Optional.empty() : checks.image(operationId, wanted)), loaded -> {
            busy.set(false);
            systems.setAll(loaded.systems());
            if (system.get() == null || !systems.contains(system.get())) {
                system.set(systems.isEmpty() ? null : systems.get(0));
            }
            lines.setAll(loaded.lines());
            if (wanted != null) {
                requested = null;
                loaded.requested().ifPresentOrElse(image::set, () -> error.set(Messages.get("faceCheck.error.image")));
            }
            then.run();
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    /** Records the form's check; the image, system and date stay for the next one, reference and note are cleared. */
    void record(Runnable onRecorded) {
        error.set("");
        if (image.get() == null) {
            error.set(Messages.get("faceCheck.error.noImage"));
            return;
        }
        UUID imageId = image.get().id();
        LocalDate day;
        try {
            day = date.get().isBlank() ? null : LocalDate.parse(date.get().strip());
        } catch (DateTimeParseException e) {
            error.set(Messages.get("faceCheck.error.date", date.get().strip()));
            return;
        }
        String pickedSystem = system.get();
        FaceCheckResult pickedResult = result.get();
        String ref = reference.get();
        String text = note.get();
        busy.set(true);
        Background.run(() -> checks.record(operationId, imageId, pickedSystem, pickedResult, ref, day, text), made -> {
            busy.set(false);
            reference.set("");
            note.set("");
            session.changed();
            load(onRecorded);
        }, this::failed);
    }

    /** Another check of a line's image (in another system, or later): the form takes that image. */
    void pick(LedgerLine line) {
        if (line != null && line.image() != null && !line.image().equals(image.get())) {
            image.set(line.image());
            error.set("");
        }
    }

    /** A new result for one of the officer's own checks. */
    void setResult(LedgerLine line, FaceCheckResult newResult) {
        FaceCheck check = line.check();
        if (!check.origin().equals(me())) {
            error.set(Messages.get("faceCheck.error.notOwn"));
            return;
        }
        busy.set(true);
        Background.run(() -> checks.setResult(check.id(), newResult), edited -> {
            busy.set(false);
            session.changed();
            load(() -> { });
        }, this::failed);
    }

    /** Adds a system to the workspace's list and picks it for the next check. */
    void addSystem(String name, Runnable onAdded) {
        systemsError.set("");
        Background.run(() -> checks.addSystem(name), list -> {
            systems.setAll(list);
            system.set(list.get(list.size() - 1));
            onAdded.run();
        }, failure -> systemsError.set(Errors.sentence(failure)));
    }

    void removeSystem(String name) {
        systemsError.set("");
        Background.run(() -> checks.removeSystem(name), list -> {
            systems.setAll(list);
            if (!list.contains(system.get())) {
                system.set(list.get(0));
            }
        }, failure -> systemsError.set(Errors.sentence(failure)));
    }

    int distinctImages() {
        return (int) lines.stream().map(line -> line.check().imageId()).distinct().count();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(Errors.sentence(failure));
    }
}
