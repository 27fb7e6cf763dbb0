package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.TrustedKey;

/** The trust list: colleagues' keys whose packages the workspace takes in. */
public final class TrustRepository {
    private final Handle handle;

    public TrustRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(TrustedKey key) {
        handle.createUpdate("""
                        INSERT INTO trusted_key (fingerprint, public_key, transport_key, officer_id, name, agency, country, added_by, added_at)
                        VALUES (:fp, :key, :transport, :officer, :name, :agency, :country, :by, :at)""")
                .bind("fp", key.fingerprint()).bind("key", key.publicKey()).bind("transport", key.transportKey())
                .bind("officer", key.officerId()).bind("name", key.name()).bind("agency", key.agency())
                .bind("country", key.country()).bind("by", key.addedBy()).bind("at", Sql.utc(key.addedAt()))
                .execute();
    }

    /** Learns a trusted colleague's transport key (it came with one of their signed packages). */
    public void setTransportKey(String fingerprint, byte[] transportKey) {
        handle.createUpdate("UPDATE trusted_key SET transport_key = :transport WHERE fingerprint = :fp")
                .bind("fp", fingerprint).bind("transport", transportKey).execute();
    }

    public boolean remove(String fingerprint) {
        return handle.createUpdate("DELETE FROM trusted_key WHERE fingerprint = :fp").bind("fp", fingerprint).execute() > 0;
    }

    public Optional<TrustedKey> byFingerprint(String fingerprint) {
        return handle.createQuery("SELECT * FROM trusted_key WHERE fingerprint = :fp").bind("fp", fingerprint)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    public List<TrustedKey> all() {
        return handle.createQuery("SELECT * FROM trusted_key ORDER BY country, name, fingerprint").map((rs, ctx) -> map(rs)).list();
    }

    private static TrustedKey map(ResultSet rs) throws SQLException {
        return new TrustedKey(rs.getString("fingerprint"), rs.getBytes("public_key"), rs.getBytes("transport_key"),
                rs.getObject("officer_id", UUID.class), rs.getString("name"), rs.getString("agency"), rs.getString("country"),
                rs.getString("added_by"), Sql.instant(rs, "added_at"));
    }
}
