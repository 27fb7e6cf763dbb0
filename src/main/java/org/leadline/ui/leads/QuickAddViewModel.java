package org.leadline.ui.leads;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.SightingSource;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The quick-add bar: one value, an optional kind and tags. */
public final class QuickAddViewModel {
    /** How the last add went, for the colour of the feedback. */
    public enum Outcome { NONE, ADDED, KNOWN, ERROR }

    private final Session session;
    final StringProperty value = new SimpleStringProperty("");
    final ObjectProperty<LeadKind> kind = new SimpleObjectProperty<>();
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty feedback = new SimpleStringProperty("");
    final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public QuickAddViewModel(Session session) {
        this.session = session;
    }

    static List<String> splitTags(String text) {
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    /** Adds the value; on success the fields clear and the new lead's entity id goes to onAdded. */
    void add(Consumer<UUID> onAdded) {
        if (busy.get()) {
            return;
        }
        String text = value.get().strip();
        UUID operationId = session.operationId();
        if (text.isEmpty()) {
            show(Outcome.ERROR, Messages.get("quickAdd.error.empty"));
            return;
        }
        if (operationId == null) {
            show(Outcome.ERROR, Messages.get("quickAdd.error.noOperation"));
            return;
        }
        LeadKind chosen = kind.get();
        List<String> tagList = splitTags(tags.get());
        busy.set(true);
        Background.run(() -> session.leads().add(operationId, text, chosen, tagList, null, SightingSource.NONE), added -> {
            busy.set(false);
            AddedLead first = added.get(0);
            String message = Messages.get(first.newEntity() ? "quickAdd.added" : "quickAdd.known", first.canonical());
            if (added.size() > 1) {
                message += " " + Messages.get("quickAdd.derived", added.size() - 1);
            }
            show(first.newEntity() ? Outcome.ADDED : Outcome.KNOWN, message);
            value.set("");
            tags.set("");
            kind.set(null);
            onAdded.accept(first.entityId());
            session.changed();
        }, failure -> {
            busy.set(false);
            show(Outcome.ERROR, Errors.sentence(failure));
        });
    }

    private void show(Outcome result, String message) {
        outcome.set(result);
        feedback.set(message);
    }

    void clearFeedback() {
        outcome.set(Outcome.NONE);
        feedback.set("");
    }
}
