package org.leadline.logic.packages.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadline.logic.packages.archive.CraftedZip.deflated;
import static org.leadline.logic.packages.archive.CraftedZip.stored;
import static org.leadline.logic.packages.archive.Refusal.assertRefused;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadline.logic.packages.PackageLimits;

/** Step 1 refuses every hostile archive with the entry at fault and one sentence; nothing else escapes. */
class PackageArchiveRefusalTest {
    private static final String LEADS = "records/leads.jsonl";
    private static final byte[] LINE = "{\"id\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
    /** Small bounds, so that a test needs megabytes where the defaults would need gigabytes. */
    private static final PackageLimits SMALL = new PackageLimits(8, 4L << 20, 2L << 20, 1L << 20, 200, 32, 1000, 1000);
    /** Room for a 200 MiB entry, so that only the compression ratio can refuse it. */
    private static final PackageLimits ROOMY = new PackageLimits(8, 1L << 30, 1L << 30, 1L << 20, 200, 32, 1000, 1000);
    private static final String BOMB = "blobs/" + "0".repeat(64);

    @TempDir
    Path folder;

    private Path file(CraftedZip zip) {
        return zip.write(folder.resolve("crafted.leadpack"));
    }

    private Path file(CraftedZip.Entry... entries) {
        CraftedZip zip = new CraftedZip();
        Arrays.stream(entries).forEach(zip::add);
        return file(zip);
    }

    private static String blob(byte[] content) {
        return "blobs/" + HexFormat.of().formatHex(Sha256.create().digest(content));
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static void readThrough(PackageArchive archive, String name) throws IOException {
        try (InputStream in = archive.open(name)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    @Test
    void aTextFileIsNotAPackage() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.leadpack"), "Meeting at 10, bring the list.\n".repeat(100));
        assertRefused(() -> PackageArchive.open(text, SMALL), null, "not a ZIP archive");
    }

    @Test
    void aPictureIsNotAPackage() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        Path picture = Files.write(folder.resolve("photo.leadpack"), png.toByteArray());
        assertRefused(() -> PackageArchive.open(picture, SMALL), null, "not a ZIP archive");
    }

    @Test
    void anEmptyFileIsNotAPackage() throws IOException {
        Path empty = Files.write(folder.resolve("empty.leadpack"), new byte[0]);
        assertRefused(() -> PackageArchive.open(empty, SMALL), null, "not a ZIP archive");
    }

    @Test
    void aPackageCutInHalfIsRefusedAsCutShort() throws IOException {
        byte[] whole = new CraftedZip().add(deflated(LEADS, LINE)).add(stored(blob(random(5000, 1)), random(5000, 1))).bytes();
        Path cut = Files.write(folder.resolve("cut.leadpack"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(() -> PackageArchive.open(cut, SMALL), null, "cut short");
    }

    @Test
    void aMissingFileIsRefusedWithoutATrace() {
        assertRefused(() -> PackageArchive.open(folder.resolve("absent.leadpack"), SMALL), null, "does not exist");
    }

    @Test
    void aNameThatIsNotUtf8IsRefused() {
        byte[] name = "records/\u00FFleads.jsonl".getBytes(StandardCharsets.ISO_8859_1);
        Path zip = file(CraftedZip.raw(name, CraftedZip.STORED, LINE, LINE).flags(0));
        assertRefused(() -> PackageArchive.open(zip, SMALL), "records/\\xFFleads.jsonl", "not valid UTF-8");
    }

    static Stream<Arguments> namesThatEscapeTheFolder() {
        return Stream.of(
                Arguments.of("records\\leads.jsonl", "backslash"),
                Arguments.of("/etc/cron.d/leadline", "absolute path"),
                Arguments.of("C:/Users/Public/run.bat", "drive letter"),
                Arguments.of("c:leads.jsonl", "drive letter"),
                Arguments.of("../leads.jsonl", "'..'"),
                Arguments.of("records/../../../.bashrc", "'..'"),
                Arguments.of("blobs/..", "'..'"));
    }

    @ParameterizedTest
    @MethodSource("namesThatEscapeTheFolder")
    void aNameThatCouldEscapeThePackageFolderIsRefused(String name, String words) {
        Path zip = file(stored(name, LINE));
        assertRefused(() -> PackageArchive.open(zip, SMALL), name, words);
    }

    @ParameterizedTest
    @MethodSource("namesOutsideTheLayout")
    void aNameOutsideTheLayoutIsRefused(String name) {
        Path zip = file(stored(name, LINE));
        assertRefused(() -> PackageArchive.open(zip, SMALL), name, "not part of the package layout");
    }

    static Stream<String> namesOutsideTheLayout() {
        return Stream.of("readme.txt", "records/leads.json", "records/Leads.jsonl", "records/sub/leads.jsonl",
                "blobs/" + "A".repeat(64), "blobs/" + "a".repeat(63), "records/" + "a".repeat(42) + ".jsonl",
                "leadpack.json.bak");
    }

    @Test
    void aControlCharacterInARefusedNameIsShownEscaped() {
        Path zip = file(stored("records/leads\n.jsonl", LINE));
        assertRefused(() -> PackageArchive.open(zip, SMALL), "records/leads\\x0A.jsonl", "not part of the package layout");
        Path nul = file(stored("records/leads.jsonl\u0000.png", LINE));
        assertRefused(() -> PackageArchive.open(nul, SMALL), "records/leads.jsonl\\x00.png", "not part of the package layout");
    }

    @Test
    void theTwoLayoutFolderEntriesAreIgnoredAndAnyOtherFolderIsRefused() throws IOException {
        byte[] content = random(3000, 2);
        Path zip = file(stored("records/", new byte[0]).externalAttributes(0x10), deflated(LEADS, LINE),
                stored("blobs/", new byte[0]).unixMode(040755), stored(blob(content), content));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertThat(archive.names()).containsExactly(LEADS, blob(content));
            assertThat(archive.contains("records/")).isFalse();
        }
        Path other = file(stored("records/", new byte[0]), stored("scripts/", new byte[0]));
        assertRefused(() -> PackageArchive.open(other, SMALL), "scripts/", "folder that the package layout does not have");
    }

    @Test
    void aFileMarkedAsAFolderIsRefused() {
        Path zip = file(deflated(LEADS, LINE).unixMode(040755));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "marked as a folder");
    }

    @Test
    void aSymbolicLinkIsRefused() {
        byte[] target = "/home/officer/.ssh/id_ed25519".getBytes(StandardCharsets.UTF_8);
        String name = blob(target);
        Path zip = file(stored(name, target).unixMode(0120777));
        assertRefused(() -> PackageArchive.open(zip, SMALL), name, "symbolic link");
    }

    @Test
    void aSymbolicLinkIsRefusedWhateverSystemTheEntrySaysMadeIt() {
        byte[] target = "/etc/passwd".getBytes(StandardCharsets.UTF_8);
        String name = blob(target);
        Path zip = file(stored(name, target).externalAttributes(0120777L << 16));
        assertRefused(() -> PackageArchive.open(zip, SMALL), name, "symbolic link");
    }

    @Test
    void aDeviceIsRefused() {
        Path zip = file(stored(LEADS, LINE).unixMode(0020666));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "special file");
    }

