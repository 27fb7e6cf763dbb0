package org.leadline.persistence;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Small named settings kept inside the encrypted database (the open operation, the export sequence, ...). */
public final class SettingRepository {
    private final Handle handle;

    public SettingRepository(Handle handle) {
        this.handle = handle;
    }

    public Optional<String> get(String name) {
        return handle.createQuery("SELECT val FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).findFirst();
    }

    public void put(String name, String value) {
        handle.createUpdate("MERGE INTO setting (name, val) KEY (name) VALUES (:name, :val)")
                .bind("name", name).bind("val", value).execute();
    }
}
