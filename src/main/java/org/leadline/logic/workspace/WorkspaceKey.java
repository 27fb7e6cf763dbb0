package org.leadline.logic.workspace;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key that encrypts a workspace: the database file and the evidence.
 * Each use gets its own subkey (HMAC-SHA256 of the purpose), so that no two ciphers share a key.
 */
public final class WorkspaceKey implements AutoCloseable {

    public static final int LENGTH = 32;
    private static final int GCM_NONCE = 12;
    private static final int GCM_TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public WorkspaceKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A workspace key has 32 bytes");
        }
        this.key = key.clone();
    }

    public static WorkspaceKey random() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return new WorkspaceKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** A key for one purpose, e.g. "database" or "evidence". */
    public byte[] subkey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("leadline/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    /** The H2 password "filePassword userPassword": both derived from the key, neither ever typed. */
    public char[] databasePassword() {
        String file = Bytes.hex(subkey("database-file"));
        String user = Bytes.hex(subkey("database-user"));
        return (file + " " + user).toCharArray();
    }

    /** AES-256-GCM with a fresh nonce, the nonce prepended; for small secrets such as the signing key. */
    public byte[] seal(String purpose, byte[] plaintext) {
        byte[] nonce = new byte[GCM_NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(subkey(purpose), "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, GCM_NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, GCM_NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    public byte[] open(String purpose, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(subkey(purpose), "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, sealed, 0, GCM_NONCE));
            return cipher.doFinal(sealed, GCM_NONCE, sealed.length - GCM_NONCE);
        } catch (GeneralSecurityException e) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED,
                    "A sealed secret in the workspace does not decrypt: the workspace is damaged.", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
