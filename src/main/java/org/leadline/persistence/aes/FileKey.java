package org.leadline.persistence.aes;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An H2 file password, registered for {@link AesFilePath} under a random id until closed. File names carry the id,
 * never the password: H2 puts file names into its error messages.
 *
 * <p>The password becomes each file's AES-128 key as it does under H2's {@code CIPHER=AES}: H2 turns the password's
 * characters into bytes (UTF-16BE), back into characters two bytes at a time ({@code Store.decodePassword}, which
 * keeps only the low byte), and into bytes again, so each character {@code c} becomes the two bytes
 * {@code 0, c & 0xFF}; those bytes and the file's 8-byte salt go through PBKDF2-HMAC-SHA256 with 10 iterations, the
 * first 16 bytes of which are the key.
 */
public final class FileKey implements AutoCloseable {
    private static final Map<String, FileKey> REGISTERED = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ITERATIONS = 10;
    private static final int AES_KEY_BYTES = 16;

    private final String id;
    private final byte[] password;
    private volatile boolean closed;

    private FileKey(String id, byte[] password) {
        this.id = id;
        this.password = password;
    }

    /** Registers {@code filePassword}, the part of an H2 password before the first space when CIPHER=AES is used. */
    public static FileKey register(char[] filePassword) {
        if (filePassword.length == 0) {
            throw new IllegalArgumentException("An empty file password encrypts nothing");
        }
        AesFilePath.register();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        FileKey key = new FileKey(HexFormat.of().formatHex(bytes), passwordBytes(filePassword));
        REGISTERED.put(key.id, key);
        return key;
    }

    static byte[] passwordBytes(char[] password) {
        byte[] bytes = new byte[password.length * 2];
        for (int i = 0; i < password.length; i++) {
            bytes[2 * i + 1] = (byte) password[i];
        }
        return bytes;
    }

    static FileKey registered(String id) throws IOException {
        FileKey key = REGISTERED.get(id);
        if (key == null) {
            throw new IOException("The file key " + id + " is closed or was never registered");
        }
        return key;
    }

    /** The name under which H2 reaches {@code file} through this key, e.g. for a JDBC URL. */
    public String path(Path file) {
        return AesFilePath.SCHEME + ":" + id + ":" + file;
    }

    String id() {
        return id;
    }

    /** The AES key of the file whose header holds {@code salt}. */
    SecretKeySpec cipherKey(byte[] salt) throws IOException {
        if (closed) {
            throw new IOException("The file key " + id + " is closed");
        }
        byte[] derived = pbkdf2(password, salt, ITERATIONS, AES_KEY_BYTES);
        try {
            return new SecretKeySpec(derived, "AES");
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** PBKDF2 (RFC 8018) with HMAC-SHA256 over raw bytes: the JDK's PBKDF2 would take characters and encode them. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            byte[] out = new byte[length];
            for (int block = 1, done = 0; done < length; block++) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = mac.doFinal();
                byte[] t = u.clone();
                for (int i = 1; i < iterations; i++) {
                    u = mac.doFinal(u);
                    for (int j = 0; j < t.length; j++) {
                        t[j] ^= u[j];
                    }
                }
                int n = Math.min(t.length, length - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    /** Unregisters the key: files named with it can no longer be opened. */
    @Override
    public void close() {
        closed = true;
        REGISTERED.remove(id, this);
        Arrays.fill(password, (byte) 0);
    }
}
