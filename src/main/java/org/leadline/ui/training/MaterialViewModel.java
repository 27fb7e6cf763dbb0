package org.leadline.ui.training;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseBuilder.MaterialEntry;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.SightingSource;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The exercise material as a trainee reads it ({@link ExerciseBuilder#materialEntries}, the posts {@code exercise material}
 * prints, each beside its image): the entries, the selected one's image, and a lead added from text selected in a post,
 * with the post as its source. The material holds no answers: the trainees' copy never carries them.
 */
public final class MaterialViewModel {
    private final Session session;
    private final UUID operationId;
    final ObservableList<MaterialEntry> entries = FXCollections.observableArrayList();
    final ObjectProperty<MaterialEntry> selected = new SimpleObjectProperty<>();
    /** The selected entry's first image, as the viewer would show it; null while loading or without one. */
    final ObjectProperty<byte[]> image = new SimpleObjectProperty<>();
    final StringProperty feedback = new SimpleStringProperty("");
    final BooleanProperty feedbackIsError = new SimpleBooleanProperty(false);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    private long imageGeneration;

    public MaterialViewModel(Session session) {
        this.session = session;
        this.operationId = session.operationId();
        selected.addListener((obs, before, after) -> loadImage(after));
    }

    void load() {
        if (operationId == null) {
            show(true, Messages.get("quickAdd.error.noOperation"));
            loaded.set(true);
            return;
        }
        Background.run(() -> new ExerciseBuilder(session.workspace()).materialEntries(operationId), all -> {
            entries.setAll(all);
            loaded.set(true);
            if (!all.isEmpty()) {
                selected.set(all.get(0));
            }
        }, failure -> {
            loaded.set(true);
            show(true, Errors.sentence(failure));
        });
    }

    private void loadImage(MaterialEntry entry) {
        long mine = ++imageGeneration;
        image.set(null);
        if (entry == null || entry.images().isEmpty()) {
            return;
        }
        UUID captureId = entry.images().get(0).id();
        Background.run(() -> session.evidence().viewable(captureId).orElse(null), bytes -> {
            if (mine == imageGeneration) {
                image.set(bytes);
            }
        }, failure -> show(true, Errors.sentence(failure)));
    }

    /** Adds the text selected in the post as a lead, seen in that post (its source URL and platform). */
    void addSelection(String text, Consumer<UUID> onAdded) {
        MaterialEntry entry = selected.get();
        if (busy.get()) {
            return;
        }
        if (text == null || text.isBlank()) {
            show(true, Messages.get("material.error.noSelection"));
            return;
        }
        SightingSource source = entry == null ? SightingSource.NONE
                : new SightingSource(entry.sourceUrl(), entry.platform(), entry.post() == null ? null : entry.post().id());
        String value = text.strip();
        busy.set(true);
        Background.run(() -> session.leads().add(operationId, value, null, List.of(), null, source), added -> {
            busy.set(false);
            AddedLead first = added.get(0);
            String message = Messages.get(first.newEntity() ? "quickAdd.added" : "quickAdd.known", first.canonical());
            if (added.size() > 1) {
                message += " " + Messages.get("quickAdd.derived", added.size() - 1);
            }
            show(false, message);
            session.changed();
            onAdded.accept(first.entityId());
        }, failure -> {
            busy.set(false);
            show(true, Errors.sentence(failure));
        });
    }

    private void show(boolean error, String message) {
        feedbackIsError.set(error);
        feedback.set(message);
    }
}
