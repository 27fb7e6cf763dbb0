package org.leadline.logic.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Ids;
import org.leadline.model.LeadKind;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.TravelDocumentRepository;

/**
 * Travel and ID document records: made by hand or from a machine-readable zone, edited, linked to their captured
 * images, deleted as tombstones. Every new record yields the {@code document} lead in the same transaction, so the
 * operation's counters (documents, issuing countries) count it. A zone whose check digits fail may still be saved:
 * the record shows the failing digit and its lead is {@code unverified} with the reason.
 */
public final class DocumentService {
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,30}");
    private static final int MAX_NAME = 200;

    private final Workspace workspace;
    private final LeadService leads;

    public DocumentService(Workspace workspace) {
        this.workspace = workspace;
        this.leads = new LeadService(workspace);
    }

    private String me() {
        return workspace.owner().fingerprint();
    }

    /** Microseconds: what the database keeps, so that a record returned equals the record read back. */
    private Instant now() {
        return workspace.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Reads a zone typed or pasted in 2 or 3 lines (spaces and lower case tolerated), without storing anything. */
    public static MrzReading read(String mrzText) {
        return MrzReading.read(mrzText);
    }

    /** A record from a zone alone: its fields are the zone's. */
    public SavedDocument createFromMrz(UUID operationId, String mrzText, List<UUID> imageIds, String note) {
        MrzReading reading = readable(mrzText);
        return create(operationId, reading.fields(), mrzText, imageIds, note);
    }

    /**
     * A record from fields typed by hand or filled from a zone and corrected; {@code mrzText} is the zone they came
     * from, or null.
     */
    public SavedDocument create(UUID operationId, DocumentFields fields, String mrzText, List<UUID> imageIds, String note) {
        MrzReading reading = mrzText == null || mrzText.isBlank() ? null : readable(mrzText);
        DocumentFields valid = validate(fields);
        List<UUID> images = distinct(imageIds);
        return workspace.jdbi().inTransaction(handle -> {
            new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            images.forEach(image -> new CaptureRepository(handle).requireLive(operationId, image));
            Instant now = now();
            TravelDocument document = new TravelDocument(Ids.newId(), operationId, valid.type(), valid.issuingCountry(),
                    valid.number(), valid.surname(), valid.givenNames(), valid.nationality(), valid.birthDate(), valid.sex(),
                    valid.expiryDate(), reading == null ? null : reading.lines(), reading == null ? List.of() : reading.checks(),
                    images, blankToNull(note), me(), 1, now, now, false);
            new TravelDocumentRepository(handle).insert(document);
            AuditLog.record(handle, me(), now, "document.add", "document", document.id(), null, document);
            return new SavedDocument(document, yieldLead(handle, document, reading));
        });
    }

    /** Changes the officer's own record; a new type, issuer or number yields that document lead too. */
    public SavedDocument edit(UUID documentId, DocumentFields fields, String note) {
        DocumentFields valid = validate(fields);
        return workspace.jdbi().inTransaction(handle -> {
            TravelDocument before = own(handle, documentId);
            Instant now = now();
            TravelDocument after = new TravelDocument(before.id(), before.operationId(), valid.type(), valid.issuingCountry(),
                    valid.number(), valid.surname(), valid.givenNames(), valid.nationality(), valid.birthDate(), valid.sex(),
                    valid.expiryDate(), before.mrz(), before.checks(), before.imageIds(), blankToNull(note), before.origin(),
                    before.version() + 1, before.createdAt(), now, false);
            new TravelDocumentRepository(handle).update(after);
            AuditLog.record(handle, me(), now, "document.edit", "document", after.id(), before, after);
            AddedLead lead = after.canonical().equals(before.canonical()) ? null
                    : yieldLead(handle, after, before.mrz() == null ? null : MrzReading.read(before.mrz()));
            return new SavedDocument(after, lead);
        });
    }

    public TravelDocument linkImage(UUID documentId, UUID captureId) {
        return changeImages(documentId, "document.image.link", (handle, document, images) -> {
            new CaptureRepository(handle).requireLive(document.operationId(), captureId);
            if (images.contains(captureId)) {
                throw new IllegalArgumentException("The image " + captureId + " is already linked to this document.");
            }
            images.add(captureId);
        });
    }

    /**
     * Adds captures to the images of the officer's own document record, in the caller's transaction: the one that
     * records them ({@code attach --document}).
     */
    public TravelDocument addImages(Handle handle, UUID documentId, List<UUID> captureIds) {
        return changeImages(handle, documentId, "document.image.link", (h, document, images) -> {
            for (UUID captureId : captureIds) {
                new CaptureRepository(h).requireLive(document.operationId(), captureId);
                if (!images.contains(captureId)) {
                    images.add(captureId);
                }
            }
        });
    }

    /** Refuses a document of another operation, a colleague's or a deleted one, before files are read to be attached to it. */
    public void requireOwn(Handle handle, UUID operationId, UUID documentId) {
        if (!own(handle, documentId).operationId().equals(operationId)) {
            throw new IllegalArgumentException("The document " + documentId + " belongs to another operation.");
        }
    }

    public TravelDocument unlinkImage(UUID documentId, UUID captureId) {
        return changeImages(documentId, "document.image.unlink", (handle, document, images) -> {
            if (!images.remove(captureId)) {
                throw new IllegalArgumentException("The image " + captureId + " is not linked to this document.");
            }
        });
    }

    /** A change to a document's list of images, made inside the transaction that saves it. */
    private interface ImageChange {
        void apply(Handle handle, TravelDocument document, List<UUID> images);
    }

    private TravelDocument changeImages(UUID documentId, String action, ImageChange change) {
        return workspace.jdbi().inTransaction(handle -> changeImages(handle, documentId, action, change));
    }

    /** The change in the caller's transaction; a change that leaves the images as they were writes no new version. */
    private TravelDocument changeImages(Handle handle, UUID documentId, String action, ImageChange change) {
        TravelDocument before = own(handle, documentId);
        List<UUID> images = new ArrayList<>(before.imageIds());
        change.apply(handle, before, images);
        if (images.equals(before.imageIds())) {
            return before;
        }
        TravelDocument after = before.withImages(images, now());
        new TravelDocumentRepository(handle).update(after);
        AuditLog.record(handle, me(), after.updatedAt(), action, "document", after.id(), before, after);
        return after;
    }

    /**
     * Deletes the officer's own record as a tombstone that travels in packages. The document lead stays: it is a lead
     * of its own, perhaps seen elsewhere too, and the officer deletes it in the lead table if it was a mistake.
     */
    public void delete(UUID documentId) {
        workspace.jdbi().useTransaction(handle -> {
            TravelDocument before = own(handle, documentId);
            TravelDocument after = before.asTombstone(now());
            new TravelDocumentRepository(handle).update(after);
            AuditLog.record(handle, me(), after.updatedAt(), "document.delete", "document", after.id(), before, after);
        });
    }

    /** The operation's live documents of every officer, oldest first. */
    public List<TravelDocument> list(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new TravelDocumentRepository(handle).live(operationId));
    }

    /** The live records, of every officer, behind a document lead (its canonical value), oldest first. */
    public List<TravelDocument> recordsOf(UUID operationId, String canonical) {
        return list(operationId).stream().filter(document -> document.canonical().equals(canonical)).toList();
    }

    public TravelDocument get(UUID documentId) {
        return workspace.jdbi().withHandle(handle -> new TravelDocumentRepository(handle).byId(documentId))
                .orElseThrow(() -> new IllegalArgumentException("There is no document " + documentId + "."));
    }

    private TravelDocument own(Handle handle, UUID documentId) {
        TravelDocument document = new TravelDocumentRepository(handle).byId(documentId)
                .orElseThrow(() -> new IllegalArgumentException("There is no document " + documentId + "."));
        if (!document.origin().equals(me())) {
            throw new IllegalArgumentException("The document " + documentId + " is a colleague's record: only they can change it.");
        }
        if (document.deleted()) {
            throw new IllegalArgumentException("The document " + documentId + " was deleted.");
        }
        return document;
    }

    /**
     * The document lead: verified when typed by hand or read from a zone whose check digits all agree; unverified,
     * with the reason, when a digit fails or when the typed type, issuer or number is not what the zone says.
     */
    private AddedLead yieldLead(Handle handle, TravelDocument document, MrzReading reading) {
        String canonical = document.canonical();
        String reason = null;
        if (reading != null && !reading.valid()) {
            reason = reading.reason();
        } else if (reading != null && !reading.zone().canonical().equals(canonical)) {
            reason = "The document typed (" + canonical + ") is not the one its zone names (" + reading.zone().canonical() + ").";
        }
        String raw = reading == null ? canonical : reading.lines();
        Selector selector = new Selector(LeadKind.DOCUMENT, canonical, raw, 0, raw.length(), reason == null, reason, null, null,
                null, reading == null ? null : reading.zone());
        return leads.addSelector(handle, document.operationId(), selector, List.of(), null, SightingSource.NONE);
    }

    private static MrzReading readable(String mrzText) {
        if (mrzText == null || mrzText.isBlank()) {
            throw new IllegalArgumentException("The machine-readable zone is empty.");
        }
        MrzReading reading = MrzReading.read(mrzText);
        if (!reading.readable()) {
            throw new IllegalArgumentException("The machine-readable zone cannot be read: " + reading.reason());
        }
        return reading;
    }

    /** Normalises and checks every field; the first problem is one sentence naming the field. */
    DocumentFields validate(DocumentFields f) {
        if (f == null || f.type() == null) {
            throw new IllegalArgumentException("The document type is missing: passport, id-card, visa, residence-permit or other.");
        }
        String country = country(f.issuingCountry(), "issuing country");
        if (country == null) {
            throw new IllegalArgumentException("The issuing country is missing: give its three-letter code (e.g. SYR, FRA, D for Germany).");
        }
        String number = f.number() == null ? "" : f.number().replaceAll("[\\s<]", "").toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("The document number is missing.");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("The document number '" + f.number() + "' may hold only letters A-Z and digits, at most 30.");
        }
        String nationality = country(f.nationality(), "nationality");
        LocalDate today = LocalDate.now(workspace.clock().withZone(ZoneOffset.UTC));
        if (f.birthDate() != null && f.birthDate().isAfter(today)) {
            throw new IllegalArgumentException("The date of birth " + f.birthDate() + " is in the future.");
        }
        if (f.birthDate() != null && f.expiryDate() != null && !f.expiryDate().isAfter(f.birthDate())) {
            throw new IllegalArgumentException("The expiry date " + f.expiryDate() + " is not after the date of birth " + f.birthDate() + ".");
        }
        return new DocumentFields(f.type(), country, number, name(f.surname(), "surname"), name(f.givenNames(), "given names"),
                nationality, f.birthDate(), sex(f.sex()), f.expiryDate());
    }

    private static String country(String value, String field) {
        String code = value == null ? "" : value.replaceAll("[\\s<]", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        if (!IcaoCountries.isKnown(code)) {
            throw new IllegalArgumentException("The " + field + " '" + value
                    + "' is not an ICAO 9303 country code (three letters such as SYR or FRA; D for Germany).");
        }
        return code;
    }

    private static String sex(String value) {
        String s = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "" -> null;
            case "M", "F", "X" -> s;
            case "<" -> "X";
            default -> throw new IllegalArgumentException("The sex '" + value + "' is not M, F or X.");
        };
    }

    private static String name(String value, String field) {
        String name = blankToNull(value == null ? null : value.replace('<', ' ').replaceAll("\\s+", " "));
        if (name != null && name.length() > MAX_NAME) {
            throw new IllegalArgumentException("The " + field + " is longer than " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
