package org.leadline.persistence.aes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.h2.security.SHA256;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file layer against H2's own {@link FileEncrypt}, the class behind CIPHER=AES: each reads what the other wrote,
 * and the same sector writes give the same bytes on disk.
 */
class AesFileChannelTest {
    private static final int SECTOR = 4096;
    private static final char[] PASSWORD = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".toCharArray();

    @TempDir
    Path folder;

    private final FileKey key = FileKey.register(PASSWORD);

    @AfterEach
    void closeKey() {
        key.close();
    }

    private FileChannel ours(Path file) throws IOException {
        return FilePath.get(key.path(file)).open("rw");
    }

    private static FileChannel h2s(Path file) throws IOException {
        FileChannel base = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FileEncrypt(file.toString(), FileKey.passwordBytes(PASSWORD), base);
    }

    @Test
    void readsWhatH2Wrote() throws IOException {
        Random random = new Random(1);
        byte[] content = randomBytes(random, SECTOR * 37 + 1234);
        Path file = folder.resolve("h2.bin");
        try (FileChannel h2 = h2s(file)) {
            // As H2's store writes: whole sectors. FileEncrypt fails on unaligned writes that grow the file past its
            // last sector; the unaligned end is written once, from a sector boundary, which it does handle.
            int at = 0;
            while (content.length - at >= SECTOR) {
                int n = SECTOR * Math.min((content.length - at) / SECTOR, 1 + random.nextInt(8));
                h2.write(ByteBuffer.wrap(content, at, n), at);
                at += n;
            }
            h2.write(ByteBuffer.wrap(content, at, content.length - at), at);
        }
        try (FileChannel ours = ours(file)) {
            assertThat(ours.size()).isEqualTo(content.length);
            assertThat(readAll(ours, content.length, random)).isEqualTo(content);
        }
    }

    @Test
    void h2ReadsWhatWeWrote() throws IOException {
        Random random = new Random(2);
        byte[] content = randomBytes(random, SECTOR * 41 + 77);
        Path file = folder.resolve("ours.bin");
        try (FileChannel ours = ours(file)) {
            writeInPieces(ours, content, random);
        }
        assertThat(new String(Files.readAllBytes(file), 0, 10, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        try (FileChannel h2 = h2s(file)) {
            assertThat(h2.size()).isEqualTo(content.length);
            assertThat(readAll(h2, content.length, random)).isEqualTo(content);
        }
    }

    /** H2's store writes and truncates whole sectors; from the same header both classes must write the same bytes. */
    @Test
    void theSameSectorWritesGiveTheSameFileAsH2() throws IOException {
        for (int seed = 0; seed < 5; seed++) {
            Random random = new Random(seed);
            Path h2File = folder.resolve("h2-" + seed);
            Path ourFile = folder.resolve("ours-" + seed);
            try (FileChannel h2 = h2s(h2File)) {
                h2.size(); // writes the header, with H2's random salt
            }
            Files.copy(h2File, ourFile);
            try (FileChannel h2 = h2s(h2File); FileChannel ours = ours(ourFile)) {
                for (int op = 0; op < 60; op++) {
                    long size = h2.size();
                    if (random.nextInt(10) == 0 && size > 0) {
                        long to = SECTOR * (long) random.nextInt((int) (size / SECTOR) + 1);
                        h2.truncate(to);
                        ours.truncate(to);
                    } else {
                        byte[] sectors = randomBytes(random, SECTOR * (1 + random.nextInt(20)));
                        long at = SECTOR * (long) random.nextInt((int) (size / SECTOR) + 3);
                        h2.write(ByteBuffer.wrap(sectors), at);
                        ours.write(ByteBuffer.wrap(sectors), at);
                    }
                    assertThat(ours.size()).isEqualTo(h2.size());
                }
            }
            assertThat(Files.readAllBytes(ourFile)).as("seed %d", seed).isEqualTo(Files.readAllBytes(h2File));
        }
    }

    /**
     * Writes and truncations at any offset, checked against a plain array, then read back by H2 after reopening.
     * As with H2's FileEncrypt, bytes never written (a gap left by writing past the end) read as anything.
     */
    @Test
    void unalignedWritesAndTruncationsKeepContentAndSizeForH2() throws IOException {
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(100 + seed);
            Path file = folder.resolve("model-" + seed);
            byte[] model = new byte[0];
            BitSet written = new BitSet();
            for (int session = 0; session < 3; session++) {
                try (FileChannel ours = ours(file)) {
                    assertThat(ours.size()).isEqualTo(model.length);
                    for (int op = 0; op < 40; op++) {
                        if (random.nextInt(8) == 0) {
                            int to = model.length == 0 ? 0 : random.nextInt(model.length + 1);
                            ours.truncate(to);
                            model = Arrays.copyOf(model, to);
                            written.clear(to, Integer.MAX_VALUE);
                        } else {
                            byte[] bytes = randomBytes(random, 1 + random.nextInt(3 * SECTOR));
                            int at = random.nextInt(model.length + 2 * SECTOR);
                            assertThat(ours.write(ByteBuffer.wrap(bytes), at)).isEqualTo(bytes.length);
                            if (at + bytes.length > model.length) {
                                model = Arrays.copyOf(model, at + bytes.length);
                            }
                            System.arraycopy(bytes, 0, model, at, bytes.length);
                            written.set(at, at + bytes.length);
                        }
                        assertThat(ours.size()).isEqualTo(model.length);
                    }
                    assertWrittenBytesEqual(readAll(ours, model.length, random), model, written, seed);
                }
            }
            try (FileChannel h2 = h2s(file)) {
                assertThat(h2.size()).as("seed %d", seed).isEqualTo(model.length);
                assertWrittenBytesEqual(readAll(h2, model.length, random), model, written, seed);
            }
        }
    }

    private static void assertWrittenBytesEqual(byte[] actual, byte[] model, BitSet written, int seed) {
        for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
            if (actual[i] != model[i]) {
                throw new AssertionError("seed " + seed + ": byte " + i + " is " + actual[i] + ", written " + model[i]);
            }
        }
    }

