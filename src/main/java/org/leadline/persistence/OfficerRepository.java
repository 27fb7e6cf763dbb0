package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Officer;

/** Officers known to the workspace; the owner's row also holds the sealed private signing key. */
public final class OfficerRepository {
    private final Handle handle;

    public OfficerRepository(Handle handle) {
        this.handle = handle;
    }

    public void insertOwner(Officer officer, byte[] sealedPrivateKey, Instant now) {
        insert(officer, sealedPrivateKey, true, now);
    }

    public void insertColleague(Officer officer, Instant now) {
        insert(officer, null, false, now);
    }

    private void insert(Officer officer, byte[] sealedPrivateKey, boolean owner, Instant now) {
        handle.createUpdate("""
                        INSERT INTO officer (id, name, agency, country, public_key, fingerprint, sealed_private_key, is_owner, created_at)
                        VALUES (:id, :name, :agency, :country, :publicKey, :fingerprint, :sealed, :owner, :now)""")
                .bind("id", officer.id())
                .bind("name", officer.name())
                .bind("agency", officer.agency())
                .bind("country", officer.country())
                .bind("publicKey", officer.publicKey())
                .bind("fingerprint", officer.fingerprint())
                .bind("sealed", sealedPrivateKey)
                .bind("owner", owner)
                .bind("now", Sql.utc(now))
                .execute();
    }

    public Optional<Officer> owner() {
        return handle.createQuery("SELECT * FROM officer WHERE is_owner")
                .map((rs, ctx) -> map(rs)).findFirst();
    }

    public byte[] ownerSealedPrivateKey() {
        return handle.createQuery("SELECT sealed_private_key FROM officer WHERE is_owner")
                .mapTo(byte[].class).one();
    }

    public byte[] ownerTransportKey() {
        return handle.createQuery("SELECT transport_key FROM officer WHERE is_owner").mapTo(byte[].class).one();
    }

    public byte[] ownerSealedTransportKey() {
        return handle.createQuery("SELECT sealed_transport_key FROM officer WHERE is_owner").mapTo(byte[].class).one();
    }

    public void setOwnerTransportKey(byte[] publicKey, byte[] sealedPrivateKey) {
        handle.createUpdate("UPDATE officer SET transport_key = :key, sealed_transport_key = :sealed WHERE is_owner")
                .bind("key", publicKey).bind("sealed", sealedPrivateKey).execute();
    }

    public Optional<Officer> byFingerprint(String fingerprint) {
        return handle.createQuery("SELECT * FROM officer WHERE fingerprint = :fp")
                .bind("fp", fingerprint)
                .map((rs, ctx) -> map(rs)).findFirst();
    }

    public boolean idTaken(java.util.UUID id) {
        return handle.createQuery("SELECT COUNT(*) FROM officer WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /** Every officer known to the workspace, the owner first. */
    public java.util.List<Officer> all() {
        return handle.createQuery("SELECT * FROM officer ORDER BY is_owner DESC, country, name").map((rs, ctx) -> map(rs)).list();
    }

    private static Officer map(ResultSet rs) throws SQLException {
        return new Officer(rs.getObject("id", java.util.UUID.class), rs.getString("name"), rs.getString("agency"),
                rs.getString("country"), rs.getBytes("public_key"), rs.getString("fingerprint"));
    }
}
