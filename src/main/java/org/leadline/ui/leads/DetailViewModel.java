package org.leadline.ui.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.leads.LeadDetails;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.Provenance;
import org.leadline.model.Category;
import org.leadline.model.HandMerge;
import org.leadline.model.LeadSummary;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/** The selected lead with everything about it, and the edits the detail pane makes. */
public final class DetailViewModel {
    private final Session session;
    final ObjectProperty<UUID> leadId = new SimpleObjectProperty<>();
    final ObjectProperty<LeadDetails> details = new SimpleObjectProperty<>();
    /** Who found the selected lead (every officer with a live record of it), earliest first. */
    final ObjectProperty<Provenance> provenance = new SimpleObjectProperty<>();
    final StringProperty error = new SimpleStringProperty("");
    /** Leads that may be the same entity as the selected one. */
    final ObservableList<LeadMerges.Suggestion> suggestions = FXCollections.observableArrayList();
    /** Hand-made merges into the selected lead that still stand. */
    final ObservableList<MergeLine> merges = FXCollections.observableArrayList();
    private long generation;

    /** A merge into the selected lead: what was merged, by whom. */
    record MergeLine(HandMerge merge, String value, String by) {
    }

    private record Loaded(LeadDetails details, Provenance provenance, List<LeadMerges.Suggestion> suggestions, List<MergeLine> merges) {
    }

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
            suggestions.clear();
            merges.clear();
            return;
        }
        Background.run(() -> load(id), loaded -> {
            if (mine == generation) {
                boolean live = loaded.details().summary().officers() > 0;
                provenance.set(live ? loaded.provenance() : null);
                details.set(live ? loaded.details() : null);
                suggestions.setAll(live ? loaded.suggestions() : List.of());
                merges.setAll(live ? loaded.merges() : List.of());
            }
        }, failure -> {
            if (mine == generation) {
                details.set(null);
                suggestions.clear();
                merges.clear();
                error.set(Errors.sentence(failure));
            }
        });
    }

    /** Off the FX thread: the lead, the leads that may be the same, and the merges into it. */
    private Loaded load(UUID id) {
        LeadDetails loaded = session.leads().details(id);
        if (loaded.summary().officers() == 0) {
            return new Loaded(loaded, null, List.of(), List.of());
        }
        List<LeadMerges.Suggestion> similar = session.merges().suggestionsFor(id);
        List<MergeLine> standing = new ArrayList<>();
        for (HandMerge merge : session.merges().mergesInto(id)) {
            String value = session.leads().summary(merge.mergedId()).map(LeadSummary::canonical).orElse("");
            String by = merge.mergedBy().equals(session.owner().fingerprint()) ? session.owner().name()
                    : loaded.officerName(merge.mergedBy());
            standing.add(new MergeLine(merge, value, by));
        }
        return new Loaded(loaded, Provenance.of(loaded), similar, standing);
    }

    /** Merges the suggested lead into the selected one. */
    void merge(LeadSummary other) {
        UUID id = leadId.get();
        if (id == null || other == null) {
            return;
        }
        edit(() -> session.merges().merge(id, other.id()));
    }

    void undoMerge(HandMerge merge) {
        if (merge != null) {
            edit(() -> session.merges().undo(merge.id()));
        }
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
