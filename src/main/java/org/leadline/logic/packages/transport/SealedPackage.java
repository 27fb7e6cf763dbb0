package org.leadline.logic.packages.transport;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.leadline.logic.packages.transport.SealedHeader.Entry;
import org.leadline.logic.packages.transport.SealedPackageException.Reason;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.workspace.AtomicFiles;

/**
 * A lead package encrypted for named officers, so that a lost USB stick gives nothing away. The signed package inside
 * is untouched: opening gives back its exact bytes, which are then verified as any package is.
 *
 * <pre>
 * offset 0       18 bytes  magic "leadpack-sealed/1\n" (ASCII; a ZIP starts with "PK", so never mistaken for one)
 * offset 18       4 bytes  N, the header's length, big-endian, 1 to 1 MiB
 * offset 22       N bytes  header, UTF-8 JSON:
 *                          {"format":"leadpack-sealed/1",
 *                           "recipients":[{"fingerprint":"&lt;hex SHA-256 of the signing key&gt;","wrappedKey":"&lt;base64&gt;"}, …]}
 * offset 22 + N   …        payload: the package, Tink AES-GCM-HKDF streaming (HKDF-SHA256, AES-256, 64 KiB ciphertext
 *                          segments, first segment offset 0) under the data key, associated data = bytes 0 to 22 + N
 * </pre>
 *
 * <ul>
 *   <li>The data key is 32 random bytes, fresh for each sealing. Each {@code wrappedKey} is HPKE (RFC 9180, base mode,
 *       DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) of the data key to that recipient's encryption key, with
 *       info = magic ‖ fingerprint (ASCII) and no associated data: 32 bytes of encapsulation, 48 of ciphertext.</li>
 *   <li>The whole header is the payload's associated data, so no byte of it can change (a recipient dropped or added,
 *       a wrapped key swapped) without the payload failing to decrypt. Streaming AEAD also detects a reordered,
 *       truncated or extended payload.</li>
 *   <li>The header is not authenticated before the data key opens the payload: {@link #recipients} reports what the
 *       file claims. Sealing does not authenticate the sender either (anyone with a recipient's public key can seal);
 *       the Ed25519 signature on the package inside does.</li>
 *   <li>Memory stays flat whatever the size (a few 1 MiB buffers); output goes to a temporary file in the
 *       target's folder and takes the final name only when complete.</li>
 * </ul>
 *
 * <p>Progress is reported as the number of bytes of the input file consumed so far: the plain package when sealing,
 * the sealed file when opening, so that the file's size is the total.
 */
public final class SealedPackage {
    /**
     * Tink's ciphertext segment size, each segment holding 64 KiB less its 16-byte tag. Java's AES-GCM takes its fast
     * path only after some hundred segment calls: with 1 MiB segments a 500 MB package never got there (40-60 MB/s).
     */
    static final int SEGMENT_BYTES = 64 * 1024;
    private static final int DATA_KEY_BYTES = 32;
    static final int BUFFER_BYTES = 1024 * 1024;
    /** Recipients named in the refusal sentence; more would make it unreadable. */
    private static final int NAMED_RECIPIENTS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedPackage() {
    }

    /** An officer the package is sealed for: the fingerprint of their signing key and their HPKE public key (32 bytes). */
    public record Recipient(String fingerprint, byte[] hpkePublicKey) {
        public Recipient {
            fingerprint = SealedHeader.checkedFingerprint(fingerprint);
            TransportKeys.publicKey(hpkePublicKey);
            hpkePublicKey = hpkePublicKey.clone();
        }

        @Override
        public byte[] hpkePublicKey() {
            return hpkePublicKey.clone();
        }
    }

