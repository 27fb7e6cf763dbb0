package org.leadline.ui.leads;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.leads.LeadDetails;
import org.leadline.model.Category;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/** The selected lead with everything about it, and the edits the detail pane makes. */
public final class DetailViewModel {
    private final Session session;
    final ObjectProperty<UUID> leadId = new SimpleObjectProperty<>();
    final ObjectProperty<LeadDetails> details = new SimpleObjectProperty<>();
    final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public DetailViewModel(Session session) {
        this.session = session;
        leadId.addListener((obs, before, after) -> {
            if (after == null || !after.equals(before)) {
                error.set("");
            }
            load();
        });
        session.revisionProperty().addListener((obs, a, b) -> load());
    }

    public ObjectProperty<UUID> leadIdProperty() {
        return leadId;
    }

    void load() {
        long mine = ++generation;
        UUID id = leadId.get();
        if (id == null || session.isClosed()) {
            details.set(null);
            return;
        }
        Background.run(() -> session.leads().details(id), loaded -> {
            if (mine == generation) {
                details.set(loaded.summary().officers() > 0 ? loaded : null);
            }
        }, failure -> {
            if (mine == generation) {
                details.set(null);
                error.set(Errors.sentence(failure));
            }
        });
    }

    void setCategory(Category category) {
        UUID id = leadId.get();
        LeadDetails current = details.get();
        if (id == null || category == null || current == null || current.summary().category() == category) {
            return;
        }
        edit(() -> session.leads().setCategory(id, category));
    }

    void addTag(String tag) {
        UUID id = leadId.get();
        if (id == null || tag == null || tag.isBlank()) {
            return;
        }
        edit(() -> {
            for (String each : QuickAddViewModel.splitTags(tag)) {
                session.leads().addTag(id, each);
            }
        });
    }

    void removeTag(String tag) {
        UUID id = leadId.get();
        if (id != null) {
            edit(() -> session.leads().removeTag(id, tag));
        }
    }

    void addNote(String text, Runnable onAdded) {
        UUID id = leadId.get();
        if (id == null || text == null || text.isBlank()) {
            return;
        }
        Background.run(() -> session.leads().addNote(id, text), () -> {
            error.set("");
            onAdded.run();
            session.changed();
        }, failure -> error.set(Errors.sentence(failure)));
    }

    void delete(Runnable onDeleted) {
        UUID id = leadId.get();
        if (id == null) {
            return;
        }
        Background.run(() -> session.leads().delete(id), () -> {
            error.set("");
            onDeleted.run();
            session.changed();
        }, failure -> error.set(Errors.sentence(failure)));
    }

    private void edit(Runnable change) {
        Background.run(change, () -> {
            error.set("");
            session.changed();
        }, failure -> error.set(Errors.sentence(failure)));
    }
}
