package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.leadline.model.Capture;
import org.leadline.model.Capture.Derivation;
import org.leadline.model.Capture.ExifSummary;
import org.leadline.model.CaptureLink;
import org.leadline.model.CaptureSummary;

/** Capture records and their links to leads, offers and documents. */
public final class CaptureRepository {
    private static final String SUMMARY_COLUMNS = """
            c.id, c.sha256, c.original_name, c.media_type, c.size_bytes, c.width, c.height, c.captured_at, c.preview_issue,
            c.exif_time, c.gps_latitude, c.derived_from, c.derivation""";

    private final Handle handle;

    public CaptureRepository(Handle handle) {
        this.handle = handle;
    }

    private static final String INSERT_CAPTURE = """
            INSERT INTO capture (id, operation_id, sha256, original_name, media_type, size_bytes, width, height,
                captured_at, time_zone, officer_id, origin, tool_version, source_url, platform, note, derived_from,
                derivation, exif_time, gps_latitude, gps_longitude, software, metadata_json, preview_issue,
                record_hash, version, created_at, updated_at, deleted)
            VALUES (:id, :operation, :sha, :name, :type, :size, :width, :height, :capturedAt, :zone, :officer,
                :origin, :tool, :url, :platform, :note, :derivedFrom, :derivation, :exifTime, :lat, :lon,
                :software, :metadata, :previewIssue, :recordHash, :version, :createdAt, :updatedAt, :deleted)""";
    private static final String INSERT_LINK = """
            INSERT INTO capture_link (id, operation_id, capture_id, target_type, target_id, origin, version,
                created_at, updated_at, deleted)
            VALUES (:id, :operation, :capture, :type, :target, :origin, :version, :createdAt, :updatedAt, :deleted)""";

    public void insert(Capture capture, String recordHash) {
        bind(handle.createUpdate(INSERT_CAPTURE), capture, recordHash).execute();
    }

    /** Many capture records in one prepared batch (a many-file attach); {@code recordHashes} in the same order. */
    public void insertAll(List<Capture> captures, List<String> recordHashes) {
        if (captures.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_CAPTURE);
        for (int i = 0; i < captures.size(); i++) {
            bind(batch, captures.get(i), recordHashes.get(i)).add();
        }
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Capture capture, String recordHash) {
        return statement
                .bind("id", capture.id())
                .bind("operation", capture.operationId())
                .bind("sha", capture.sha256())
                .bind("name", capture.originalName())
                .bind("type", capture.mediaType())
                .bind("size", capture.size())
                .bind("width", capture.width())
                .bind("height", capture.height())
                .bind("capturedAt", Sql.utc(capture.capturedAt()))
                .bind("zone", capture.timeZone())
                .bind("officer", capture.officerId())
                .bind("origin", capture.origin())
                .bind("tool", capture.toolVersion())
                .bind("url", capture.sourceUrl())
                .bind("platform", capture.platform())
                .bind("note", capture.note())
                .bind("derivedFrom", capture.derivedFrom())
                .bind("derivation", capture.derivation() == null ? null : capture.derivation().name())
                .bind("exifTime", capture.exif().cameraTime())
                .bind("lat", capture.exif().latitude())
                .bind("lon", capture.exif().longitude())
                .bind("software", capture.exif().software())
                .bind("metadata", capture.metadataJson())
                .bind("previewIssue", capture.previewIssue())
                .bind("recordHash", recordHash)
                .bind("version", capture.version())
                .bind("createdAt", Sql.utc(capture.createdAt()))
                .bind("updatedAt", Sql.utc(capture.updatedAt()))
                .bind("deleted", capture.deleted());
    }

    public void insertLink(CaptureLink link) {
        bind(handle.createUpdate(INSERT_LINK), link).execute();
    }

    public void insertLinks(List<CaptureLink> links) {
        if (links.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_LINK);
        for (CaptureLink link : links) {
            bind(batch, link).add();
        }
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, CaptureLink link) {
        return statement
                .bind("id", link.id())
                .bind("operation", link.operationId())
                .bind("capture", link.captureId())
                .bind("type", link.targetType().name())
                .bind("target", link.targetId())
                .bind("origin", link.origin())
                .bind("version", link.version())
                .bind("createdAt", Sql.utc(link.createdAt()))
                .bind("updatedAt", Sql.utc(link.updatedAt()))
                .bind("deleted", link.deleted());
    }

