package org.leadline.logic.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.packages.archive.PackageArchive;
import org.leadline.logic.workspace.AtomicFiles;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.SigningKeys;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Officer;
import org.leadline.model.TrustedKey;
import org.leadline.persistence.TrustRepository;

/**
 * The trust list: the colleagues' keys whose packages this workspace takes in. A key is added only with the
 * fingerprint the officer compared in person; a key file or package offers the key, the typed fingerprint picks it.
 *
 * <p>A key file ({@code .leadkeys}) is three lines: {@code leadline-keys/1}, the base64 of a JSON payload
 * {@code {"createdAt", "signer", "keys": [...]}} (each key as a package manifest's signer), and the base64 Ed25519
 * signature of the payload bytes by the signer. A team lead exports the team's keys in one; a colleague who trusts
 * the team lead takes them all in with {@link #importKeyFile}.
 */
public final class TrustService {
    static final String KEY_FILE_FORMAT = "leadline-keys/1";

    private final Workspace workspace;
    private final ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);

    public TrustService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The payload of a key file. */
    public record KeyFile(Instant createdAt, Manifest.Signer signer, List<Manifest.Signer> keys) {
    }

    public List<TrustedKey> list() {
        return workspace.jdbi().withHandle(handle -> new TrustRepository(handle).all());
    }

    public Optional<TrustedKey> find(String fingerprint) {
        String fp = normalize(fingerprint);
        return workspace.jdbi().withHandle(handle -> new TrustRepository(handle).byFingerprint(fp));
    }

    /** Adds the key of a package's signer, if its fingerprint is the one compared in person. */
    public TrustedKey addFromPackage(String fingerprint, Path leadpack) {
        return add(fingerprint, signerOf(leadpack));
    }

    /**
     * The key that signed a (plain, opened) package, its signature checked but its trust not: what the window shows
     * for the officer to compare with the colleague before adding it.
     */
    public Manifest.Signer signerOf(Path leadpack) {
        try (PackageArchive archive = PackageArchive.open(leadpack, PackageLimits.DEFAULT)) {
            byte[] bytes = archive.readAll(PackageVerifier.MANIFEST, 64L * 1024 * 1024);
            byte[] signature = archive.readAll(PackageVerifier.SIGNATURE, 256);
            return new PackageVerifier(workspace).checkSignature(bytes, signature, PackageVerifier.MANIFEST).signer();
        }
    }

    /** Whether packages and key files signed with this key are taken in: the workspace's own key or a trusted one. */
    public boolean trusts(String fingerprint) {
        String fp = normalize(fingerprint);
        return fp.equals(workspace.owner().fingerprint()) || find(fp).isPresent();
    }

    /** Adds the one key of a key file whose fingerprint is the one compared in person. */
    public TrustedKey addFromKeyFile(String fingerprint, Path keyFile) {
        String fp = normalize(fingerprint);
        KeyFile file = readKeyFile(keyFile);
        Manifest.Signer key = file.keys().stream().filter(k -> fp.equals(k.fingerprint())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The key file " + keyFile.getFileName() + " holds no key with fingerprint "
                        + Bytes.groupsOfFour(fp) + "; it holds " + fingerprints(file) + "."));
        return add(fp, key);
    }

    /** Takes in every key of a key file signed by a key this workspace trusts (a team lead's list). */
    public List<TrustedKey> importKeyFile(Path keyFile) {
        KeyFile file = readKeyFile(keyFile);
        String signer = file.signer().fingerprint();
        if (!signer.equals(workspace.owner().fingerprint()) && find(signer).isEmpty()) {
            throw new IllegalArgumentException("The key file is signed by " + PackageVerifier.describe(file.signer()) + " with key "
                    + Bytes.groupsOfFour(signer) + ", which this workspace does not trust; add that key first.");
        }
        List<TrustedKey> added = new ArrayList<>();
        for (Manifest.Signer key : file.keys()) {
            if (!key.fingerprint().equals(workspace.owner().fingerprint()) && find(key.fingerprint()).isEmpty()) {
                added.add(add(key.fingerprint(), key));
            }
        }
        return added;
    }

    private TrustedKey add(String fingerprint, Manifest.Signer key) {
        String fp = normalize(fingerprint);
        byte[] publicKey = decodeKey(key);
        String actual = SigningKeys.fingerprint(publicKey);
        if (!actual.equals(fp)) {
            throw new IllegalArgumentException("The fingerprint " + Bytes.groupsOfFour(fp) + " does not match the key offered, whose"
                    + " fingerprint is " + Bytes.groupsOfFour(actual) + "; compare again with the colleague.");
        }
        if (fp.equals(workspace.owner().fingerprint())) {
            throw new IllegalArgumentException("That is this workspace's own key; it is always trusted.");
        }
        byte[] transport = key.transportKey() == null ? null : Base64.getDecoder().decode(key.transportKey());
        Instant now = workspace.clock().instant().truncatedTo(ChronoUnit.MICROS);
        TrustedKey trusted = new TrustedKey(fp, publicKey, transport, key.officerId(), key.name(), key.agency(),
                key.country() != null && key.country().matches("[A-Z]{2}") ? key.country() : null,
                workspace.owner().fingerprint(), now);
        workspace.jdbi().useTransaction(handle -> {
            TrustRepository repository = new TrustRepository(handle);
            if (repository.byFingerprint(fp).isPresent()) {
                throw new IllegalArgumentException("The key " + Bytes.groupsOfFour(fp) + " is already trusted.");
            }
            repository.insert(trusted);
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "trust.add", "key", fp, null,
                    java.util.Map.of("name", String.valueOf(key.name()), "country", String.valueOf(key.country())));
        });
        return trusted;
    }

    public void remove(String fingerprint) {
        String fp = normalize(fingerprint);
        Instant now = workspace.clock().instant();
        workspace.jdbi().useTransaction(handle -> {
            if (!new TrustRepository(handle).remove(fp)) {
                throw new IllegalArgumentException("The key " + Bytes.groupsOfFour(fp) + " is not in the trust list.");
            }
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "trust.remove", "key", fp, null, null);
        });
    }

    /** Writes a key file signed by this workspace: its own key and, unless onlyMine, every trusted key. */
    public int exportKeyFile(Path target, boolean onlyMine) {
        Officer me = workspace.owner();
        List<Manifest.Signer> keys = new ArrayList<>();
        keys.add(PackageExporter.signer(workspace));
        if (!onlyMine) {
            for (TrustedKey key : list()) {
                keys.add(new Manifest.Signer(key.officerId(), key.name(), key.agency(), key.country(),
                        Base64.getEncoder().encodeToString(key.publicKey()), key.fingerprint(),
                        key.transportKey() == null ? null : Base64.getEncoder().encodeToString(key.transportKey())));
            }
        }
        try {
            byte[] payload = mapper.writeValueAsBytes(new KeyFile(workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                    PackageExporter.signer(workspace), keys));
            byte[] signature = SigningKeys.sign(workspace.signingKey(), payload);
            String text = KEY_FILE_FORMAT + "\n" + Base64.getEncoder().encodeToString(payload) + "\n"
                    + Base64.getEncoder().encodeToString(signature) + "\n";
            AtomicFiles.write(target, text.getBytes(StandardCharsets.US_ASCII));
            return keys.size();
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + target.getFileName() + " could not be written: " + e.getMessage(), e);
        }
    }

    /** Reads a key file and checks its signature and every key's fingerprint; nothing is trusted by reading it. */
    public KeyFile readKeyFile(Path path) {
        List<String> lines;
        try {
            if (Files.size(path) > 16L * 1024 * 1024) {
                throw new IllegalArgumentException("The key file " + path.getFileName() + " is too large to be a key file.");
            }
            lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("The key file " + path.getFileName() + " cannot be read.", e);
        }
        if (lines.size() < 3 || !KEY_FILE_FORMAT.equals(lines.get(0).strip())) {
            throw new IllegalArgumentException("The file " + path.getFileName() + " is not a Leadline key file.");
        }
        byte[] payload;
        byte[] signature;
        KeyFile file;
        try {
            payload = Base64.getDecoder().decode(lines.get(1).strip());
            signature = Base64.getDecoder().decode(lines.get(2).strip());
            file = mapper.readValue(payload, KeyFile.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The key file " + path.getFileName() + " is damaged: it cannot be read.", e);
        }
        if (file.signer() == null || file.keys() == null) {
            throw new IllegalArgumentException("The key file " + path.getFileName() + " names no signer or no keys.");
        }
        byte[] signerKey = decodeKey(file.signer());
        if (!SigningKeys.fingerprint(signerKey).equals(file.signer().fingerprint()) || !verifies(signerKey, payload, signature)) {
            throw new IllegalArgumentException("The key file " + path.getFileName() + " was changed after it was signed.");
        }
        for (Manifest.Signer key : file.keys()) {
            if (!SigningKeys.fingerprint(decodeKey(key)).equals(key.fingerprint())) {
                throw new IllegalArgumentException("A key in " + path.getFileName() + " does not match its fingerprint.");
            }
        }
        return file;
    }

    private static boolean verifies(byte[] key, byte[] payload, byte[] signature) {
        try {
            return SigningKeys.verify(SigningKeys.publicKey(key), payload, signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] decodeKey(Manifest.Signer key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(key.publicKey());
            SigningKeys.publicKey(bytes);
            return bytes;
        } catch (IllegalArgumentException | NullPointerException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The key offered is not an Ed25519 public key.", e);
        }
    }

    private static String fingerprints(KeyFile file) {
        return String.join(", ", file.keys().stream().map(k -> PackageVerifier.describe(k) + " " + Bytes.groupsOfFour(k.fingerprint())).toList());
    }

    /** A fingerprint as typed: spaces, colons and case do not matter; 64 hex digits do. */
    public static String normalize(String typed) {
        String hex = typed == null ? "" : typed.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A fingerprint is 64 hexadecimal digits (spaces allowed); \"" + typed + "\" is not one.");
        }
        return hex;
    }
}