    /**
     * Encrypts {@code plainPackage} for each recipient into {@code out}, replacing it if it exists.
     *
     * @throws IllegalArgumentException when there are no recipients, more than 1000, or one twice
     * @throws CancelledException       when {@code cancelled} turned true; no file is left
     * @throws UncheckedIOException     when a file cannot be read or written; no file is left
     */
    public static void seal(Path plainPackage, List<Recipient> recipients, Path out, LongConsumer progress,
            BooleanSupplier cancelled) {
        checkRecipients(recipients);
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            writeAtomically(out, "Sealing " + plainPackage.getFileName(), temp -> {
                SealedHeader header = SealedHeader.create(wrap(dataKey, recipients));
                try (InputStream in = Files.newInputStream(plainPackage);
                     OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    byte[] prefix = header.prefix();
                    file.write(prefix);
                    // Tink writes whole segments to the file, so neither side needs a BufferedOutputStream.
                    try (OutputStream cipher = payload(dataKey).newEncryptingStream(file, prefix)) {
                        byte[] buffer = new byte[BUFFER_BYTES];
                        long done = 0;
                        while (true) {
                            stopIfCancelled(cancelled, "Sealing");
                            int n = in.readNBytes(buffer, 0, buffer.length);
                            if (n <= 0) {
                                break;
                            }
                            cipher.write(buffer, 0, n);
                            done += n;
                            progress.accept(done);
                        }
                    }
                }
            });
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** True when the file starts with the sealed-package magic; reads only that. */
    public static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SealedHeader.startsWithMagic(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fingerprints the package says it is sealed for, in header order. Not authenticated: only opening proves
     * that the header is the one the package was sealed with.
     *
     * @throws SealedPackageException when the file is not sealed or its header is malformed
     */
    public static List<String> recipients(Path sealed) {
        try (InputStream in = Files.newInputStream(sealed)) {
            return SealedHeader.read(in).fingerprints();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decrypts a sealed package into {@code outPlain} (replacing it if it exists) with the encryption key of the officer
     * whose fingerprint is {@code myFingerprint}. The output takes its name only once every segment has authenticated.
     *
     * @throws SealedPackageException when the file is not sealed, not sealed for this officer, or altered in any byte,
     *                                cut short or extended; no file is left
     * @throws CancelledException     when {@code cancelled} turned true; no file is left
     * @throws UncheckedIOException   when a file cannot be read or written; no file is left
     */
    public static void open(Path sealed, String myFingerprint, byte[] myHpkePrivateKey, Path outPlain,
            LongConsumer progress, BooleanSupplier cancelled) {
        String me = SealedHeader.checkedFingerprint(myFingerprint);
        HybridDecrypt decrypter = TransportKeys.decrypter(myHpkePrivateKey);
        writeAtomically(outPlain, "Opening " + sealed.getFileName(), temp -> {
            try (CountingInput source = new CountingInput(Files.newInputStream(sealed))) {
                SealedHeader header = SealedHeader.read(source);
                Entry entry = header.entryFor(me).orElseThrow(() -> notARecipient(header.fingerprints(), me));
                byte[] dataKey = unwrap(decrypter, entry);
                try (InputStream plain = payload(dataKey).newDecryptingStream(source, header.prefix());
                     OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    byte[] buffer = new byte[BUFFER_BYTES];
                    while (true) {
                        stopIfCancelled(cancelled, "Opening");
                        int n = readPayload(plain, buffer);
                        if (n < 0) {
                            break;
                        }
                        out.write(buffer, 0, n);
                        progress.accept(source.count());
                    }
                } finally {
                    Arrays.fill(dataKey, (byte) 0);
                }
            }
        });
    }

    /** What writes the output into its temporary file. */
    private interface Body {
        void write(Path temp) throws IOException, GeneralSecurityException;
    }

    /**
     * Runs {@code body} on a fresh temporary file in the target's folder and renames it onto the target when it
     * returns; when it throws (a refusal, a cancel, a full disk), the temporary file is deleted and the target untouched.
     */
    private static void writeAtomically(Path target, String what, Body body) {
        Path temp = AtomicFiles.temporarySibling(target);
        boolean complete = false;
        try {
            body.write(temp);
            AtomicFiles.commit(temp, target);
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The package cipher could not start", e);
        } finally {
            if (!complete) {
                deleteQuietly(temp);
            }
        }
    }

    private static void checkRecipients(List<Recipient> recipients) {
        if (recipients.isEmpty() || recipients.size() > SealedHeader.MAX_RECIPIENTS) {
            throw new IllegalArgumentException("A package is sealed for 1 to " + SealedHeader.MAX_RECIPIENTS
                    + " recipients, not " + recipients.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (!seen.add(recipient.fingerprint())) {
                throw new IllegalArgumentException("Recipient " + recipient.fingerprint() + " is named twice.");
            }
        }
    }

    private static List<Entry> wrap(byte[] dataKey, List<Recipient> recipients) throws GeneralSecurityException {
        List<Entry> entries = new ArrayList<>(recipients.size());
        for (Recipient recipient : recipients) {
            byte[] wrapped = TransportKeys.encrypter(recipient.hpkePublicKey())
                    .encrypt(dataKey, SealedHeader.contextInfo(recipient.fingerprint()));
            entries.add(new Entry(recipient.fingerprint(), wrapped));
        }
        return entries;
    }

    private static byte[] unwrap(HybridDecrypt decrypter, Entry entry) {
        byte[] key;
        try {
            key = decrypter.decrypt(entry.wrappedKey(), SealedHeader.contextInfo(entry.fingerprint()));
        } catch (GeneralSecurityException e) {
            key = null;
        }
        if (key == null || key.length != DATA_KEY_BYTES) {
            throw new SealedPackageException(Reason.DAMAGED, "The key this package holds for " + entry.fingerprint()
                    + " does not open with this workspace's encryption key: the package was altered, or sealed for an"
                    + " encryption key this workspace does not hold.");
        }
        return key;
    }

    private static StreamingAead payload(byte[] dataKey) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(dataKey, "HmacSha256", DATA_KEY_BYTES, SEGMENT_BYTES, 0);
    }

    /** Fills the buffer from the decrypting stream; an IOException from Tink means the payload does not authenticate. */
    private static int readPayload(InputStream plain, byte[] buffer) {
        try {
            return plain.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new SealedPackageException(Reason.DAMAGED, "This sealed package was altered, cut short or damaged:"
                    + " its encrypted content does not authenticate.", e);
        }
    }

    private static SealedPackageException notARecipient(List<String> recipients, String me) {
        String named = String.join(", ", recipients.subList(0, Math.min(NAMED_RECIPIENTS, recipients.size())));
        if (recipients.size() > NAMED_RECIPIENTS) {
            named += " and " + (recipients.size() - NAMED_RECIPIENTS) + " more";
        }
        return new SealedPackageException(Reason.NOT_A_RECIPIENT, "This package is encrypted for " + named
                + "; not for you (" + me + ").", recipients, null);
    }

    private static void stopIfCancelled(BooleanSupplier cancelled, String what) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException(what + " the package was cancelled; no file was written.");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The original failure matters more; a leftover ".part" file never carries the final name.
        }
    }

    /**
     * Counts the bytes read for progress, and turns a read failure of the file into an UncheckedIOException so that it
     * passes through Tink's stream, whose own IOExceptions then mean only that the ciphertext does not authenticate.
     */
    private static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            try {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("A sealed package is read in order");
        }
    }
}