    public void updateLink(CaptureLink link) {
        handle.createUpdate("UPDATE capture_link SET version = :version, updated_at = :updatedAt, deleted = :deleted WHERE id = :id")
                .bind("id", link.id())
                .bind("version", link.version())
                .bind("updatedAt", Sql.utc(link.updatedAt()))
                .bind("deleted", link.deleted())
                .execute();
    }

    public Optional<Capture> byId(UUID id) {
        return handle.createQuery("SELECT * FROM capture WHERE id = :id").bind("id", id).map((rs, ctx) -> capture(rs)).findOne();
    }

    /** The officer's live capture of these bytes in the operation: attaching the same file again links it instead. */
    public Optional<Capture> ownOriginal(UUID operationId, String sha256, String origin) {
        return handle.createQuery("""
                        SELECT * FROM capture WHERE sha256 = :sha AND operation_id = :operation AND origin = :origin
                        AND derived_from IS NULL AND NOT deleted ORDER BY id LIMIT 1""")
                .bind("sha", sha256).bind("operation", operationId).bind("origin", origin)
                .map((rs, ctx) -> capture(rs)).findOne();
    }

    /**
     * {@link #ownOriginal} for many contents at once: the officer's live original of each of these SHA-256 values that
     * the operation holds, by SHA-256 (the oldest record where there are several).
     */
    public Map<String, Capture> ownOriginals(UUID operationId, Collection<String> sha256s, String origin) {
        Map<String, Capture> found = new HashMap<>();
        List<String> all = List.copyOf(sha256s);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            handle.createQuery("""
                            SELECT * FROM capture WHERE sha256 IN (<shas>) AND operation_id = :operation AND origin = :origin
                            AND derived_from IS NULL AND NOT deleted ORDER BY id""")
                    .bindList("shas", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
                    .bind("operation", operationId).bind("origin", origin)
                    .map((rs, ctx) -> capture(rs))
                    .forEach(capture -> found.putIfAbsent(capture.sha256(), capture));
        }
        return found;
    }

    private static final int LOOKUP_CHUNK = 500;

    public Optional<CaptureLink> link(UUID captureId, CaptureLink.Target type, UUID targetId, String origin) {
        return handle.createQuery("""
                        SELECT * FROM capture_link WHERE capture_id = :capture AND target_type = :type AND target_id = :target
                        AND origin = :origin""")
                .bind("capture", captureId).bind("type", type.name()).bind("target", targetId).bind("origin", origin)
                .map((rs, ctx) -> link(rs)).findOne();
    }

    public List<CaptureLink> linksOf(UUID captureId) {
        return handle.createQuery("SELECT * FROM capture_link WHERE capture_id = :capture AND NOT deleted ORDER BY id")
                .bind("capture", captureId).map((rs, ctx) -> link(rs)).list();
    }

