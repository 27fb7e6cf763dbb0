package org.leadline.logic.packages.archive;

import java.security.MessageDigest;

/**
 * An entry's bytes with their SHA-256, hashed when made: an export hashes each blob on the thread that decrypts it,
 * and the writer lists the digest of exactly these bytes. The bytes are not copied: whoever makes one must not change
 * the array afterwards.
 */
public final class HashedContent {
    private final byte[] bytes;
    private final String sha256;

    private HashedContent(byte[] bytes, String sha256) {
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    public static HashedContent of(byte[] bytes) {
        MessageDigest sha = Sha256.create();
        sha.update(bytes);
        return new HashedContent(bytes, Sha256.hex(sha));
    }

    /** Lowercase hex. */
    public String sha256() {
        return sha256;
    }

    public int size() {
        return bytes.length;
    }

    byte[] bytes() {
        return bytes;
    }
}