    @Test
    void readsPastTheEndReturnMinusOneAndShortReadsStopAtTheEnd() throws IOException {
        Path file = folder.resolve("short.bin");
        try (FileChannel ours = ours(file)) {
            ours.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
            ByteBuffer wide = ByteBuffer.allocate(SECTOR);
            assertThat(ours.read(wide, 0)).isEqualTo(3);
            assertThat(wide.flip()).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertThat(ours.read(ByteBuffer.allocate(10), 3)).isEqualTo(-1);
            ByteBuffer direct = ByteBuffer.allocateDirect(2);
            assertThat(ours.read(direct, 1)).isEqualTo(2);
            assertThat(direct.flip().get(1)).isEqualTo((byte) 3);
        }
    }

    @Test
    void aFileThatIsNotEncryptedIsRefused() throws IOException {
        Path file = folder.resolve("plain.bin");
        Files.write(file, new byte[3 * SECTOR]);
        try (FileChannel ours = ours(file)) {
            assertThatThrownBy(ours::size).isInstanceOf(IOException.class).hasMessageContaining("not an H2 encrypted file");
        }
    }

    @Test
    void aClosedKeyOpensNothing() {
        FileKey closed = FileKey.register(PASSWORD);
        String path = closed.path(folder.resolve("any.bin"));
        closed.close();
        assertThatThrownBy(() -> FilePath.get(path).open("rw")).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void keyDerivationIsH2sPbkdf2() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] password = randomBytes(random, 1 + random.nextInt(200));
            byte[] salt = randomBytes(random, random.nextInt(20));
            int iterations = 1 + random.nextInt(20);
            int length = 1 + random.nextInt(70);
            assertThat(FileKey.pbkdf2(password, salt, iterations, length))
                    .isEqualTo(SHA256.getPBKDF2(password, salt, iterations, length));
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Writes {@code content} from offset 0 in pieces of random length, as a store writing pages would. */
    private static void writeInPieces(FileChannel channel, byte[] content, Random random) throws IOException {
        int at = 0;
        while (at < content.length) {
            int n = Math.min(content.length - at, 1 + random.nextInt(3 * SECTOR));
            channel.write(ByteBuffer.wrap(content, at, n), at);
            at += n;
        }
    }

    /** Reads {@code length} bytes from offset 0 in reads of random offset and length. */
    private static byte[] readAll(FileChannel channel, int length, Random random) throws IOException {
        byte[] out = new byte[length];
        int at = 0;
        while (at < length) {
            int n = Math.min(length - at, 1 + random.nextInt(3 * SECTOR));
            ByteBuffer buffer = ByteBuffer.wrap(out, at, n);
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, buffer.position());
                assertThat(read).isPositive();
            }
            at += n;
        }
        return out;
    }
}
