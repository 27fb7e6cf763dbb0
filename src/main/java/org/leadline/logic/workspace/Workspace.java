package org.leadline.logic.workspace;

import org.leadline.model.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.leadline.logic.evidence.EvidenceStore;
import org.leadline.logic.packages.transport.TransportKeys;
import org.leadline.logic.workspace.WorkspaceException.Reason;
import org.leadline.model.Officer;
import org.leadline.persistence.Database;
import org.leadline.persistence.OfficerRepository;

/**
 * An open, unlocked workspace: a folder holding the wrapped key, the encrypted database, the evidence store and logs.
 * Only one process holds it open at a time.
 */
public final class Workspace implements AutoCloseable {
    public static final String KEY_FILE = "workspace.key";
    static final String SIGNING_KEY_PURPOSE = "signing-key";
    static final String TRANSPORT_KEY_PURPOSE = "transport-key";

    private final Path folder;
    private final WorkspaceLock lock;
    private final WorkspaceKey key;
    private final Database database;
    private final Officer owner;
    private final Clock clock;
    private final EvidenceStore evidence;

    private Workspace(Path folder, WorkspaceLock lock, WorkspaceKey key, Database database, Officer owner, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.key = key;
        this.database = database;
        this.owner = owner;
        this.clock = clock;
        this.evidence = new EvidenceStore(folder.resolve("evidence"), key.subkey("evidence-blob"),
                key.subkey("evidence-thumbnail"), key.subkey("evidence-name"));
        evidence.removeLeftovers();
        removeTemporaryPackages(folder.resolve("tmp"));
    }

