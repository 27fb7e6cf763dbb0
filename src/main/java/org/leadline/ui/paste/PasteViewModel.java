package org.leadline.ui.paste;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.PasteService;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.offers.OfferSuggester;
import org.leadline.logic.offers.OfferSuggestion;
import org.leadline.logic.selectors.Selector;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The paste dialog's state: the post, the selectors found in it and the officer's decisions about each. Finding,
 * correcting and saving run off the FX thread.
 */
public final class PasteViewModel {
    /** What a save did, for the main window's status line. */
    public record Saved(int saved, int known, UUID first, int offers) {
        public Saved(int saved, int known, UUID first) {
            this(saved, known, first, 0);
        }
    }

    private final Session session;
    private final UUID operationId;
    /** The text in the editor (while editing). */
    final StringProperty text = new SimpleStringProperty("");
    /** The text the list was found in; null until found. */
    final ObjectProperty<String> analysed = new SimpleObjectProperty<>();
    final ObjectProperty<List<TextParts.Part>> parts = new SimpleObjectProperty<>(List.of());
    final ObservableList<PasteRow> rows = FXCollections.observableArrayList(PasteRow::observables);
    final StringProperty sourceUrl = new SimpleStringProperty("");
    final BooleanProperty finding = new SimpleBooleanProperty(false);
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    final IntegerBinding confirmedCount;
    /** The offers suggested from the post, each to be checked to be recorded. */
    final ObservableList<OfferRow> offers = FXCollections.observableArrayList(OfferRow::observables);
    final IntegerBinding checkedOffers;
    private long generation;

    public PasteViewModel(Session session) {
        this.session = session;
        this.operationId = session.operationId();
        confirmedCount = Bindings.createIntegerBinding(() -> (int) rows.stream().filter(PasteRow::isConfirmed).count(), rows);
        checkedOffers = Bindings.createIntegerBinding(() -> (int) offers.stream().filter(OfferRow::isChecked).count(), offers);
    }

    Session session() {
        return session;
    }

    boolean isAnalysed() {
        return analysed.get() != null;
    }

    /** Back to the editor with the analysed text; the found list goes. */
    void edit() {
        generation++;
        finding.set(false);
        if (analysed.get() != null) {
            text.set(analysed.get());
        }
        analysed.set(null);
        rows.clear();
        offers.clear();
        parts.set(List.of());
        error.set("");
    }

    /** Finds the selectors in the text (off the FX thread); onFound runs when the list is there. */
    void find(String post, Runnable onFound) {
        if (post == null || post.isBlank()) {
            error.set(Messages.get("paste.error.empty"));
            return;
        }
        if (operationId == null) {
            error.set(Messages.get("quickAdd.error.noOperation"));
            return;
        }
        long mine = ++generation;
        finding.set(true);
        error.set("");
        Background.run(() -> {
            List<PasteService.Found> found = session.paste().preview(operationId, post);
            List<TextParts.Span> spans = found.stream().map(each -> new TextParts.Span(each.selector().start(), each.selector().end()))
                    .toList();
            String region = session.operation() == null ? null : session.operation().defaultRegion();
            List<OfferSuggestion> suggested = new OfferSuggester(region).suggest(post);
            return new Analysis(found, TextParts.split(post, spans, TextParts.PART_SIZE), suggested);
        }, analysis -> {
            if (mine != generation) {
                return;
            }
            finding.set(false);
            parts.set(analysis.parts());
            rows.setAll(analysis.found().stream().map(PasteRow::new).toList());
            offers.setAll(analysis.offers().stream().map(OfferRow::new).toList());
            analysed.set(post);
            onFound.run();
        }, failure -> {
            if (mine == generation) {
                finding.set(false);
                error.set(Errors.sentence(failure));
            }
        });
    }

    private record Analysis(List<PasteService.Found> found, List<TextParts.Part> parts, List<OfferSuggestion> offers) {
    }

    /** The officer's correction of one row (kind null: recognise it); errors go to onError, one sentence. */
    void correct(PasteRow row, String value, LeadKind kind, Runnable onDone, Consumer<String> onError) {
        if (value == null || value.isBlank()) {
            onError.accept(Messages.get("paste.error.emptyValue"));
            return;
        }
        Selector original = row.selector();
        Background.run(() -> {
            Selector corrected = session.paste().correct(operationId, original, value, kind);
            LeadSummary known = session.leads().find(operationId, corrected.kind(), corrected.canonical()).orElse(null);
            return new Correction(corrected, known == null ? PasteRow.NEW : known.sightings());
        }, correction -> {
            row.selector.set(correction.selector());
            row.timesSeen.set(correction.timesSeen());
            row.corrected.set(true);
            row.confirmed.set(true);
            onDone.run();
        }, failure -> onError.accept(Errors.sentence(failure)));
    }

    private record Correction(Selector selector, int timesSeen) {
    }

    void toggle(PasteRow row) {
        if (row != null) {
            row.confirmed.set(!row.confirmed.get());
        }
    }

    /** The confirmed selectors, each (kind, value) once. */
    List<Selector> confirmed() {
        Set<String> seen = new HashSet<>();
        List<Selector> out = new ArrayList<>();
        for (PasteRow row : rows) {
            Selector selector = row.selector();
            if (row.isConfirmed() && seen.add(selector.kind().wireName() + "\u0000" + selector.canonical())) {
                out.add(selector);
            }
        }
        return out;
    }

    /** Stores the confirmed selectors with the post as their source; onSaved runs on success. */
    void save(Consumer<Saved> onSaved) {
        if (saving.get() || finding.get()) {
            return;
        }
        String post = analysed.get();
        if (post == null) {
            error.set(Messages.get("paste.error.notFound"));
            return;
        }
        List<Selector> chosen = confirmed();
        List<OfferDraft> drafts = offers.stream().filter(OfferRow::isChecked).map(OfferRow::draft).toList();
        if (chosen.isEmpty() && drafts.isEmpty()) {
            error.set(Messages.get("paste.error.noneChosen"));
            return;
        }
        String url = sourceUrl.get();
        saving.set(true);
        error.set("");
        OfferService offerService = new OfferService(session.workspace());
        Background.run(() -> {
            // Every offer is checked before anything is written: a refused offer stores neither it nor the leads.
            for (int i = 0; i < drafts.size(); i++) {
                try {
                    offerService.check(operationId, drafts.get(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(Messages.get("paste.offer.refused", i + 1, e.getMessage()), e);
                }
            }
            List<AddedLead> added = chosen.isEmpty() ? List.of() : session.paste().confirm(operationId, post, url, chosen);
            List<UUID> leads = added.stream().map(AddedLead::recordId).toList();
            for (OfferDraft draft : drafts) {
                offerService.add(operationId, draft.withLeads(leads));
            }
            return added;
        }, added -> {
            saving.set(false);
            int known = (int) added.stream().filter(lead -> !lead.newEntity()).count();
            UUID first = added.isEmpty() ? null : added.get(0).entityId();
            session.changed();
            onSaved.accept(new Saved(added.size(), known, first, drafts.size()));
        }, failure -> {
            saving.set(false);
            error.set(Errors.sentence(failure));
        });
    }
}
