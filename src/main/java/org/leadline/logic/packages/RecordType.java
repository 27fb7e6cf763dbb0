package org.leadline.logic.packages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.persistence.PackageRecordRepository;

/**
 * One kind of record a package carries in {@code records/<name>.jsonl}: how to read it from the workspace, which
 * records and blobs it refers to, and how the merge writes it. Every record has an id, an origin and a version.
 *
 * @param <T> the model record
 */
public abstract class RecordType<T> {
    private final String name;
    private final String table;
    private final Class<T> javaType;

    RecordType(String name, String table, Class<T> javaType) {
        this.name = name;
        this.table = table;
        this.javaType = javaType;
    }

    /** The file stem: {@code records/<name>.jsonl}. */
    public String name() {
        return name;
    }

    public String path() {
        return "records/" + name + ".jsonl";
    }

    /** The workspace table the records live in (conflicts and references name it). */
    public String table() {
        return table;
    }

    public Class<T> javaType() {
        return javaType;
    }

    public abstract UUID id(T record);

    public abstract String origin(T record);

    public abstract long version(T record);

    /** The operation the record names, or null for records that belong to a lead (sightings, notes). */
    public abstract UUID operationId(T record);

    /** Every record of the operation, tombstones included; of one origin only unless origin is null. */
    abstract List<T> export(PackageRecordRepository repository, java.util.UUID operationId, String origin);

    /** The workspace's records with these ids, whatever their operation. */
    abstract Map<UUID, T> local(PackageRecordRepository repository, Collection<UUID> ids);

    /** Records and blobs this record refers to; each must be in the package or already in the workspace. */
    void references(T record, References references) {
    }

    /** What a record may never change from one version to the next (a lead's value, a capture's bytes); null if fine. */
    String immutableChange(T before, T after) {
        return null;
    }

    abstract void insert(MergeWriter writer, T record);

    abstract void update(MergeWriter writer, T before, T after);
}
