package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadline.logic.packages.TestPackages.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.SigningKeys;

/**
 * Broken and hostile packages, each refused at its step with its entry named, the workspace byte for byte as it was.
 * (The archive's own tricks — names, bombs, overlaps, symlinks — are in archive.PackageArchiveTest.)
 */
class HostilePackageTest {
    @TempDir
    Path dir;
    Desk france;
    Desk lead;
    Path good;
    Map<String, byte[]> entries;

    @BeforeEach
    void aGoodPackage() throws IOException {
        france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR");
        lead = Desk.open(dir.resolve("lead"), "Ana Lopez", "ES");
        AddedLead handle = france.lead("https://t.me/crossing_boss");
        france.lead("+33 6 12 34 56 78");
        france.leads.addNote(handle.entityId(), "answers fast");
        france.attachTo(handle.entityId(), 7);
        good = dir.resolve("good.leadpack");
        france.export(good);
        lead.trust(france, good);
        entries = TestPackages.entries(good);
    }

    @AfterEach
    void close() {
        france.close();
        lead.close();
    }

    private void refused(Path pack, Step step, String entry, String words) throws IOException {
        Map<String, String> before = files(lead.workspace.folder());
        java.util.List<String> database = everyRow();
        assertThatThrownBy(() -> lead.importPackage(pack)).isInstanceOfSatisfying(PackageRefusedException.class, e -> {
            assertThat(e.step()).as(e.describe()).isEqualTo(step);
            if (entry != null) {
                assertThat(e.entry()).as(e.describe()).isEqualTo(entry);
            }
            assertThat(e.getMessage()).as(e.describe()).contains(words);
            assertThat(e.describe()).doesNotContain("\n").startsWith("Refused at step " + (step.ordinal() + 1));
        });
        assertThat(files(lead.workspace.folder())).isEqualTo(before);
        assertThat(everyRow()).isEqualTo(database);
    }

    /** The whole database as H2 scripts it, every table and row: H2 rewrites its file in the background, so it is compared so. */
    private java.util.List<String> everyRow() {
        return lead.workspace.jdbi().withHandle(h -> h.createQuery("SCRIPT").mapTo(String.class).list());
    }

