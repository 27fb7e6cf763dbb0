package org.leadline.logic.packages.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadline.logic.packages.archive.Refusal.assertRefused;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.tasks.CancelledException;

/** What the writer writes, the reader opens: names, sizes and hashes from the bytes, the final name only when whole. */
class PackageArchiveRoundTripTest {
    private static final String LEADS = "records/leads.jsonl";
    private static final String OFFERS = "records/offers.jsonl";
    private static final byte[] MANIFEST = "{\"format\":\"leadpack/1\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = new byte[64];

    @TempDir
    Path folder;

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Sha256.create().digest(content));
    }

    private static byte[] lines(int count, String kind) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"id\":\"").append(kind).append('-').append(i).append("\",\"value\":\"+33 6 12 34 56 ").append(i % 100)
                    .append("\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void whatIsWrittenOpensWithTheSameNamesSizesAndHashes() throws IOException {
        byte[] leads = lines(20_000, "lead");
        byte[] offers = lines(3_000, "offer");
        byte[] blob = random(20 << 20, 1);
        String blobName = "blobs/" + sha256(blob);
        Path target = folder.resolve("officer.leadpack");
        List<EntryDigest> written;
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            writer.entry(LEADS, leads, true);
            writer.entry(OFFERS, offers, true);
            try (OutputStream out = writer.entry(blobName, false)) {
                // In pieces of every size, as a copy from the evidence store writes them.
                for (int offset = 0, piece = 1; offset < blob.length; offset += piece, piece = piece * 3 % 3_000_001 + 1) {
                    out.write(blob, offset, Math.min(piece, blob.length - offset));
                }
            }
            written = writer.digests();
            writer.finish(MANIFEST, SIGNATURE);
        }
        assertThat(written).containsExactly(
                new EntryDigest(LEADS, leads.length, sha256(leads)),
                new EntryDigest(OFFERS, offers.length, sha256(offers)),
                new EntryDigest(blobName, blob.length, sha256(blob)));
        assertThat(filesInFolder()).containsExactly(target);

        try (PackageArchive archive = PackageArchive.open(target, PackageLimits.DEFAULT)) {
            assertThat(archive.names()).containsExactly(LEADS, OFFERS, blobName, "leadpack.json", "leadpack.sig");
            assertThat(archive.contains(blobName)).isTrue();
            assertThat(archive.contains("blobs/" + sha256(leads))).isFalse();
            assertThat(archive.readAll("leadpack.json", 1 << 16)).isEqualTo(MANIFEST);
            assertThat(archive.readAll("leadpack.sig", 64)).isEqualTo(SIGNATURE);
            assertThat(archive.readAll(LEADS, leads.length)).isEqualTo(leads);
            assertThat(archive.digest(blobName)).isEqualTo(written.get(2));
            try (var in = archive.open(blobName)) {
                assertThat(in.readAllBytes()).isEqualTo(blob);
            }
            AtomicLong progressed = new AtomicLong();
            Map<String, EntryDigest> all = archive.digestAll(List.of(LEADS, OFFERS, blobName), progressed::addAndGet, () -> false);
            assertThat(all.values()).containsExactlyElementsOf(written);
            assertThat(progressed.get()).isEqualTo(leads.length + offers.length + blob.length);
        }
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertThat(zip.getEntry(LEADS).getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(zip.getEntry(LEADS).getCompressedSize()).isLessThan(leads.length / 3);
            assertThat(zip.getEntry(blobName).getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void theFinalNameAppearsOnlyWhenThePackageIsFinished() throws IOException {
        Path target = folder.resolve("officer.leadpack");
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            writer.entry(LEADS, lines(10, "lead"), true);
            assertThat(target).doesNotExist();
            assertThat(filesInFolder()).singleElement()
                    .satisfies(temporary -> assertThat(temporary.getFileName().toString()).startsWith(".officer.leadpack.").endsWith(".part"));
            writer.finish(MANIFEST, SIGNATURE);
            assertThat(filesInFolder()).containsExactly(target);
        }
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void closingWithoutFinishingLeavesNothing() throws IOException {
        Path target = folder.resolve("officer.leadpack");
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            writer.entry(LEADS, lines(10, "lead"), true);
            writer.entry("blobs/" + "a".repeat(64), false).write(random(3 << 20, 2));
            // Cancelled with the blob still open.
        }
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void closingWithoutFinishingLeavesAnEarlierPackageAsItWas() throws IOException {
        Path target = folder.resolve("officer.leadpack");
        Files.writeString(target, "the package of yesterday");
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            writer.entry(LEADS, lines(10, "lead"), true);
        }
        assertThat(filesInFolder()).containsExactly(target);
        assertThat(target).hasContent("the package of yesterday");
    }

    @Test
    void theWriterRefusesWhatTheReaderWouldRefuse() throws IOException {
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(folder.resolve("officer.leadpack"))) {
            assertThatThrownBy(() -> writer.entry("../leads.jsonl", false)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.entry("records/", false)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.entry("leadpack.json", true)).isInstanceOf(IllegalArgumentException.class);
            writer.entry(LEADS, lines(1, "lead"), true);
            assertThatThrownBy(() -> writer.entry(LEADS, true)).isInstanceOf(IllegalArgumentException.class);
            OutputStream open = writer.entry(OFFERS, true);
            assertThatThrownBy(() -> writer.entry("records/notes.jsonl", true)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> writer.finish(MANIFEST, SIGNATURE)).isInstanceOf(IllegalStateException.class);
            open.close();
            writer.finish(MANIFEST, SIGNATURE);
            assertThatThrownBy(() -> writer.entry("records/notes.jsonl", true)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEmptyEntryAndAnEmptyPackageRoundTrip() throws IOException {
        Path target = folder.resolve("empty.leadpack");
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            writer.entry(LEADS, new byte[0], true);
            writer.entry("blobs/" + sha256(new byte[0]), new byte[0], false);
            writer.finish(MANIFEST, SIGNATURE);
        }
        try (PackageArchive archive = PackageArchive.open(target, PackageLimits.DEFAULT)) {
            assertThat(archive.readAll(LEADS, 10)).isEmpty();
            assertThat(archive.digest("blobs/" + sha256(new byte[0]))).isEqualTo(new EntryDigest("blobs/" + sha256(new byte[0]), 0, sha256(new byte[0])));
        }
    }

    @Test
    void anArchiveMadeByAnotherZipToolWithFolderEntriesOpens() throws IOException {
        byte[] blob = random(70_000, 3);
        Path file = folder.resolve("zip-tool.leadpack");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("records/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(LEADS));
            zip.write(lines(100, "lead"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("blobs/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("blobs/" + sha256(blob)));
            zip.write(blob);
            zip.closeEntry();
        }
        try (PackageArchive archive = PackageArchive.open(file, PackageLimits.DEFAULT)) {
            assertThat(archive.names()).containsExactly(LEADS, "blobs/" + sha256(blob));
            assertThat(archive.digest("blobs/" + sha256(blob)).sha256()).isEqualTo(sha256(blob));
            assertThat(archive.readAll(LEADS, 1 << 20)).isEqualTo(lines(100, "lead"));
        }
    }

    @Test
    void digestAllStopsWhenCancelled() throws IOException {
        Path target = writeBlobs(folder.resolve("officer.leadpack"), 8, 2 << 20);
        try (PackageArchive archive = PackageArchive.open(target, PackageLimits.DEFAULT)) {
            List<String> blobs = archive.names().stream().filter(name -> name.startsWith("blobs/")).toList();
            assertThatThrownBy(() -> archive.digestAll(blobs, bytes -> { }, () -> true)).isInstanceOf(CancelledException.class);
            assertThat(archive.digestAll(blobs, bytes -> { }, () -> false)).hasSize(8);
        }
    }

    @Test
    void digestAllPassesOnTheRefusalOfOneEntry() throws IOException {
        Path target = writeBlobs(folder.resolve("officer.leadpack"), 6, 1 << 20);
        String damaged;
        try (PackageArchive archive = PackageArchive.open(target, PackageLimits.DEFAULT)) {
            damaged = archive.names().get(3);
        }
        // One byte of the fourth blob's data changes on the stick; its headers stay as they were.
        byte[] bytes = Files.readAllBytes(target);
        int at = indexOf(bytes, damaged.getBytes(StandardCharsets.US_ASCII)) + damaged.length() + 20 + 1000;
        bytes[at] ^= 1;
        Files.write(target, bytes);
        try (PackageArchive archive = PackageArchive.open(target, PackageLimits.DEFAULT)) {
            List<String> blobs = archive.names().stream().filter(name -> name.startsWith("blobs/")).toList();
            assertRefused(() -> archive.digestAll(blobs, n -> { }, () -> false), damaged, "do not match their ZIP checksum");
        }
    }

    private static Path writeBlobs(Path target, int count, int size) throws IOException {
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            for (int i = 0; i < count; i++) {
                byte[] blob = random(size, 100 + i);
                writer.entry("blobs/" + sha256(blob), blob, false);
            }
            writer.finish(MANIFEST, SIGNATURE);
        }
        return target;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
