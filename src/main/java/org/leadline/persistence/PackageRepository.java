package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The packages a workspace has taken in (with their signed manifests) and the record conflicts it keeps. */
public final class PackageRepository {
    private final Handle handle;

    public PackageRepository(Handle handle) {
        this.handle = handle;
    }

    /** A package taken in, or named by a merged package taken in ({@code via} is then that merged package). */
    public record SeenPackage(UUID packageId, UUID operationId, String kind, String signer, long sequence, Instant createdAt,
                              byte[] manifest, byte[] signature, UUID via, Instant importedAt, String summaryJson) {
    }

    /** A variant of a record that shares its version with another variant of different content. */
    public record Conflict(String recordType, UUID recordId, long version, String contentSha, UUID operationId, String origin,
                           String content, UUID packageId, Instant seenAt) {
    }

    public void insertSeen(SeenPackage seen) {
        handle.createUpdate("""
                        INSERT INTO package_seen (package_id, operation_id, kind, signer, sequence, created_at, manifest, signature,
                                                  via_package, imported_at, summary_json)
                        VALUES (:id, :op, :kind, :signer, :sequence, :createdAt, :manifest, :signature, :via, :importedAt, :summary)""")
                .bind("id", seen.packageId()).bind("op", seen.operationId()).bind("kind", seen.kind())
                .bind("signer", seen.signer()).bind("sequence", seen.sequence()).bind("createdAt", Sql.utc(seen.createdAt()))
                .bind("manifest", seen.manifest()).bind("signature", seen.signature()).bind("via", seen.via())
                .bind("importedAt", Sql.utc(seen.importedAt())).bind("summary", seen.summaryJson())
                .execute();
    }

    public Optional<SeenPackage> seen(UUID packageId) {
        return handle.createQuery("SELECT * FROM package_seen WHERE package_id = :id").bind("id", packageId)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /** A package first seen inside a merged one has now been taken in by itself. */
    public void markImportedDirectly(UUID packageId, Instant at, String summaryJson) {
        handle.createUpdate("UPDATE package_seen SET via_package = NULL, imported_at = :at, summary_json = :summary WHERE package_id = :id")
                .bind("id", packageId).bind("at", Sql.utc(at)).bind("summary", summaryJson).execute();
    }

    /** The highest sequence seen from a signer, if any package of theirs came in. */
    public OptionalLong highestSequence(String signer) {
        return handle.createQuery("SELECT MAX(sequence) FROM package_seen WHERE signer = :signer").bind("signer", signer)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Every package behind an operation's records, in the order they came in. */
    public List<SeenPackage> seenInOperation(UUID operationId) {
        return handle.createQuery("SELECT * FROM package_seen WHERE operation_id = :op ORDER BY imported_at, package_id")
                .bind("op", operationId).map((rs, ctx) -> map(rs)).list();
    }

    public int countImported(UUID operationId) {
        return handle.createQuery("SELECT COUNT(*) FROM package_seen WHERE operation_id = :op AND via_package IS NULL")
                .bind("op", operationId).mapTo(Integer.class).one();
    }

    // ---- conflicts ----

    /** Keeps a variant; a variant already kept is not kept twice. */
    public void keepConflict(Conflict conflict) {
        boolean kept = handle.createQuery("""
                        SELECT COUNT(*) FROM record_conflict WHERE record_type = :type AND record_id = :id AND version = :version
                        AND content_sha = :sha""")
                .bind("type", conflict.recordType()).bind("id", conflict.recordId()).bind("version", conflict.version())
                .bind("sha", conflict.contentSha()).mapTo(Integer.class).one() > 0;
        if (kept) {
            return;
        }
        handle.createUpdate("""
                        INSERT INTO record_conflict (record_type, record_id, version, content_sha, operation_id, origin, content,
                                                     package_id, seen_at)
                        VALUES (:type, :id, :version, :sha, :op, :origin, :content, :package, :seenAt)""")
                .bind("type", conflict.recordType()).bind("id", conflict.recordId()).bind("version", conflict.version())
                .bind("sha", conflict.contentSha()).bind("op", conflict.operationId()).bind("origin", conflict.origin())
                .bind("content", conflict.content()).bind("package", conflict.packageId())
                .bind("seenAt", Sql.utc(conflict.seenAt()))
                .execute();
    }

    /** The kept variants of an operation's records, grouped by record in the order of the query. */
    public List<Conflict> conflicts(UUID operationId) {
        return handle.createQuery("""
                        SELECT * FROM record_conflict WHERE operation_id = :op
                        ORDER BY record_type, record_id, version, content_sha""")
                .bind("op", operationId).map((rs, ctx) -> conflict(rs)).list();
    }

    public List<Conflict> conflictsOf(String recordType, UUID recordId) {
        return handle.createQuery("""
                        SELECT * FROM record_conflict WHERE record_type = :type AND record_id = :id ORDER BY version, content_sha""")
                .bind("type", recordType).bind("id", recordId).map((rs, ctx) -> conflict(rs)).list();
    }

    /** Drops the variants of versions below the record's current one: a later version settled them. */
    public void settleConflicts(String recordType, UUID recordId, long currentVersion) {
        handle.createUpdate("DELETE FROM record_conflict WHERE record_type = :type AND record_id = :id AND version < :version")
                .bind("type", recordType).bind("id", recordId).bind("version", currentVersion).execute();
    }

    /** Records with open conflicts (two or more variants kept at one version). */
    public int countConflicts(UUID operationId) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM (SELECT record_type, record_id FROM record_conflict WHERE operation_id = :op
                                              GROUP BY record_type, record_id) AS c""")
                .bind("op", operationId).mapTo(Integer.class).one();
    }

    private static SeenPackage map(ResultSet rs) throws SQLException {
        return new SeenPackage(rs.getObject("package_id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getString("kind"), rs.getString("signer"), rs.getLong("sequence"), Sql.instant(rs, "created_at"),
                rs.getBytes("manifest"), rs.getBytes("signature"), rs.getObject("via_package", UUID.class),
                Sql.instant(rs, "imported_at"), rs.getString("summary_json"));
    }

    private static Conflict conflict(ResultSet rs) throws SQLException {
        return new Conflict(rs.getString("record_type"), rs.getObject("record_id", UUID.class), rs.getLong("version"),
                rs.getString("content_sha"), rs.getObject("operation_id", UUID.class), rs.getString("origin"),
                rs.getString("content"), rs.getObject("package_id", UUID.class), Sql.instant(rs, "seen_at"));
    }
}
