package org.leadline.ui.packages;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.packages.ConflictService.ConflictedRecord;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/** The conflict queue's state: the open operation's records in conflict and the one selected. */
public final class ConflictViewModel {
    private final Session session;
    final ObservableList<ConflictedRecord> records = FXCollections.observableArrayList();
    final ObjectProperty<ConflictedRecord> selected = new SimpleObjectProperty<>();
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final javafx.beans.value.ChangeListener<Number> onRevision = (obs, a, b) -> reload();

    public ConflictViewModel(Session session) {
        this.session = session;
        session.revisionProperty().addListener(onRevision);
    }

    public ObservableList<ConflictedRecord> records() {
        return records;
    }

    Session session() {
        return session;
    }

    void reload() {
        UUID operationId = session.operationId();
        if (operationId == null || session.isClosed()) {
            records.clear();
            loaded.set(true);
            return;
        }
        Background.run(() -> session.conflicts().conflicts(operationId), all -> {
            ConflictedRecord before = selected.get();
            records.setAll(all);
            loaded.set(true);
            selected.set(all.stream().filter(r -> before != null && r.recordId().equals(before.recordId())).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0)));
        }, failure -> error.set(Errors.sentence(failure)));
    }

    /** The window closed: stop following the session. */
    void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }
}