    @Test
    void aNameTwiceIsRefused() {
        Path zip = file(deflated(LEADS, LINE), deflated(LEADS, "{\"id\":\"2\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "appears twice");
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() {
        Path zip = file(deflated(LEADS, LINE), deflated("records/LEADS.jsonl", LINE));
        assertRefused(() -> PackageArchive.open(zip, SMALL), "records/LEADS.jsonl", "differs only in upper and lower case");
    }

    @Test
    void entriesSharingBytesAreRefused() {
        // The second entry's local header and data lie inside the first entry's data: one set of bytes, two entries.
        byte[] content = random(4000, 3);
        CraftedZip.Entry inner = stored(blob(content), content);
        byte[] innerLocal = inner.local();
        byte[] outerContent = Arrays.copyOf(innerLocal, innerLocal.length);
        CraftedZip.Entry outer = stored(blob(outerContent), outerContent);
        inner.pointingAt(30 + outer.name.length);
        Path zip = file(outer, inner);
        assertRefused(() -> PackageArchive.open(zip, SMALL), blob(content), "share bytes");
    }

    @Test
    void twoDirectoryRecordsForOneLocalHeaderAreRefused() {
        CraftedZip.Entry first = deflated(LEADS, LINE);
        CraftedZip.Entry second = deflated(LEADS, LINE).name("records/offers.jsonl").pointingAt(0);
        Path zip = file(first, second);
        // Whichever check meets it first, it is refused at step 1 for that entry.
        assertRefused(() -> PackageArchive.open(zip, SMALL), "records/offers.jsonl", "records/offers.jsonl");
    }

    @Test
    void anEncryptedEntryIsRefused() {
        Path zip = file(deflated(LEADS, LINE).flags(0x0801));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "encrypted");
    }

    @Test
    void aCompressionMethodOtherThanStoredOrDeflatedIsRefused() {
        Path zip = file(stored(LEADS, LINE).method(12));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "only stored and deflated");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        CraftedZip zip = new CraftedZip();
        for (int i = 0; i < 9; i++) {
            zip.add(deflated("records/type" + i + ".jsonl", LINE));
        }
        assertRefused(() -> PackageArchive.open(file(zip), SMALL), null, "more than the 8 entries allowed");
    }

    @Test
    void moreEntriesThanTheLimitAreRefusedWhenTheEndRecordUndercounts() {
        CraftedZip zip = new CraftedZip().declaredCount(2);
        for (int i = 0; i < 9; i++) {
            zip.add(deflated("records/type" + i + ".jsonl", LINE));
        }
        assertRefused(() -> PackageArchive.open(file(zip), SMALL), null, "more than the 8 entries allowed");
    }

    @Test
    void anEndRecordThatMiscountsTheDirectoryIsRefused() {
        CraftedZip zip = new CraftedZip().declaredCount(1).add(deflated(LEADS, LINE)).add(deflated("records/offers.jsonl", LINE));
        assertRefused(() -> PackageArchive.open(file(zip), SMALL), null, "damaged");
    }

    @Test
    void aDeclaredSizeAboveTheLimitIsRefusedOnOpen() {
        byte[] content = random(1000, 4);
        String name = blob(content);
        Path zip = file(deflated(name, content).size(3L << 30));
        assertRefused(() -> PackageArchive.open(zip, SMALL), name, "larger than the 2.0 MB allowed");
    }

    @Test
    void aRecordsFileDeclaredAboveItsLimitIsRefusedOnOpen() {
        Path zip = file(deflated(LEADS, LINE).size(1536 * 1024));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "larger than the 1.0 MB allowed");
    }

