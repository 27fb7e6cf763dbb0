package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.FaceCheck;
import org.leadline.model.FaceCheckResult;

/** The face-check ledger. */
public final class FaceCheckRepository {
    private final Handle handle;

    public FaceCheckRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(FaceCheck check) {
        handle.createUpdate("""
                        INSERT INTO face_check (id, operation_id, image_id, system, result, reference, checked_on, note, origin,
                                                version, created_at, updated_at, deleted)
                        VALUES (:id, :op, :image, :system, :result, :reference, :checkedOn, :note, :origin, :version,
                                :createdAt, :updatedAt, :deleted)""")
                .bind("id", check.id())
                .bind("op", check.operationId())
                .bind("image", check.imageId())
                .bind("system", check.system())
                .bind("result", check.result().name())
                .bind("reference", check.reference())
                .bind("checkedOn", check.checkedOn())
                .bind("note", check.note())
                .bind("origin", check.origin())
                .bind("version", check.version())
                .bind("createdAt", Sql.utc(check.createdAt()))
                .bind("updatedAt", Sql.utc(check.updatedAt()))
                .bind("deleted", check.deleted())
                .execute();
    }

    /** Overwrites the result, reference and note; the caller has raised the version. */
    public void update(FaceCheck check) {
        handle.createUpdate("""
                        UPDATE face_check SET result = :result, reference = :reference, note = :note, version = :version,
                                              updated_at = :updatedAt, deleted = :deleted
                        WHERE id = :id""")
                .bind("id", check.id())
                .bind("result", check.result().name())
                .bind("reference", check.reference())
                .bind("note", check.note())
                .bind("version", check.version())
                .bind("updatedAt", Sql.utc(check.updatedAt()))
                .bind("deleted", check.deleted())
                .execute();
    }

    public Optional<FaceCheck> byId(UUID id) {
        return handle.createQuery("SELECT * FROM face_check WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findFirst();
    }

    /** The operation's live checks, newest first. */
    public List<FaceCheck> live(UUID operationId) {
        return handle.createQuery("SELECT * FROM face_check WHERE operation_id = :op AND NOT deleted ORDER BY created_at DESC, id DESC")
                .bind("op", operationId).map((rs, ctx) -> map(rs)).list();
    }

    /** Distinct images with at least one live check. */
    public int imagesChecked(UUID operationId) {
        return handle.createQuery("SELECT COUNT(DISTINCT image_id) FROM face_check WHERE operation_id = :op AND NOT deleted")
                .bind("op", operationId).mapTo(Integer.class).one();
    }

    static FaceCheck map(ResultSet rs) throws SQLException {
        return new FaceCheck(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getObject("image_id", UUID.class), rs.getString("system"), FaceCheckResult.valueOf(rs.getString("result")),
                rs.getString("reference"), rs.getObject("checked_on", LocalDate.class), rs.getString("note"),
                rs.getString("origin"), rs.getLong("version"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getBoolean("deleted"));
    }
}
