package org.leadline.logic.packages.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongBinaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leadline.logic.packages.transport.SealedPackage.Recipient;
import org.leadline.logic.packages.transport.SealedPackageException.Reason;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.workspace.SigningKeys;

class SealedPackageTest {
    /** Two and a half read buffers (each many segments): cancel is asked between buffers. */
    private static final int PAYLOAD_BYTES = 5 * SealedPackage.BUFFER_BYTES / 2;

    @TempDir
    Path folder;

    /** An officer as a workspace knows them: the signing key's fingerprint and the transport key pair. */
    private record Officer(String fingerprint, TransportKeys.Pair keys) {
        static Officer create() {
            return new Officer(SigningKeys.fingerprint(SigningKeys.generate().getPublic().getEncoded()), TransportKeys.generate());
        }

        Recipient recipient() {
            return new Recipient(fingerprint, keys.publicKey());
        }
    }

    private final Officer anna = Officer.create();
    private final Officer boris = Officer.create();
    private final Officer chloe = Officer.create();

    @Test
    void aPackageSealedForOneOfficerOpensToTheSameBytes() throws IOException {
        Path plain = payload("officer.leadpack", PAYLOAD_BYTES);
        Path sealed = seal(plain, anna);

        assertThat(SealedPackage.isSealed(sealed)).isTrue();
        assertThat(SealedPackage.isSealed(plain)).isFalse();
        assertThat(SealedPackage.recipients(sealed)).containsExactly(anna.fingerprint());
        assertThat(Files.mismatch(open(sealed, anna), plain)).isEqualTo(-1);
    }

    @Test
    void eachOfThreeRecipientsOpensThePackage() throws IOException {
        Path plain = payload("merged.leadpack", PAYLOAD_BYTES);
        Path sealed = seal(plain, anna, boris, chloe);

        assertThat(SealedPackage.recipients(sealed)).containsExactly(anna.fingerprint(), boris.fingerprint(), chloe.fingerprint());
        for (Officer officer : List.of(anna, boris, chloe)) {
            assertThat(Files.mismatch(open(sealed, officer), plain)).as(officer.fingerprint()).isEqualTo(-1);
        }
    }

    @Test
    void anEmptyPackageRoundTrips() throws IOException {
        Path plain = payload("empty.leadpack", 0);
        assertThat(open(seal(plain, anna), anna)).isEmptyFile();
    }

    @Test
    void progressCountsTheInputFileUpToItsSize() throws IOException {
        Path plain = payload("officer.leadpack", PAYLOAD_BYTES);
        Path sealed = folder.resolve("officer.leadpack.sealed");
        AtomicLong sealedSoFar = new AtomicLong();
        SealedPackage.seal(plain, List.of(anna.recipient()), sealed, sealedSoFar::set, () -> false);
        AtomicLong openedSoFar = new AtomicLong();
        SealedPackage.open(sealed, anna.fingerprint(), anna.keys().privateKey(), folder.resolve("out"), openedSoFar::set,
                () -> false);

        assertThat(sealedSoFar.get()).isEqualTo(Files.size(plain));
        assertThat(openedSoFar.get()).isEqualTo(Files.size(sealed));
    }

