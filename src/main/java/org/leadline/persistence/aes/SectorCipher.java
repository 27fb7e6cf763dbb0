package org.leadline.persistence.aes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts 4 KiB sectors the way H2's {@code org.h2.store.fs.encrypt.XTS} does, but with the JDK's
 * AES, whose ECB mode runs on AES-NI: the sector's tweaks are computed here, and the 256 AES blocks of a sector go to
 * the cipher in one call.
 *
 * <p>H2's XTS differs from IEEE 1619 in ways the file format depends on: the tweak is encrypted with the data key
 * itself (there is no second key), and it is the sector number written little-endian into all 16 bytes. A sector is
 * a whole number of AES blocks, so H2 never steals ciphertext and neither does this class.
 *
 * <p>Not thread-safe: each thread borrows its own (see {@link AesFileChannel}).
 */
final class SectorCipher {
    static final int SECTOR = 4096;
    private static final int AES_BLOCK = 16;
    private static final int LONGS = SECTOR / Long.BYTES;
    /** x^128 = x^7 + x^2 + x + 1 in GF(2^128), as in IEEE 1619 and H2. */
    private static final long FEEDBACK = 0x87;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Cipher encryptor;
    private final Cipher decryptor;
    /** The sector's 256 tweaks, two little-endian longs each. */
    private final long[] tweaks = new long[LONGS];
    private final byte[] whitened = new byte[SECTOR];
    private final byte[] tweak = new byte[AES_BLOCK];

    SectorCipher(SecretKeySpec key) {
        try {
            encryptor = Cipher.getInstance("AES/ECB/NoPadding");
            encryptor.init(Cipher.ENCRYPT_MODE, key);
            decryptor = Cipher.getInstance("AES/ECB/NoPadding");
            decryptor.init(Cipher.DECRYPT_MODE, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is missing from this Java runtime", e);
        }
    }

    /** Encrypts {@code count} sectors in place, the first of which is sector number {@code sector} of the file. */
    void encrypt(long sector, byte[] data, int offset, int count) {
        for (int i = 0; i < count; i++) {
            transform(encryptor, sector + i, data, offset + i * SECTOR);
        }
    }

    void decrypt(long sector, byte[] data, int offset, int count) {
        for (int i = 0; i < count; i++) {
            transform(decryptor, sector + i, data, offset + i * SECTOR);
        }
    }

    /** XTS on one sector: data = tweak ^ AES(data ^ tweak), block by block. */
    private void transform(Cipher cipher, long sector, byte[] data, int offset) {
        computeTweaks(sector);
        for (int i = 0; i < LONGS; i++) {
            LONG.set(whitened, i * Long.BYTES, (long) LONG.get(data, offset + i * Long.BYTES) ^ tweaks[i]);
        }
        update(cipher, whitened, 0, SECTOR, data, offset);
        for (int i = 0; i < LONGS; i++) {
            int at = offset + i * Long.BYTES;
            LONG.set(data, at, (long) LONG.get(data, at) ^ tweaks[i]);
        }
    }

    /** The first tweak is AES(sector number); each next one is the previous times x in GF(2^128). */
    private void computeTweaks(long sector) {
        LONG.set(tweak, 0, sector);
        LONG.set(tweak, Long.BYTES, 0L);
        update(encryptor, tweak, 0, AES_BLOCK, tweak, 0);
        long low = (long) LONG.get(tweak, 0);
        long high = (long) LONG.get(tweak, Long.BYTES);
        for (int i = 0; i < LONGS; i += 2) {
            tweaks[i] = low;
            tweaks[i + 1] = high;
            long carry = (high >> 63) & FEEDBACK;
            high = (high << 1) | (low >>> 63);
            low = (low << 1) ^ carry;
        }
    }

    private static void update(Cipher cipher, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        try {
            if (cipher.update(in, inOffset, length, out, outOffset) != length) {
                throw new IllegalStateException("AES/ECB returned a partial block");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB failed", e);
        }
    }
}