    /** Packages opened or written half-way by an interrupted import or export: never needed again. */
    private static void removeTemporaryPackages(Path tmp) {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (var files = Files.list(tmp)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover that cannot be removed now is removed at the next open.
        }
    }

    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(KEY_FILE));
    }

    /** Creates the folder, its key, database and the officer's signing key. The operation is added by the caller. */
    public static Workspace create(Path folder, char[] passphrase, NewOfficer profile, Clock clock) {
        if (exists(folder)) {
            throw new WorkspaceException(Reason.ALREADY_EXISTS, "A workspace already exists in " + folder + ".");
        }
        Passphrases.requireStrongEnough(passphrase);
        try {
            Files.createDirectories(folder.resolve("db"));
            Files.createDirectories(folder.resolve("evidence"));
            Files.createDirectories(folder.resolve("logs"));
        } catch (IOException e) {
            throw new WorkspaceException(Reason.NOT_FOUND, "The workspace folder " + folder + " cannot be created: " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        WorkspaceKey key = WorkspaceKey.random();
        Database database = null;
        try {
            database = Database.open(folder.resolve("db"), key.databasePassword(), true);
            KeyPair pair = SigningKeys.generate();
            byte[] publicKey = pair.getPublic().getEncoded();
            Officer owner = new Officer(Ids.newId(), profile.name(), profile.agency(), profile.country(), publicKey,
                    SigningKeys.fingerprint(publicKey));
            byte[] sealedPrivate = key.seal(SIGNING_KEY_PURPOSE, pair.getPrivate().getEncoded());
            database.jdbi().useTransaction(handle -> new OfficerRepository(handle).insertOwner(owner, sealedPrivate, clock.instant()));
            // The key file is written last: a folder without it is not a workspace, so a failed creation can be retried.
            WorkspaceKeyFile.wrap(Ids.newId(), key, passphrase).write(folder.resolve(KEY_FILE));
            return new Workspace(folder, lock, key, database, owner, clock);
        } catch (IOException e) {
            closeAll(database, key, lock);
            throw new WorkspaceException(Reason.DAMAGED, "The workspace key file cannot be written: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(database, key, lock);
            throw e;
        }
    }

    /** Unlocks an existing workspace; a wrong passphrase changes nothing. */
    public static Workspace open(Path folder, char[] passphrase, Clock clock) {
        if (!exists(folder)) {
            throw new WorkspaceException(Reason.NOT_FOUND, "There is no workspace in " + folder + "; create one with 'init'.");
        }
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        WorkspaceKey key = null;
        Database database = null;
        try {
            Database.warmUp();
            key = WorkspaceKeyFile.read(folder.resolve(KEY_FILE)).unwrap(passphrase);
            database = Database.open(folder.resolve("db"), key.databasePassword(), false);
            Officer owner = database.jdbi().withHandle(handle -> new OfficerRepository(handle).owner())
                    .orElseThrow(() -> new WorkspaceException(Reason.DAMAGED, "The workspace has no officer profile: it is damaged."));
            return new Workspace(folder, lock, key, database, owner, clock);
        } catch (RuntimeException e) {
            closeAll(database, key, lock);
            throw e;
        }
    }

    /** Re-wraps the workspace key under a new passphrase; the database is not rewritten. */
    public void changePassphrase(char[] current, char[] replacement) {
        rewrapKey(folder, current, replacement);
    }

    /** Changes the passphrase of a closed workspace: only its key file is rewritten. */
    public static void changePassphrase(Path folder, char[] current, char[] replacement) {
        if (!exists(folder)) {
            throw new WorkspaceException(Reason.NOT_FOUND, "There is no workspace in " + folder + ".");
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(folder)) {
            rewrapKey(folder, current, replacement);
        }
    }

    private static void rewrapKey(Path folder, char[] current, char[] replacement) {
        Passphrases.requireStrongEnough(replacement);
        Path keyFile = folder.resolve(KEY_FILE);
        WorkspaceKeyFile existing = WorkspaceKeyFile.read(keyFile);
        try (WorkspaceKey unwrapped = existing.unwrap(current)) {
            WorkspaceKeyFile.wrap(existing.workspaceId(), unwrapped, replacement).write(keyFile);
        } catch (IOException e) {
            throw new WorkspaceException(Reason.DAMAGED, "The new key file cannot be written; the old passphrase still works.", e);
        }
    }

    /** Checks a passphrase against the key file without touching anything (the auto-lock screen uses it). */
    public boolean acceptsPassphrase(char[] passphrase) {
        try (WorkspaceKey unwrapped = WorkspaceKeyFile.read(folder.resolve(KEY_FILE)).unwrap(passphrase)) {
            return unwrapped != null;
        } catch (WorkspaceException e) {
            if (e.reason() == Reason.WRONG_PASSPHRASE) {
                return false;
            }
            throw e;
        }
    }

    public PrivateKey signingKey() {
        byte[] sealed = database.jdbi().withHandle(handle -> new OfficerRepository(handle).ownerSealedPrivateKey());
        byte[] pkcs8 = key.open(SIGNING_KEY_PURPOSE, sealed);
        try {
            return SigningKeys.privateKey(pkcs8);
        } catch (GeneralSecurityException e) {
            throw new WorkspaceException(Reason.DAMAGED, "The officer's signing key is unreadable: the workspace is damaged.", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * The officer's X25519 key for packages encrypted to them (base64 in their manifests and key files), made on first
     * use: workspaces created before packages had none.
     */
    public byte[] transportPublicKey() {
        return ensureTransportKey();
    }

    /** The private half, unsealed for one use; the caller clears it. */
    public byte[] transportPrivateKey() {
        ensureTransportKey();
        byte[] sealed = database.jdbi().withHandle(handle -> new OfficerRepository(handle).ownerSealedTransportKey());
        return key.open(TRANSPORT_KEY_PURPOSE, sealed);
    }

    private synchronized byte[] ensureTransportKey() {
        return database.jdbi().inTransaction(handle -> {
            OfficerRepository officers = new OfficerRepository(handle);
            byte[] existing = officers.ownerTransportKey();
            if (existing != null) {
                return existing;
            }
            TransportKeys.Pair pair = TransportKeys.generate();
            byte[] secret = pair.privateKey();
            try {
                officers.setOwnerTransportKey(pair.publicKey(), key.seal(TRANSPORT_KEY_PURPOSE, secret));
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
            return pair.publicKey();
        });
    }

    public Path folder() {
        return folder;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Officer owner() {
        return owner;
    }

    public Clock clock() {
        return clock;
    }

    /** The encrypted evidence blobs of this workspace. */
    public EvidenceStore evidence() {
        return evidence;
    }

    WorkspaceKey key() {
        return key;
    }

    @Override
    public void close() {
        closeAll(database, key, lock);
    }

    private static void closeAll(Database database, WorkspaceKey key, WorkspaceLock lock) {
        if (database != null) {
            database.close();
        }
        if (key != null) {
            key.close();
        }
        lock.close();
    }
}
