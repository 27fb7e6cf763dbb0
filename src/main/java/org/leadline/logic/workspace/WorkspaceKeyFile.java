package org.leadline.logic.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace key, wrapped (AES-256-GCM) under a key derived from the officer's passphrase.
 * Changing the passphrase rewrites only this small file, never the database.
 */
public record WorkspaceKeyFile(
        @JsonProperty("format") String format,
        @JsonProperty("workspaceId") UUID workspaceId,
        @JsonProperty("kdf") PassphraseKdf kdf,
        @JsonProperty("nonce") byte[] nonce,
        @JsonProperty("wrappedKey") byte[] wrappedKey) {

    public static final String FORMAT = "leadline-workspace-key/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static WorkspaceKeyFile wrap(UUID workspaceId, WorkspaceKey key, char[] passphrase) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        PassphraseKdf kdf = PassphraseKdf.newDefault(salt);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] kek = kdf.deriveKey(passphrase);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kek, nonce, workspaceId);
            return new WorkspaceKeyFile(FORMAT, workspaceId, kdf, nonce, cipher.doFinal(key.bytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Unwraps the workspace key; a wrong passphrase fails the GCM tag. */
    public WorkspaceKey unwrap(char[] passphrase) {
        byte[] kek = kdf.deriveKey(passphrase);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kek, nonce, workspaceId);
            byte[] raw = cipher.doFinal(wrappedKey);
            try {
                return new WorkspaceKey(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new WorkspaceException(WorkspaceException.Reason.WRONG_PASSPHRASE,
                    "The passphrase is wrong for this workspace.");
        } catch (GeneralSecurityException e) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, "The workspace key file cannot be decrypted.", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static Cipher cipher(int mode, byte[] kek, byte[] nonce, UUID workspaceId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        // Binding the wrapped key to its workspace stops a key file being swapped between workspaces unnoticed.
        cipher.updateAAD((FORMAT + "|" + workspaceId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    public static WorkspaceKeyFile read(Path file) {
        try {
            WorkspaceKeyFile keyFile = JSON.readValue(file.toFile(), WorkspaceKeyFile.class);
            if (!FORMAT.equals(keyFile.format()) || keyFile.kdf() == null || keyFile.nonce() == null || keyFile.wrappedKey() == null) {
                throw new WorkspaceException(WorkspaceException.Reason.DAMAGED,
                        "The workspace key file " + file + " is not a Leadline key file.");
            }
            return keyFile;
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED,
                    "The workspace key file " + file + " cannot be read.", e);
        }
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a key file. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }
}
