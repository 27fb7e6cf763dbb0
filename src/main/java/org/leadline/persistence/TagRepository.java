package org.leadline.persistence;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Tag;

/** The free tags of an operation and their colours. */
public final class TagRepository {
    private final Handle handle;

    public TagRepository(Handle handle) {
        this.handle = handle;
    }

    /** Adds the tag with the given colour unless the operation has it already (its colour is kept). */
    public void ensure(UUID operationId, String name, String color) {
        handle.createUpdate("""
                        MERGE INTO tag t USING (VALUES (CAST(:op AS UUID), CAST(:name AS VARCHAR(100)), CAST(:color AS VARCHAR(7)))) v(op, name, color)
                        ON t.operation_id = v.op AND t.name = v.name
                        WHEN NOT MATCHED THEN INSERT (operation_id, name, color) VALUES (v.op, v.name, v.color)""")
                .bind("op", operationId).bind("name", name).bind("color", color).execute();
    }

    public void setColor(UUID operationId, String name, String color) {
        handle.createUpdate("UPDATE tag SET color = :color WHERE operation_id = :op AND name = :name")
                .bind("op", operationId).bind("name", name).bind("color", color).execute();
    }

    public List<Tag> all(UUID operationId) {
        return handle.createQuery("SELECT name, color FROM tag WHERE operation_id = :op ORDER BY name")
                .bind("op", operationId)
                .map((rs, ctx) -> new Tag(rs.getString("name"), rs.getString("color"))).list();
    }
}
