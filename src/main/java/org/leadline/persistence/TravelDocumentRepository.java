package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;
import org.leadline.model.TravelDocument;

/** Travel and ID document records and the capture ids of their images. */
public final class TravelDocumentRepository {
    private final Handle handle;

    public TravelDocumentRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(TravelDocument document) {
        handle.createUpdate("""
                        INSERT INTO travel_document (id, operation_id, doc_type, issuing_country, number, surname, given_names,
                            nationality, birth_date, sex, expiry_date, mrz, checks, note, origin, version, created_at, updated_at, deleted)
                        VALUES (:id, :op, :type, :country, :number, :surname, :given, :nationality, :birth, :sex, :expiry,
                            :mrz, :checks, :note, :origin, :version, :createdAt, :updatedAt, :deleted)""")
                .bind("id", document.id())
                .bind("op", document.operationId())
                .bind("origin", document.origin())
                .bind("mrz", document.mrz())
                .bind("checks", joinChecks(document.checks()))
                .bind("createdAt", Sql.utc(document.createdAt()))
                .bindMap(editable(document))
                .execute();
        replaceImages(document.id(), document.imageIds());
    }

    /** Overwrites the editable fields and the image links; the caller has raised the version. */
    public void update(TravelDocument document) {
        handle.createUpdate("""
                        UPDATE travel_document SET doc_type = :type, issuing_country = :country, number = :number,
                            surname = :surname, given_names = :given, nationality = :nationality, birth_date = :birth, sex = :sex,
                            expiry_date = :expiry, note = :note, version = :version, updated_at = :updatedAt, deleted = :deleted
                        WHERE id = :id""")
                .bind("id", document.id())
                .bindMap(editable(document))
                .execute();
        replaceImages(document.id(), document.imageIds());
    }

    private static Map<String, Object> editable(TravelDocument document) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", document.type().name());
        values.put("country", document.issuingCountry());
        values.put("number", document.number());
        values.put("surname", document.surname());
        values.put("given", document.givenNames());
        values.put("nationality", document.nationality());
        values.put("birth", document.birthDate());
        values.put("sex", document.sex());
        values.put("expiry", document.expiryDate());
        values.put("note", document.note());
        values.put("version", document.version());
        values.put("updatedAt", Sql.utc(document.updatedAt()));
        values.put("deleted", document.deleted());
        return values;
    }

    private void replaceImages(UUID documentId, List<UUID> imageIds) {
        handle.createUpdate("DELETE FROM document_image WHERE document_id = :id").bind("id", documentId).execute();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO document_image (document_id, capture_id, position) VALUES (:doc, :capture, :position)");
        for (int i = 0; i < imageIds.size(); i++) {
            batch.bind("doc", documentId).bind("capture", imageIds.get(i)).bind("position", i).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public Optional<TravelDocument> byId(UUID id) {
        return handle.createQuery("SELECT * FROM travel_document WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findFirst().map(this::withImages);
    }

    /** The operation's live documents, oldest first. */
    public List<TravelDocument> live(UUID operationId) {
        List<TravelDocument> documents = handle.createQuery(
                        "SELECT * FROM travel_document WHERE operation_id = :op AND NOT deleted ORDER BY created_at, id")
                .bind("op", operationId).map((rs, ctx) -> map(rs)).list();
        if (documents.isEmpty()) {
            return documents;
        }
        Map<UUID, List<UUID>> images = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT i.document_id, i.capture_id FROM document_image i JOIN travel_document d ON d.id = i.document_id
                        WHERE d.operation_id = :op AND NOT d.deleted ORDER BY i.document_id, i.position""")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .forEach(row -> images.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        return documents.stream().map(d -> with(d, images.getOrDefault(d.id(), List.of()))).toList();
    }

    private TravelDocument withImages(TravelDocument document) {
        List<UUID> images = handle.createQuery("SELECT capture_id FROM document_image WHERE document_id = :id ORDER BY position")
                .bind("id", document.id()).mapTo(UUID.class).list();
        return with(document, images);
    }

    static TravelDocument with(TravelDocument d, List<UUID> images) {
        return new TravelDocument(d.id(), d.operationId(), d.type(), d.issuingCountry(), d.number(), d.surname(), d.givenNames(),
                d.nationality(), d.birthDate(), d.sex(), d.expiryDate(), d.mrz(), d.checks(), images, d.note(), d.origin(),
                d.version(), d.createdAt(), d.updatedAt(), d.deleted());
    }

    static TravelDocument map(ResultSet rs) throws SQLException {
        return new TravelDocument(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                DocumentType.valueOf(rs.getString("doc_type")), rs.getString("issuing_country"), rs.getString("number"),
                rs.getString("surname"), rs.getString("given_names"), rs.getString("nationality"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getObject("expiry_date", LocalDate.class),
                rs.getString("mrz"), splitChecks(rs.getString("checks")), List.of(), rs.getString("note"), rs.getString("origin"),
                rs.getLong("version"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getBoolean("deleted"));
    }

    /** Check digits as {@code field|written|computed;…}: field names never hold '|' or ';'. */
    static String joinChecks(List<CheckDigit> checks) {
        if (checks.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (CheckDigit check : checks) {
            b.append(b.length() == 0 ? "" : ";").append(check.field()).append('|').append(check.written()).append('|')
                    .append(check.computed());
        }
        return b.toString();
    }

    static List<CheckDigit> splitChecks(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<CheckDigit> checks = new ArrayList<>();
        for (String part : stored.split(";")) {
            String[] f = part.split("\\|", 3);
            checks.add(new CheckDigit(f[0], f[1].charAt(0), Integer.parseInt(f[2])));
        }
        return checks;
    }
}
