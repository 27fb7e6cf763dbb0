package org.leadline.ui.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.documents.DocumentFields;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.documents.MrzReading;
import org.leadline.logic.documents.SavedDocument;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;
import org.leadline.model.TravelDocument;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The document dialog's state. The zone is read on every change of its text, on the FX thread: a zone is at most
 * 90 characters and reading it takes microseconds. A readable zone fills the fields, which stay editable.
 */
public final class DocumentViewModel {
    static final String NUMBER_CHECK = "document number";
    static final String BIRTH_CHECK = "birth date";
    static final String EXPIRY_CHECK = "expiry date";

    private final Session session;
    private final UUID operationId;
    private final List<UUID> imageIds;
    /** The officer's own record being edited; null for a new one. */
    private final TravelDocument editing;

    final StringProperty mrz = new SimpleStringProperty("");
    /** What the zone gave; null while the zone is empty. */
    final ObjectProperty<MrzReading> reading = new SimpleObjectProperty<>();
    final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.PASSPORT);
    final StringProperty country = new SimpleStringProperty("");
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty surname = new SimpleStringProperty("");
    final StringProperty givenNames = new SimpleStringProperty("");
    final StringProperty nationality = new SimpleStringProperty("");
    final StringProperty birth = new SimpleStringProperty("");
    final StringProperty sex = new SimpleStringProperty("");
    final StringProperty expiry = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty(false);

    /** A new record linked to these captured images. */
    public DocumentViewModel(Session session, List<UUID> imageIds) {
        this.session = session;
        this.operationId = session.operationId();
        this.imageIds = List.copyOf(imageIds == null ? List.of() : imageIds);
        this.editing = null;
        mrz.addListener((obs, before, after) -> read(after));
    }

    /** An edit of one of the officer's records: its zone stays as it was read, its fields are filled in. */
    public DocumentViewModel(Session session, TravelDocument document) {
        this.session = session;
        this.operationId = document.operationId();
        this.imageIds = document.imageIds();
        this.editing = document;
        if (document.mrz() != null) {
            mrz.set(document.mrz());
            reading.set(DocumentService.read(document.mrz()));
        }
        fill(new DocumentFields(document.type(), document.issuingCountry(), document.number(), document.surname(),
                document.givenNames(), document.nationality(), document.birthDate(), document.sex(), document.expiryDate()));
        note.set(orEmpty(document.note()));
    }

    boolean isEdit() {
        return editing != null;
    }

    List<UUID> imageIds() {
        return imageIds;
    }

    Session session() {
        return session;
    }

    private void read(String text) {
        error.set("");
        if (text == null || text.isBlank()) {
            reading.set(null);
            return;
        }
        MrzReading read = DocumentService.read(text);
        reading.set(read);
        if (read.readable()) {
            fill(read.fields());
        }
    }

    private void fill(DocumentFields fields) {
        type.set(fields.type());
        country.set(orEmpty(fields.issuingCountry()));
        number.set(orEmpty(fields.number()));
        surname.set(orEmpty(fields.surname()));
        givenNames.set(orEmpty(fields.givenNames()));
        nationality.set(orEmpty(fields.nationality()));
        birth.set(fields.birthDate() == null ? "" : fields.birthDate().toString());
        sex.set(orEmpty(fields.sex()));
        expiry.set(fields.expiryDate() == null ? "" : fields.expiryDate().toString());
    }

    /** The zone's check digit for a field, or null when there is no readable zone or it has none. */
    CheckDigit check(String field) {
        MrzReading read = reading.get();
        return read == null || !read.readable() ? null : read.check(field);
    }

    /** One line under the zone: what it gave, or why it cannot be read yet. */
    String zoneStatus() {
        MrzReading read = reading.get();
        if (read == null) {
            return Messages.get("document.zone.empty");
        }
        if (!read.readable()) {
            return read.reason();
        }
        List<CheckDigit> failed = read.checks().stream().filter(check -> !check.ok()).toList();
        if (failed.isEmpty()) {
            return Messages.get("document.zone.valid", read.format(), read.checks().size());
        }
        return Messages.get("document.zone.failed", read.format(), failed.get(0).field(), failed.size());
    }

    /** Saves the record and its lead (off the FX thread); onSaved runs on the FX thread when both are stored. */
    void save(Consumer<SavedDocument> onSaved) {
        error.set("");
        MrzReading read = reading.get();
        if (read != null && !read.readable()) {
            error.set(Messages.get("document.error.zone", read.reason()));
            return;
        }
        LocalDate birthDate;
        LocalDate expiryDate;
        try {
            birthDate = date(birth.get(), "document.error.birth");
            expiryDate = date(expiry.get(), "document.error.expiry");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        DocumentFields fields = new DocumentFields(type.get(), country.get(), number.get(), surname.get(), givenNames.get(),
                nationality.get(), birthDate, sex.get(), expiryDate);
        String zone = read == null ? null : mrz.get();
        String noteText = note.get();
        saving.set(true);
        DocumentService documents = new DocumentService(session.workspace());
        Background.run(() -> editing == null ? documents.create(operationId, fields, zone, imageIds, noteText)
                : documents.edit(editing.id(), fields, noteText), saved -> {
            saving.set(false);
            session.changed();
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    private static LocalDate date(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get(errorKey, text.strip()));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
