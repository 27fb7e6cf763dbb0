package org.leadline.logic.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What records refer to, collected for step 5 of verification: each must be in the package or in the workspace. */
final class References {
    /** A reference from a record (its type and id) to a record of a table, or to a blob by its SHA-256. */
    record Reference(String fromType, UUID fromId, String table, UUID id, String sha256) {
    }

    private final List<Reference> all = new ArrayList<>();
    private String fromType;
    private UUID fromId;

    void from(String type, UUID id) {
        this.fromType = type;
        this.fromId = id;
    }

    void record(String table, UUID id) {
        if (id != null) {
            all.add(new Reference(fromType, fromId, table, id, null));
        }
    }

    void records(String table, List<UUID> ids) {
        ids.forEach(id -> record(table, id));
    }

    void blob(String sha256) {
        all.add(new Reference(fromType, fromId, null, null, sha256));
    }

    List<Reference> all() {
        return all;
    }
}