    /** SHA-256 of every file of the evidence store, settings and key. */
    private static Map<String, String> files(Path workspace) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String part : new String[] {"evidence"}) {
            try (Stream<Path> walk = Files.walk(workspace.resolve(part))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    hashes.put(workspace.relativize(file).toString(), HexFormat.of().formatHex(Bytes.sha256(Files.readAllBytes(file))));
                }
            }
        }
        return hashes;
    }

    private Path raw(Consumer<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        edit.accept(copy);
        Path pack = dir.resolve("hostile-" + System.nanoTime() + ".leadpack");
        TestPackages.raw(copy, pack);
        return pack;
    }

    private Path resigned(java.util.function.BiFunction<String, String, String> lines) throws IOException {
        Path pack = dir.resolve("resigned-" + System.nanoTime() + ".leadpack");
        TestPackages.rewrite(good, pack, france.workspace, lines);
        return pack;
    }

    private String blob() {
        return entries.keySet().stream().filter(n -> n.startsWith("blobs/")).findFirst().orElseThrow();
    }

    @Test
    void aChangedByteInARecordIsFoundAtCompleteness() throws IOException {
        refused(raw(e -> e.put("records/leads.jsonl", TestPackages.flipLastByte(e.get("records/leads.jsonl")))),
                Step.COMPLETENESS, "records/leads.jsonl", "SHA-256 differs");
    }

    @Test
    void aChangedByteInABlobIsFoundAtCompleteness() throws IOException {
        String blob = blob();
        refused(raw(e -> e.put(blob, TestPackages.flipLastByte(e.get(blob)))), Step.COMPLETENESS, blob, "SHA-256 differs");
    }

    @Test
    void aChangedByteInTheManifestBreaksTheSignature() throws IOException {
        refused(raw(e -> e.put("leadpack.json", new String(e.get("leadpack.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Cyberprotect II", "Cyberprotect IX").getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                Step.SIGNATURE, "leadpack.sig", "signature does not verify");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws IOException {
        byte[] forged = SigningKeys.sign(lead.workspace.signingKey(), entries.get("leadpack.json"));
        refused(raw(e -> e.put("leadpack.sig", forged)), Step.SIGNATURE, "leadpack.sig", "signature does not verify");
    }

    @Test
    void aManifestWhoseKeyDoesNotMatchItsFingerprintIsRefused() throws IOException {
        String manifest = new String(entries.get("leadpack.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(france.fingerprint(), lead.fingerprint());
        byte[] bytes = utf8(manifest);
        byte[] signature = SigningKeys.sign(france.workspace.signingKey(), bytes);
        refused(raw(e -> {
            e.put("leadpack.json", bytes);
            e.put("leadpack.sig", signature);
        }), Step.SIGNATURE, "leadpack.json", "does not match its public key");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws IOException {
        refused(raw(e -> e.put("records/extra.jsonl", utf8("{}\n"))), Step.COMPLETENESS, "records/extra.jsonl", "does not list it");
    }

    @Test
    void aListedEntryThatIsMissingIsRefused() throws IOException {
        refused(raw(e -> e.remove("records/notes.jsonl")), Step.COMPLETENESS, "records/notes.jsonl", "does not hold it");
    }

    @Test
    void invalidUtf8InARecordIsRefusedAtContent() throws IOException {
        byte[] broken = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        refused(writeWithBytes("records/notes.jsonl", broken), Step.CONTENT, "records/notes.jsonl", "cannot be read");
    }

    /** A package with one records file replaced by exactly these bytes, re-listed and re-signed by France. */
    private Path writeWithBytes(String path, byte[] bytes) throws IOException {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.put(path, bytes);
        Path pack = dir.resolve("bytes-" + System.nanoTime() + ".leadpack");
        TestPackages.resign(copy, pack, france.workspace.signingKey(), m -> m);
        return pack;
    }

    @Test
    void jsonNestedTenThousandDeepIsRefusedAtContent() throws IOException {
        String deep = "{\"id\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}\n";
        refused(writeWithBytes("records/notes.jsonl", utf8(deep)), Step.CONTENT, "records/notes.jsonl", "cannot be read");
    }

    @Test
    void aHundredMegabyteStringIsRefusedAtContent() throws IOException {
        byte[] huge = new byte[100 * 1024 * 1024 + 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] head = utf8("{\"text\":\"");
        System.arraycopy(head, 0, huge, 0, head.length);
        huge[huge.length - 3] = '"';
        huge[huge.length - 2] = '}';
        huge[huge.length - 1] = '\n';
        // Stored, not deflated: deflated, the archive's ratio bound would refuse it at step 1 already.
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.put("records/notes.jsonl", huge);
        Path pack = dir.resolve("huge.leadpack");
        TestPackages.resign(copy, pack, france.workspace.signingKey(), m -> m, false);
        refused(pack, Step.CONTENT, "records/notes.jsonl", "cannot be read");
    }

    @Test
    void duplicateKeysAreRefusedAtContent() throws IOException {
        refused(resigned((path, line) -> path.equals("records/notes.jsonl") ? line.replaceFirst("\\{", "{\"text\":\"first\",") : line),
                Step.CONTENT, "records/notes.jsonl", "cannot be read");
    }

    @Test
    void aRecordThatRefersToAMissingLeadIsRefused() throws IOException {
        refused(resigned((path, line) -> path.equals("records/notes.jsonl")
                        ? line.replaceFirst("\"leadId\":\"[0-9a-f-]+\"", "\"leadId\":\"00000000-0000-4000-8000-000000000001\"") : line),
                Step.CONTENT, "records/notes.jsonl", "neither in the package nor in this operation");
    }

    @Test
    void aCaptureWhoseBlobIsMissingIsRefused() throws IOException {
        String blob = blob();
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.remove(blob);
        Path pack = dir.resolve("noblob.leadpack");
        TestPackages.resign(copy, pack, france.workspace.signingKey(), m -> m);
        refused(pack, Step.CONTENT, "records/captures.jsonl", "neither in the package nor in this workspace");
    }

    @Test
    void entryNamesThatClimbOutOrStartAtTheRootAreRefusedAtTheArchive() throws IOException {
        refused(raw(e -> e.put("../../.bashrc", utf8("echo owned\n"))), Step.ARCHIVE, null, "..");
        refused(raw(e -> e.put("/etc/cron.d/leadline", utf8("* * * * * root true\n"))), Step.ARCHIVE, null, "/");
        refused(raw(e -> e.put("records\\leads.jsonl", utf8("{}\n"))), Step.ARCHIVE, null, "backslash");
    }

    @Test
    void aZipBombIsRefusedAtTheArchiveBeforeItIsExpanded() throws IOException {
        // 64 MiB of zeros deflate to about 64 KiB: a ratio of a thousand.
        refused(raw(e -> e.put("records/notes.jsonl", new byte[64 * 1024 * 1024])), Step.ARCHIVE, "records/notes.jsonl", "zip bomb");
    }

    @Test
    void twoEntriesWhoseNamesDifferOnlyInCaseAreRefusedAtTheArchive() throws IOException {
        refused(raw(e -> e.put("records/LEADS.jsonl", e.get("records/leads.jsonl"))), Step.ARCHIVE, null, "");
    }

    @Test
    void notAZipIsRefusedAtTheArchive() throws IOException {
        Path pack = dir.resolve("text.leadpack");
        Files.writeString(pack, "leads: +33 6 12 34 56 78\n");
        assertThatThrownBy(() -> lead.importPackage(pack)).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.step()).isEqualTo(Step.ARCHIVE));
    }

    @Test
    void aTruncatedPackageIsRefusedAtTheArchive() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path pack = dir.resolve("half.leadpack");
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> lead.importPackage(pack)).isInstanceOfSatisfying(PackageRefusedException.class,
                e -> assertThat(e.step()).isEqualTo(Step.ARCHIVE));
    }
}