    /** One page of an operation's live captures, newest first, after the keyset (capturedAt, id) of the last row shown. */
    public List<CaptureSummary> page(UUID operationId, Instant afterCapturedAt, UUID afterId, int limit) {
        String keyset = afterId == null ? "" : " AND (c.captured_at < :at OR (c.captured_at = :at AND c.id < :after))";
        var query = handle.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM capture c USE INDEX (ix_capture_operation)"
                        + " WHERE c.operation_id = :operation AND NOT c.deleted" + keyset
                        + " ORDER BY c.operation_id, c.captured_at DESC, c.id DESC LIMIT :limit")
                .bind("operation", operationId)
                .bind("limit", limit);
        if (afterId != null) {
            query.bind("at", Sql.utc(afterCapturedAt)).bind("after", afterId);
        }
        return query.map((rs, ctx) -> summary(rs)).list();
    }

    /** The live captures linked to any of these targets (a lead entity's records, an offer, a document), newest first. */
    public List<CaptureSummary> forTargets(Collection<UUID> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT DISTINCT " + SUMMARY_COLUMNS + " FROM capture c JOIN capture_link l ON l.capture_id = c.id"
                        + " WHERE l.target_id IN (<targets>) AND NOT l.deleted AND NOT c.deleted ORDER BY c.captured_at DESC, c.id DESC")
                .bindList("targets", List.copyOf(targetIds))
                .map((rs, ctx) -> summary(rs)).list();
    }

    /** The captures of these ids, deleted ones too (a record that names one still shows what it named), by id. */
    public Map<UUID, CaptureSummary> summariesOf(Collection<UUID> ids) {
        Map<UUID, CaptureSummary> found = new HashMap<>();
        Sql.forEachRowOfIds(handle, "SELECT " + SUMMARY_COLUMNS + " FROM " + Sql.WANTED + " JOIN capture c ON c.id = wanted.id", ids,
                (rs, ctx) -> summary(rs), summary -> found.put(summary.id(), summary));
        return found;
    }

    /** The captures derived from an original (its crops, redactions, annotations). */
    public List<CaptureSummary> derivedFrom(UUID originalId) {
        return handle.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM capture c WHERE c.derived_from = :original AND NOT c.deleted"
                        + " ORDER BY c.captured_at, c.id")
                .bind("original", originalId).map((rs, ctx) -> summary(rs)).list();
    }

    /** The capture of this id if it is a live one of the operation. */
    public Optional<CaptureSummary> liveSummary(UUID operationId, UUID captureId) {
        return handle.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM capture c WHERE c.id = :id AND c.operation_id = :operation"
                        + " AND NOT c.deleted")
                .bind("id", captureId).bind("operation", operationId)
                .map((rs, ctx) -> summary(rs)).findOne();
    }

    /** Refuses a capture id typed or picked by the officer that names no live capture of the operation. */
    public void requireLive(UUID operationId, UUID captureId) {
        boolean found = handle.createQuery("SELECT COUNT(*) FROM capture WHERE id = :id AND operation_id = :operation AND NOT deleted")
                .bind("id", captureId).bind("operation", operationId).mapTo(Integer.class).one() > 0;
        if (!found) {
            throw new IllegalArgumentException("There is no captured image " + captureId + " in this operation.");
        }
    }

    public int countLive(UUID operationId) {
        return handle.createQuery("SELECT COUNT(*) FROM capture WHERE operation_id = :operation AND NOT deleted")
                .bind("operation", operationId).mapTo(Integer.class).one();
    }

    /** Every capture record of the workspace with its stored record hash, streamed (verify-workspace). */
    public void forEachWithHash(Consumer<HashedCapture> action) {
        try (var stream = handle.createQuery("SELECT * FROM capture ORDER BY id").setFetchSize(500)
                .map((rs, ctx) -> new HashedCapture(capture(rs), rs.getString("record_hash"))).stream()) {
            stream.forEach(action);
        }
    }

    /** Every capture record of the workspace, deleted ones too: H2 keeps the table's row count, so no row is read. */
    public long countAll() {
        return handle.createQuery("SELECT COUNT(*) FROM capture").mapTo(Long.class).one();
    }

    /** A capture record as read back, with the hash its fields had when it was written. */
    public record HashedCapture(Capture capture, String recordHash) {
    }

    private static CaptureSummary summary(ResultSet rs) throws SQLException {
        String derivation = rs.getString("derivation");
        Integer width = (Integer) rs.getObject("width");
        return new CaptureSummary(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), width, (Integer) rs.getObject("height"),
                Sql.instant(rs, "captured_at"), width != null && rs.getString("preview_issue") == null,
                rs.getString("exif_time") != null || rs.getObject("gps_latitude") != null,
                rs.getObject("derived_from", UUID.class), derivation == null ? null : Derivation.valueOf(derivation));
    }

    static Capture capture(ResultSet rs) throws SQLException {
        String derivation = rs.getString("derivation");
        ExifSummary exif = new ExifSummary(rs.getString("exif_time"), (Double) rs.getObject("gps_latitude"),
                (Double) rs.getObject("gps_longitude"), rs.getString("software"));
        return new Capture(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class), rs.getString("sha256"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), Sql.instant(rs, "captured_at"),
                rs.getString("time_zone"), rs.getObject("officer_id", UUID.class), rs.getString("origin"),
                rs.getString("tool_version"), rs.getString("source_url"), rs.getString("platform"), rs.getString("note"),
                rs.getObject("derived_from", UUID.class), derivation == null ? null : Derivation.valueOf(derivation),
                exif.equals(ExifSummary.NONE) ? ExifSummary.NONE : exif, rs.getString("metadata_json"),
                rs.getString("preview_issue"), rs.getLong("version"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getBoolean("deleted"));
    }

    static CaptureLink link(ResultSet rs) throws SQLException {
        return new CaptureLink(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getObject("capture_id", UUID.class), CaptureLink.Target.valueOf(rs.getString("target_type")),
                rs.getObject("target_id", UUID.class), rs.getString("origin"), rs.getLong("version"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getBoolean("deleted"));
    }
}
