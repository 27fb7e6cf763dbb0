package org.leadline.logic.packages.transport;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.subtle.X25519;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * An officer's encryption key pair for sealed packages. The Ed25519 signing key cannot encrypt, so each officer also
 * holds an HPKE key (RFC 9180, suite DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, base mode), made and used
 * through Tink.
 *
 * <p>Both halves travel as the raw 32-byte X25519 values: the public key is short enough for a manifest or a trust
 * file as base64, and the private key is rebuilt together with its public half from its 32 bytes alone. The caller
 * seals the private bytes with the workspace key; this class never writes them anywhere.
 */
public final class TransportKeys {
    /** Bytes of an X25519 public or private key. */
    public static final int KEY_BYTES = 32;

    static final HpkeParameters PARAMETERS;

    static {
        try {
            // Registers the HPKE key serialisation and primitives that KeysetHandle needs; idempotent.
            HybridConfig.register();
            PARAMETERS = HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TransportKeys() {
    }

    /** A fresh key pair: the raw X25519 private and public keys, 32 bytes each. */
    public record Pair(byte[] privateKey, byte[] publicKey) {
        public Pair {
            privateKey = privateKey.clone();
            publicKey = publicKey.clone();
        }

        @Override
        public byte[] privateKey() {
            return privateKey.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public String toString() {
            return "TransportKeys.Pair[publicKey=" + toBase64(publicKey) + "]";
        }
    }

    public static Pair generate() {
        try {
            HpkePrivateKey key = (HpkePrivateKey) KeysetHandle.generateNew(PARAMETERS).getPrimary().getKey();
            return new Pair(key.getPrivateKeyBytes().toByteArray(InsecureSecretKeyAccess.get()),
                    key.getPublicKey().getPublicKeyBytes().toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An HPKE X25519 key could not be generated", e);
        }
    }

    /** The public half of a private key, as {@link #generate()} gave it. */
    public static byte[] publicKeyOf(byte[] privateKey) {
        return privateKey(privateKey).getPublicKey().getPublicKeyBytes().toByteArray();
    }

    public static String toBase64(byte[] publicKey) {
        return Base64.getEncoder().encodeToString(publicKey);
    }

    /** A public key read from a manifest or a trust file; refused when it is not base64 of 32 bytes. */
    public static byte[] publicKeyFromBase64(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("An encryption key must be base64; this one is not.", e);
        }
        publicKey(key);
        return key;
    }

    static HpkePublicKey publicKey(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An encryption key is " + KEY_BYTES + " bytes (X25519); this one is "
                    + (raw == null ? "missing" : raw.length + " bytes") + ".");
        }
        try {
            return HpkePublicKey.create(PARAMETERS, Bytes.copyFrom(raw), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("This is not a usable X25519 encryption key.", e);
        }
    }

    static HpkePrivateKey privateKey(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An encryption private key is " + KEY_BYTES + " bytes (X25519); this one is "
                    + (raw == null ? "missing" : raw.length + " bytes") + ".");
        }
        try {
            HpkePublicKey publicKey = publicKey(X25519.publicFromPrivate(raw));
            return HpkePrivateKey.create(publicKey, SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("This is not a usable X25519 private key.", e);
        }
    }

    static HybridEncrypt encrypter(byte[] publicKey) {
        return primitive(publicKey(publicKey), HybridEncrypt.class);
    }

    static HybridDecrypt decrypter(byte[] privateKey) {
        return primitive(privateKey(privateKey), HybridDecrypt.class);
    }

    private static <P> P primitive(Key key, Class<P> type) {
        try {
            return KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                    .build()
                    .getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HPKE (" + type.getSimpleName() + ") is not available", e);
        }
    }
}
