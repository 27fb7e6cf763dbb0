package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.leadline.model.Capture;
import org.leadline.model.CaptureLink;
import org.leadline.model.FaceCheck;
import org.leadline.model.Lead;
import org.leadline.model.Note;
import org.leadline.model.Offer;
import org.leadline.model.Sighting;
import org.leadline.model.SourcePost;
import org.leadline.model.TravelDocument;

/**
 * The records of an operation as packages carry them: every record, tombstones included, of every officer or of one
 * origin; and the lookups an import needs (a record by id, which ids the workspace already holds). The repositories of
 * each feature keep their own writes; this one only reads, plus the few writes that only imports make.
 */
public final class PackageRecordRepository {
    /**
     * Offers completed with their parts per lookup.
     */
    private static final int ID_BATCH = 1000;
    private final Handle handle;

    public PackageRecordRepository(Handle handle) {
        this.handle = handle;
    }

    public List<Lead> leads(UUID operationId, String origin) {
        return ofOperation("SELECT * FROM lead WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> LeadRepository.mapLead(rs)).list();
    }

    public List<Sighting> sightings(UUID operationId, String origin) {
        return ofOperation("SELECT s.* FROM sighting s JOIN lead l ON l.id = s.lead_id WHERE l.operation_id = :op", origin, "s.",
                operationId).map((rs, ctx) -> sighting(rs)).list();
    }

    public List<Note> notes(UUID operationId, String origin) {
        return ofOperation("SELECT n.* FROM note n JOIN lead l ON l.id = n.lead_id WHERE l.operation_id = :op", origin, "n.",
                operationId).map((rs, ctx) -> note(rs)).list();
    }

    public List<SourcePost> posts(UUID operationId, String origin) {
        return ofOperation("SELECT * FROM source_post WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> post(rs)).list();
    }

    public List<Capture> captures(UUID operationId, String origin) {
        return ofOperation("SELECT * FROM capture WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> CaptureRepository.capture(rs)).list();
    }

    public List<CaptureLink> captureLinks(UUID operationId, String origin) {
        return ofOperation("SELECT * FROM capture_link WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> CaptureRepository.link(rs)).list();
    }

    public List<TravelDocument> documents(UUID operationId, String origin) {
        List<TravelDocument> rows = ofOperation("SELECT * FROM travel_document WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> TravelDocumentRepository.map(rs)).list();
        Map<UUID, List<UUID>> images = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT i.document_id, i.capture_id FROM document_image i JOIN travel_document d ON d.id = i.document_id
                        WHERE d.operation_id = :op ORDER BY i.document_id, i.position""")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .forEach(row -> images.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        return rows.stream().map(d -> TravelDocumentRepository.with(d, images.getOrDefault(d.id(), List.of()))).toList();
    }

    public List<FaceCheck> faceChecks(UUID operationId, String origin) {
        return ofOperation("SELECT * FROM face_check WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> FaceCheckRepository.map(rs)).list();
    }

    public List<Offer> offers(UUID operationId, String origin) {
        OfferRepository repository = new OfferRepository(handle);
        List<Offer> rows = ofOperation("SELECT * FROM offer WHERE operation_id = :op", origin, operationId)
                .map((rs, ctx) -> OfferRepository.mapRow(rs)).list();
        List<Offer> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += ID_BATCH) {
            out.addAll(repository.withParts(rows.subList(i, Math.min(rows.size(), i + ID_BATCH))));
        }
        return out;
    }

    // ---- records by id, for the merge ----

    public Map<UUID, Lead> leadsById(Collection<UUID> ids) {
        return byIds("lead", ids, (rs, ctx) -> LeadRepository.mapLead(rs), Lead::id);
    }

    public Map<UUID, Sighting> sightingsById(Collection<UUID> ids) {
        return byIds("sighting", ids, (rs, ctx) -> sighting(rs), Sighting::id);
    }

    public Map<UUID, Note> notesById(Collection<UUID> ids) {
        return byIds("note", ids, (rs, ctx) -> note(rs), Note::id);
    }

    public Map<UUID, SourcePost> postsById(Collection<UUID> ids) {
        return byIds("source_post", ids, (rs, ctx) -> post(rs), SourcePost::id);
    }

    public Map<UUID, Capture> capturesById(Collection<UUID> ids) {
        return byIds("capture", ids, (rs, ctx) -> CaptureRepository.capture(rs), Capture::id);
    }

    public Map<UUID, CaptureLink> captureLinksById(Collection<UUID> ids) {
        return byIds("capture_link", ids, (rs, ctx) -> CaptureRepository.link(rs), CaptureLink::id);
    }

    public Map<UUID, TravelDocument> documentsById(Collection<UUID> ids) {
        TravelDocumentRepository repository = new TravelDocumentRepository(handle);
        Map<UUID, TravelDocument> found = new LinkedHashMap<>();
        for (UUID id : byIds("travel_document", ids, (rs, ctx) -> rs.getObject("id", UUID.class), id -> id).keySet()) {
            repository.byId(id).ifPresent(document -> found.put(id, document));
        }
        return found;
    }

    public Map<UUID, FaceCheck> faceChecksById(Collection<UUID> ids) {
        return byIds("face_check", ids, (rs, ctx) -> FaceCheckRepository.map(rs), FaceCheck::id);
    }

    public Map<UUID, Offer> offersById(Collection<UUID> ids) {
        OfferRepository repository = new OfferRepository(handle);
        Map<UUID, Offer> found = new LinkedHashMap<>();
        List<Offer> rows = new ArrayList<>(byIds("offer", ids,
                (rs, ctx) -> OfferRepository.mapRow(rs), Offer::id).values());
        for (int i = 0; i < rows.size(); i += ID_BATCH) {
            repository.withParts(rows.subList(i, Math.min(rows.size(), i + ID_BATCH))).forEach(offer -> found.put(offer.id(), offer));
        }
        return found;
    }

    /** The rows of {@code table} with these ids, by id. */
    private <T> Map<UUID, T> byIds(String table, Collection<UUID> ids, org.jdbi.v3.core.mapper.RowMapper<T> mapper,
                                   java.util.function.Function<T, UUID> idOf) {
        Map<UUID, T> found = new LinkedHashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT t.* FROM " + Sql.WANTED + " JOIN " + table + " t ON t.id = wanted.id", ids,
                mapper, row -> found.put(idOf.apply(row), row));
        return found;
    }

    // ---- batched writes of the many small records an import brings ----

    /** Lead records with the entity each belongs to, in JDBC batches; keeps the records' tally per origin. */
    public void insertLeads(List<Map.Entry<Lead, UUID>> records) {
        if (records.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO lead (id, entity_id, operation_id, kind, canonical, raw, status, reason, category, tags,
                                  origin, version, created_at, updated_at, deleted)
                VALUES (:id, :entity, :op, :kind, :canonical, :raw, :status, :reason, :category, :tags,
                        :origin, :version, :createdAt, :updatedAt, :deleted)""");
        new TallyRepository(handle).recordsInserting(records);
        Map<UUID, Map<String, Long>> perOrigin = new LinkedHashMap<>();
        for (Map.Entry<Lead, UUID> entry : records) {
            Lead lead = entry.getKey();
            batch.bind("id", lead.id()).bind("entity", entry.getValue()).bind("op", lead.operationId())
                    .bind("kind", lead.kind().wireName()).bind("canonical", lead.canonical()).bind("raw", lead.raw())
                    .bind("status", lead.status().name()).bind("reason", lead.reason()).bind("category", lead.category().name())
                    .bind("tags", Sql.joinTags(lead.tags())).bind("origin", lead.origin()).bind("version", lead.version())
                    .bind("createdAt", Sql.utc(lead.createdAt())).bind("updatedAt", Sql.utc(lead.updatedAt()))
                    .bind("deleted", lead.deleted()).add();
            Sql.sendWhenFull(batch);
            perOrigin.computeIfAbsent(lead.operationId(), op -> new LinkedHashMap<>()).merge(lead.origin(), 1L, Long::sum);
        }
        Sql.sendRest(batch);
        TallyRepository tallies = new TallyRepository(handle);
        perOrigin.forEach(tallies::addRecords);
    }

    public void insertSightings(List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO sighting (id, lead_id, source_url, platform, source_post_id, seen_at, origin, version, deleted)
                VALUES (:id, :lead, :url, :platform, :post, :seenAt, :origin, :version, :deleted)""");
        for (Sighting s : sightings) {
            batch.bind("id", s.id()).bind("lead", s.leadId()).bind("url", s.sourceUrl()).bind("platform", s.platform())
                    .bind("post", s.sourcePostId()).bind("seenAt", Sql.utc(s.seenAt())).bind("origin", s.origin())
                    .bind("version", s.version()).bind("deleted", s.deleted()).add();
            Sql.sendWhenFull(batch);
        }
        Sql.sendRest(batch);
        new TallyRepository(handle).sightingsInserted(sightings);
    }

    public void insertNotes(List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO note (id, lead_id, text, origin, version, created_at, updated_at, deleted)
                VALUES (:id, :lead, :text, :origin, :version, :createdAt, :updatedAt, :deleted)""");
        for (Note n : notes) {
            batch.bind("id", n.id()).bind("lead", n.leadId()).bind("text", n.text()).bind("origin", n.origin())
                    .bind("version", n.version()).bind("createdAt", Sql.utc(n.createdAt())).bind("updatedAt", Sql.utc(n.updatedAt()))
                    .bind("deleted", n.deleted()).add();
            Sql.sendWhenFull(batch);
        }
        Sql.sendRest(batch);
    }

    /** The entity of each lead record named. */
    public Map<UUID, UUID> entitiesOfRecords(Collection<UUID> leadIds) {
        Map<UUID, UUID> found = new LinkedHashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT t.id, t.entity_id FROM " + Sql.WANTED + " JOIN lead t ON t.id = wanted.id", leadIds,
                (rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                row -> found.put(row.getKey(), row.getValue()));
        return found;
    }

    public void updateSighting(Sighting sighting) {
        new TallyRepository(handle).sightingChanging(sighting);
        handle.createUpdate("""
                        UPDATE sighting SET source_url = :url, platform = :platform, source_post_id = :post, seen_at = :seenAt,
                                            version = :version, deleted = :deleted WHERE id = :id""")
                .bind("id", sighting.id()).bind("url", sighting.sourceUrl()).bind("platform", sighting.platform())
                .bind("post", sighting.sourcePostId()).bind("seenAt", Sql.utc(sighting.seenAt()))
                .bind("version", sighting.version()).bind("deleted", sighting.deleted())
                .execute();
    }

    public void updateNote(Note note) {
        handle.createUpdate("UPDATE note SET text = :text, version = :version, updated_at = :updatedAt, deleted = :deleted WHERE id = :id")
                .bind("id", note.id()).bind("text", note.text()).bind("version", note.version())
                .bind("updatedAt", Sql.utc(note.updatedAt())).bind("deleted", note.deleted())
                .execute();
    }

    /** Overwrites what an officer may change of a capture record (its note, source, a tombstone); never its bytes' hash. */
    public void updateCapture(Capture capture, String recordHash) {
        handle.createUpdate("""
                        UPDATE capture SET source_url = :url, platform = :platform, note = :note, record_hash = :recordHash,
                                           version = :version, updated_at = :updatedAt, deleted = :deleted WHERE id = :id""")
                .bind("id", capture.id()).bind("url", capture.sourceUrl()).bind("platform", capture.platform())
                .bind("note", capture.note()).bind("recordHash", recordHash).bind("version", capture.version())
                .bind("updatedAt", Sql.utc(capture.updatedAt())).bind("deleted", capture.deleted())
                .execute();
    }

    public void insertPost(SourcePost post) {
        new SourcePostRepository(handle).insert(post.id(), post.operationId(), post.text(), post.sourceUrl(), post.origin(),
                post.createdAt());
    }

    /**
     * Which of these ids name a record of the table in the operation (a package may refer to records the workspace
     * has). {@code table} is one of the record tables, never user input.
     */
    public Set<UUID> existing(String table, UUID operationId, Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        operationsOf(table, ids).forEach((id, operation) -> {
            if (operation.equals(operationId)) {
                found.add(id);
            }
        });
        return found;
    }

    /**
     * The operation of each of these ids that names a record of the table, in any operation: one lookup tells a
     * package's records that are new here (most of them) from those of this operation and those of another.
     */
    public Map<UUID, UUID> operationsOf(String table, Collection<UUID> ids) {
        String sql = switch (table) {
            case "sighting", "note" -> "SELECT t.id, l.operation_id FROM " + Sql.WANTED + " JOIN " + table
                    + " t ON t.id = wanted.id JOIN lead l ON l.id = t.lead_id";
            case "lead", "source_post", "capture", "capture_link", "travel_document", "face_check", "offer" ->
                    "SELECT t.id, t.operation_id FROM " + Sql.WANTED + " JOIN " + table + " t ON t.id = wanted.id";
            default -> throw new IllegalArgumentException("not a record table: " + table);
        };
        Map<UUID, UUID> found = new LinkedHashMap<>();
        Sql.forEachRowOfIds(handle, sql, ids, (rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                row -> found.put(row.getKey(), row.getValue()));
        return found;
    }

    private Query ofOperation(String sql, String origin, UUID operationId) {
        return ofOperation(sql, origin, "", operationId);
    }

    private Query ofOperation(String sql, String origin, String alias, UUID operationId) {
        Query query = handle.createQuery(sql + (origin == null ? "" : " AND " + alias + "origin = :origin") + " ORDER BY " + alias + "id")
                .bind("op", operationId).setFetchSize(1000);
        if (origin != null) {
            query.bind("origin", origin);
        }
        return query;
    }

    private static Sighting sighting(ResultSet rs) throws SQLException {
        return new Sighting(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class), rs.getString("source_url"),
                rs.getString("platform"), rs.getObject("source_post_id", UUID.class), Sql.instant(rs, "seen_at"),
                rs.getString("origin"), rs.getLong("version"), rs.getBoolean("deleted"));
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class), rs.getString("text"),
                rs.getString("origin"), rs.getLong("version"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getBoolean("deleted"));
    }

    private static SourcePost post(ResultSet rs) throws SQLException {
        return new SourcePost(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class), rs.getString("text"),
                rs.getString("source_url"), rs.getString("origin"), Sql.instant(rs, "created_at"));
    }
}