    @Test
    void anOfficerTheHeaderDoesNotNameIsToldWhoThePackageIsFor() throws IOException {
        Path sealed = seal(payload("officer.leadpack", 1000), anna, boris);

        assertThatThrownBy(() -> open(sealed, chloe))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_A_RECIPIENT);
                    assertThat(e.recipients()).containsExactly(anna.fingerprint(), boris.fingerprint());
                })
                .hasMessage("This package is encrypted for " + anna.fingerprint() + ", " + boris.fingerprint()
                        + "; not for you (" + chloe.fingerprint() + ").");
        assertNoOutput();
    }

    @Test
    void aRecipientsFingerprintWithAnotherOfficersKeyDoesNotOpen() throws IOException {
        Path sealed = seal(payload("officer.leadpack", 1000), anna);

        assertThatThrownBy(() -> SealedPackage.open(sealed, anna.fingerprint(), boris.keys().privateKey(), out(), n -> { },
                () -> false))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("does not open with this workspace's encryption key");
        assertNoOutput();
    }

    @Test
    void aFlippedByteInTheHeaderIsRefused() throws IOException {
        Path sealed = seal(payload("officer.leadpack", PAYLOAD_BYTES), anna, boris);
        flip(sealed, SealedHeader.MAGIC.length + 4 + headerLength(sealed) / 2);

        assertRefusedAsDamaged(sealed, anna);
        assertRefusedAsDamaged(sealed, boris);
    }

    @Test
    void anotherRecipientsKeyReplacedInTheHeaderStopsThePayloadFromOpening() throws IOException {
        Path sealed = seal(payload("officer.leadpack", PAYLOAD_BYTES), anna, boris);
        // Boris's entry is still valid base64 of the right length, and Anna's key still opens: only the payload's
        // associated data notices.
        byte[] bytes = Files.readAllBytes(sealed);
        String file = new String(bytes, StandardCharsets.ISO_8859_1);
        int key = file.indexOf("\"wrappedKey\":\"", file.indexOf(boris.fingerprint())) + "\"wrappedKey\":\"".length() + 10;
        bytes[key] = (byte) (bytes[key] == 'A' ? 'B' : 'A');
        Files.write(sealed, bytes);

        assertThat(SealedPackage.recipients(sealed)).containsExactly(anna.fingerprint(), boris.fingerprint());
        assertThatThrownBy(() -> open(sealed, anna))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessage("This sealed package was altered, cut short or damaged: its encrypted content does not authenticate.");
        assertNoOutput();
    }

    @Test
    void aFlippedByteInTheMiddleOfTheCiphertextIsRefused() throws IOException {
        Path sealed = seal(payload("officer.leadpack", PAYLOAD_BYTES), anna);
        flip(sealed, Files.size(sealed) / 2);

        assertRefusedAsDamaged(sealed, anna);
    }

    /** Where a file is cut, given the payload's first byte and the whole file's size. */
    enum Cut {
        IN_THE_MAGIC((payloadStart, size) -> 3L),
        IN_THE_HEADER((payloadStart, size) -> payloadStart - 30),
        IN_THE_STREAMS_OWN_HEADER((payloadStart, size) -> payloadStart + 20),
        AT_A_SEGMENT_BOUNDARY((payloadStart, size) -> payloadStart + 2L * SealedPackage.SEGMENT_BYTES),
        BY_THE_LAST_BYTE((payloadStart, size) -> size - 1);

        private final LongBinaryOperator keep;

        Cut(LongBinaryOperator keep) {
            this.keep = keep;
        }
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void aTruncatedFileIsRefused(Cut cut) throws IOException {
        Path sealed = seal(payload("officer.leadpack", PAYLOAD_BYTES), anna);
        long payloadStart = SealedHeader.MAGIC.length + 4 + headerLength(sealed);
        try (RandomAccessFile file = new RandomAccessFile(sealed.toFile(), "rw")) {
            file.setLength(cut.keep.applyAsLong(payloadStart, file.length()));
        }

        if (cut == Cut.IN_THE_MAGIC) {
            assertThat(SealedPackage.isSealed(sealed)).isFalse();
            assertThatThrownBy(() -> open(sealed, anna))
                    .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SEALED));
            assertNoOutput();
        } else {
            assertRefusedAsDamaged(sealed, anna);
        }
    }

    @Test
    void bytesAppendedAfterTheLastSegmentAreRefused() throws IOException {
        Path sealed = seal(payload("officer.leadpack", PAYLOAD_BYTES), anna);
        Files.write(sealed, new byte[] {0}, StandardOpenOption.APPEND);

        assertRefusedAsDamaged(sealed, anna);
    }

    @Test
    void aPlainPackageIsNotSealed() throws IOException {
        Path zip = folder.resolve("plain.leadpack");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("leadpack.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(SealedPackage.isSealed(zip)).isFalse();
        assertThatThrownBy(() -> SealedPackage.recipients(zip))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SEALED))
                .hasMessage("This file is not a sealed package: it does not start with 'leadpack-sealed/1'.");
        assertThatThrownBy(() -> open(zip, anna)).isInstanceOf(SealedPackageException.class);
        assertNoOutput();
    }

    @Test
    void aHeaderClaimingMoreThanOneMebibyteIsRefusedBeforeItIsRead() throws IOException {
        Path hostile = folder.resolve("hostile.sealed");
        try (OutputStream out = Files.newOutputStream(hostile)) {
            out.write(SealedHeader.MAGIC);
            out.write(ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array());
        }

        assertThatThrownBy(() -> SealedPackage.recipients(hostile))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessage("This sealed package is damaged: its header claims 2147483647 bytes, outside 1 to 1048576.");
    }

    @Test
    void sealingRefusesNoRecipientsTooManyOrOneTwice() throws IOException {
        Path plain = payload("officer.leadpack", 10);
        List<Recipient> many = new ArrayList<>();
        byte[] key = anna.keys().publicKey();
        for (int i = 0; i <= SealedHeader.MAX_RECIPIENTS; i++) {
            many.add(new Recipient(String.format("%064x", i), key));
        }

        assertThatThrownBy(() -> SealedPackage.seal(plain, List.of(), out(), n -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedPackage.seal(plain, many, out(), n -> { }, () -> false))
                .hasMessage("A package is sealed for 1 to 1000 recipients, not 1001.");
        assertThatThrownBy(() -> SealedPackage.seal(plain, List.of(anna.recipient(), anna.recipient()), out(), n -> { },
                () -> false))
                .hasMessage("Recipient " + anna.fingerprint() + " is named twice.");
        assertThatThrownBy(() -> new Recipient("not hex", key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recipient(anna.fingerprint(), new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertNoOutput();
    }

    @Test
    void cancellingInTheMiddleLeavesNoFile() throws IOException {
        Path plain = payload("officer.leadpack", PAYLOAD_BYTES);
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> SealedPackage.seal(plain, List.of(anna.recipient()), out(), n -> { },
                () -> asked.incrementAndGet() > 2))
                .isInstanceOf(CancelledException.class);
        assertThat(asked.get()).isEqualTo(3);
        assertNoOutput();

        Path sealed = seal(plain, anna);
        asked.set(0);
        assertThatThrownBy(() -> SealedPackage.open(sealed, anna.fingerprint(), anna.keys().privateKey(), out(), n -> { },
                () -> asked.incrementAndGet() > 2))
                .isInstanceOf(CancelledException.class);
        assertNoOutput();
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenOpeningSucceeds() throws IOException {
        Path plain = payload("officer.leadpack", PAYLOAD_BYTES);
        Path sealed = seal(plain, anna);
        Files.writeString(out(), "earlier");
        flip(sealed, Files.size(sealed) - 5);

        assertThatThrownBy(() -> open(sealed, anna)).isInstanceOf(SealedPackageException.class);
        assertThat(out()).hasContent("earlier");
    }

    /**
     * 50 MB through seal and open in a child JVM whose heap (20 MB) could not hold the payload: it passes only if
     * both directions stream.
     */
    @Test
    void fiftyMegabytesRoundTripInAHeapSmallerThanThePayload() throws Exception {
        Path plain = payload("big.leadpack", 50 * 1000 * 1000);
        Path sealed = folder.resolve("big.sealed");
        Path opened = folder.resolve("big.opened");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx20m", "-cp", System.getProperty("java.class.path"), SealedPackageMemoryProbe.class.getName(),
                plain.toString(), sealed.toString(), opened.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(Files.size(sealed)).isGreaterThan(Files.size(plain));
        assertThat(Files.mismatch(opened, plain)).isEqualTo(-1);
    }

    private Path payload(String name, int size) throws IOException {
        Path file = folder.resolve(name);
        Random random = new Random(size);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
        }
        return file;
    }

    private Path seal(Path plain, Officer... officers) {
        Path sealed = folder.resolve(plain.getFileName() + ".sealed");
        SealedPackage.seal(plain, Stream.of(officers).map(Officer::recipient).toList(), sealed, n -> { }, () -> false);
        return sealed;
    }

    private Path open(Path sealed, Officer officer) {
        SealedPackage.open(sealed, officer.fingerprint(), officer.keys().privateKey(), out(), n -> { }, () -> false);
        return out();
    }

    private Path out() {
        return folder.resolve("opened.leadpack");
    }

    private void assertRefusedAsDamaged(Path sealed, Officer officer) {
        assertThatThrownBy(() -> open(sealed, officer))
                .isInstanceOfSatisfying(SealedPackageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        assertNoOutput();
    }

    /** Neither the output nor a temporary file of it is left in the folder. */
    private void assertNoOutput() {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("opened") || name.startsWith(".opened") || name.endsWith(".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int headerLength(Path sealed) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(sealed.toFile(), "r")) {
            file.seek(SealedHeader.MAGIC.length);
            return file.readInt();
        }
    }

    private static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x01);
        }
    }
}
