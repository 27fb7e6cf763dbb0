package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Operation;

/** The operations of a workspace. */
public final class OperationRepository {
    private final Handle handle;

    public OperationRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Operation operation) {
        handle.createUpdate("""
                        INSERT INTO operation (id, name, default_region, starts_on, ends_on, created_at)
                        VALUES (:id, :name, :region, :startsOn, :endsOn, :createdAt)""")
                .bind("id", operation.id())
                .bind("name", operation.name())
                .bind("region", operation.defaultRegion())
                .bind("startsOn", operation.startsOn())
                .bind("endsOn", operation.endsOn())
                .bind("createdAt", Sql.utc(operation.createdAt()))
                .execute();
    }

    public Optional<Operation> byId(UUID id) {
        return handle.createQuery("SELECT * FROM operation WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findFirst();
    }

    public List<Operation> byName(String name) {
        return handle.createQuery("SELECT * FROM operation WHERE LOWER(name) = LOWER(:name) ORDER BY created_at")
                .bind("name", name)
                .map((rs, ctx) -> map(rs)).list();
    }

    public List<Operation> all() {
        return handle.createQuery("SELECT * FROM operation ORDER BY created_at").map((rs, ctx) -> map(rs)).list();
    }

    private static Operation map(ResultSet rs) throws SQLException {
        return new Operation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("default_region"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                Sql.instant(rs, "created_at"));
    }

    /** Whether the operation is a training exercise (issue [7]): its packages never mix with real operations'. */
    public boolean isTraining(UUID id) {
        return handle.createQuery("SELECT training FROM operation WHERE id = :id").bind("id", id).mapTo(Boolean.class)
                .findOne().orElse(false);
    }

    public void markTraining(UUID id) {
        handle.createUpdate("UPDATE operation SET training = TRUE WHERE id = :id").bind("id", id).execute();
    }
}