    @Test
    void moreBytesThanTheLimitAreRefusedWhileReadingWhateverTheHeaderSays() throws IOException {
        byte[] content = random(3 << 20, 5);
        String name = blob(content);
        Path zip = file(deflated(name, content).size(1000));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertRefused(() -> readThrough(archive, name), name, "larger than the 2.0 MB allowed");
            assertRefused(() -> archive.digest(name), name, "larger than the 2.0 MB allowed");
        }
    }

    @Test
    void readAllRefusesAnEntryAboveTheBoundGiven() throws IOException {
        byte[] lines = "{\"id\":\"x\"}\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Path zip = file(deflated(LEADS, lines), deflated("records/offers.jsonl", lines).size(100));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertRefused(() -> archive.readAll(LEADS, 5000), LEADS, "larger than the 4.9 KB allowed");
            assertRefused(() -> archive.readAll("records/offers.jsonl", 5000), "records/offers.jsonl", "larger than the 4.9 KB allowed");
            assertThat(archive.readAll(LEADS, lines.length)).isEqualTo(lines);
        }
    }

    @Test
    void aZipBombIsRefusedOnOpenFromItsHeader() {
        Path zip = file(CraftedZip.zeros(BOMB, 200));
        assertRefused(() -> PackageArchive.open(zip, ROOMY), BOMB, "expands more than 200 times: the package may be a zip bomb.");
    }

    @Test
    void aZipBombIsRefusedWhileReadingWhenItsHeaderLies() throws IOException {
        CraftedZip.Entry bomb = CraftedZip.zeros(BOMB, 200);
        bomb.size(bomb.compressedSize);
        try (PackageArchive archive = PackageArchive.open(file(bomb), ROOMY)) {
            assertRefused(() -> archive.digest(BOMB), BOMB, "expands more than 200 times");
        }
    }

    @Test
    void aZipBombWithinTheBoundsIsReadToTheEnd() throws IOException {
        PackageLimits lenient = new PackageLimits(8, 1L << 30, 1L << 30, 1L << 20, 2000, 32, 1000, 1000);
        try (PackageArchive archive = PackageArchive.open(file(CraftedZip.zeros(BOMB, 20)), lenient)) {
            assertThat(archive.digest(BOMB).size()).isEqualTo(20L << 20);
        }
    }

    @Test
    void manySmallBombsUnderTheEntryGraceAreRefusedTogether() throws IOException {
        PackageLimits manyEntries = new PackageLimits(100, 1L << 30, 1L << 30, 1L << 20, 200, 32, 1000, 1000);
        CraftedZip zip = new CraftedZip();
        for (int i = 0; i < 40; i++) {
            zip.add(deflated("records/t" + i + ".jsonl", new byte[64 * 1024]));
        }
        assertRefused(() -> PackageArchive.open(file(zip), manyEntries), null, "expands to more than 200 times its own size");
        CraftedZip few = new CraftedZip();
        for (int i = 0; i < 15; i++) {
            few.add(deflated("records/t" + i + ".jsonl", new byte[64 * 1024]));
        }
        try (PackageArchive archive = PackageArchive.open(file(few), manyEntries)) {
            assertThat(archive.names()).hasSize(15);
        }
    }

    @Test
    void aSmallFileOfOneRepeatedByteIsNotABomb() throws IOException {
        byte[] blank = new byte[60 * 1024];
        Path zip = file(deflated(blob(blank), blank));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertThat(archive.digest(blob(blank)).size()).isEqualTo(blank.length);
        }
    }

    @Test
    void aDeclaredTotalAboveTheLimitIsRefusedOnOpen() {
        CraftedZip zip = new CraftedZip();
        for (int i = 0; i < 3; i++) {
            byte[] content = random(1536 * 1024, 10 + i);
            zip.add(stored(blob(content), content));
        }
        assertRefused(() -> PackageArchive.open(file(zip), SMALL), null, "more than the 4.0 MB allowed in total");
    }

    @Test
    void aRunningTotalAboveTheLimitIsRefusedWhileReading() throws IOException {
        byte[] first = random(1536 * 1024, 20);
        byte[] second = random(1536 * 1024, 21);
        byte[] third = random(1536 * 1024, 22);
        Path zip = file(deflated(blob(first), first), deflated(blob(second), second), deflated(blob(third), third).size(10));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            archive.digest(blob(first));
            archive.digest(blob(first));
            archive.digest(blob(second));
            assertRefused(() -> archive.digest(blob(third)), null, "more than the 4.0 MB allowed in total");
        }
    }

    @Test
    void fewerBytesThanTheHeaderDeclaresAreRefusedAtTheEnd() throws IOException {
        Path zip = file(deflated(LEADS, LINE).size(LINE.length + 5));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertRefused(() -> archive.readAll(LEADS, 1000), LEADS, "holds 11 bytes where its header says 16");
        }
    }

    @Test
    void bytesThatDoNotMatchTheirChecksumAreRefused() throws IOException {
        Path zip = file(deflated(LEADS, LINE).crc(12345).localCrc(12345));
        try (PackageArchive archive = PackageArchive.open(zip, SMALL)) {
            assertRefused(() -> archive.readAll(LEADS, 1000), LEADS, "do not match their ZIP checksum");
        }
    }

    @Test
    void deflatedBytesThatEndEarlyAreRefused() throws IOException {
        byte[] content = random(100_000, 30);
        CraftedZip.Entry entry = deflated(blob(content), content);
        entry.data = Arrays.copyOf(entry.data, entry.data.length / 2);
        entry.compressedSize = entry.data.length;
        try (PackageArchive archive = PackageArchive.open(file(entry), SMALL)) {
            assertRefused(() -> archive.digest(blob(content)), blob(content), "damaged");
        }
    }

    @Test
    void aLocalHeaderNamingAnotherFileIsRefused() {
        Path zip = file(deflated(LEADS, LINE).localName("records/leadz.jsonl"));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "described differently by the ZIP directory and by its own header");
    }

    @Test
    void aLocalHeaderWithAnotherMethodIsRefused() {
        Path zip = file(stored(LEADS, LINE).localMethod(8));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "described differently");
    }

    @Test
    void aLocalHeaderWithAnotherChecksumIsRefused() {
        Path zip = file(stored(LEADS, LINE).localCrc(7));
        assertRefused(() -> PackageArchive.open(zip, SMALL), LEADS, "described differently");
    }

    @Test
    void bytesBeforeTheArchiveAreRefused() {
        byte[] script = "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_8);
        CraftedZip shifted = new CraftedZip().before(script, false).add(deflated(LEADS, LINE));
        assertRefused(() -> PackageArchive.open(file(shifted), SMALL), null, "damaged");
        CraftedZip counted = new CraftedZip().before(script, true).add(deflated(LEADS, LINE));
        assertRefused(() -> PackageArchive.open(file(counted), SMALL), null, "bytes before its first entry");
    }

    @Test
    void bytesAfterTheArchiveAreRefused() {
        CraftedZip zip = new CraftedZip().add(deflated(LEADS, LINE)).after(new byte[] {1, 2, 3});
        assertRefused(() -> PackageArchive.open(file(zip), SMALL), null, "bytes after the end");
    }

    @Test
    void aDirectoryPointingPastItsOwnStartIsRefused() {
        Path zip = file(deflated(LEADS, LINE).pointingAt(1 << 20));
        assertRefused(() -> PackageArchive.open(zip, SMALL), null, "damaged");
    }
}
