package org.leadline.logic.packages.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever mix of appends, patches and jumps it is given, the file ends as if every write had gone straight to it. */
class BufferedWriteChannelTest {
    @TempDir
    Path folder;

    @Test
    void appendsPatchesAndLargeWritesEndInTheFileAsWritten() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] expected = new byte[12 << 20];
        int end = 0;
        Path file = folder.resolve("out.bin");
        try (BufferedWriteChannel channel = new BufferedWriteChannel(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            while (end < expected.length - (3 << 20)) {
                int kind = random.nextInt(10);
                // Appends of every size, a large one now and then, and patches anywhere in what is written,
                // straddling the start of the buffer as often as not.
                int length = kind == 0 ? random.nextInt(1 << 20, 3 << 20) : kind < 6 ? random.nextInt(1, 70_000) : random.nextInt(1, 9);
                int at = kind < 6 || end < length ? end : random.nextInt(end - length + 1);
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                channel.position(at);
                assertThat(channel.write(ByteBuffer.wrap(bytes))).isEqualTo(length);
                System.arraycopy(bytes, 0, expected, at, length);
                end = Math.max(end, at + length);
                assertThat(channel.position()).isEqualTo(at + length);
                assertThat(channel.size()).isEqualTo(end);
            }
            channel.position(end);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOf(expected, end));
    }
}
