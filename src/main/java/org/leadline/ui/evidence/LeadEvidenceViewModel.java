package org.leadline.ui.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/** The evidence of the selected lead, newest first; reloaded when the lead changes and after every change. */
public final class LeadEvidenceViewModel {
    private final Session session;
    final ObjectProperty<UUID> leadId = new SimpleObjectProperty<>();
    final ObservableList<CaptureSummary> captures = FXCollections.observableArrayList();
    final StringProperty error = new SimpleStringProperty("");
    private final ChangeListener<Number> onRevision = (obs, a, b) -> load();
    private long generation;

    public LeadEvidenceViewModel(Session session) {
        this.session = session;
        leadId.addListener((obs, before, after) -> load());
        session.revisionProperty().addListener(onRevision);
    }

    public ObjectProperty<UUID> leadIdProperty() {
        return leadId;
    }

    void load() {
        long mine = ++generation;
        UUID id = leadId.get();
        if (id == null || session.isClosed()) {
            captures.clear();
            return;
        }
        Background.run(() -> distinct(session.evidence().forLead(id)), loaded -> {
            if (mine == generation) {
                error.set("");
                captures.setAll(loaded);
            }
        }, failure -> {
            if (mine == generation) {
                captures.clear();
                error.set(Errors.sentence(failure));
            }
        });
    }

    /** A capture two officers attached to their records of one lead is one tile. */
    static List<CaptureSummary> distinct(List<CaptureSummary> captures) {
        Map<UUID, CaptureSummary> byId = new LinkedHashMap<>();
        for (CaptureSummary capture : captures) {
            byId.putIfAbsent(capture.id(), capture);
        }
        return List.copyOf(byId.values());
    }

    /** Stops following the session (the view is going away). */
    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }
}
