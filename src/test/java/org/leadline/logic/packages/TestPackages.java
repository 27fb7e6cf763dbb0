package org.leadline.logic.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.leadline.logic.packages.archive.PackageArchiveWriter;
import org.leadline.logic.workspace.SigningKeys;
import org.leadline.logic.workspace.Workspace;

/** Packages changed on purpose: re-signed variants (for merge and content rules) and raw edits (for hostile input). */
public final class TestPackages {
    private TestPackages() {
    }

    /** The entries of a package as stored, in order. */
    static Map<String, byte[]> entries(Path pack) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    public static void rewrite(Path source, Path target, Workspace signer, BiFunction<String, String, String> lines) throws IOException {
        rewrite(source, target, signer, lines, manifest -> manifest);
    }

    /** Rewrites the records line by line, then writes a correct manifest for them (edited as text) signed by the workspace. */
    /**
     * A second variant of the same version of every lead record of an officer's package, tagged "restored": what a
     * restored backup that kept working would send. Taking both in makes a conflict.
     */
    public static void restoredVariant(Path original, Path target, Workspace signer) throws IOException {
        rewrite(original, target, signer, (path, line) ->
                path.equals("records/leads.jsonl") ? line.replace("\"tags\":[]", "\"tags\":[\"restored\"]") : line);
    }

    static void rewrite(Path source, Path target, Workspace signer, BiFunction<String, String, String> lines,
                        UnaryOperator<String> manifestEdit) throws IOException {
        Map<String, byte[]> entries = entries(source);
        entries.replaceAll((path, bytes) -> {
            if (!path.startsWith("records/")) {
                return bytes;
            }
            StringBuilder out = new StringBuilder();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    out.append(lines.apply(path, line)).append('\n');
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
        resign(entries, target, signer.signingKey(), manifestEdit);
    }

    /** Writes the given entries (manifest and signature left out) under a fresh manifest signed with the key. */
    static void resign(Map<String, byte[]> entries, Path target, PrivateKey key, UnaryOperator<String> manifestEdit) throws IOException {
        resign(entries, target, key, manifestEdit, true);
    }

    static void resign(Map<String, byte[]> entries, Path target, PrivateKey key, UnaryOperator<String> manifestEdit,
                       boolean deflateRecords) throws IOException {
        ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);
        Manifest old = mapper.readValue(entries.get("leadpack.json"), Manifest.class);
        try (PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().startsWith("leadpack.")) {
                    writer.entry(entry.getKey(), entry.getValue(), deflateRecords && entry.getKey().startsWith("records/"));
                }
            }
            Manifest manifest = new Manifest(old.format(), java.util.UUID.randomUUID(), old.kind(), old.createdAt(), old.operation(),
                    old.signer(), old.sequence(), old.toolVersion(), old.counts(),
                    writer.digests().stream().map(d -> new Manifest.Entry(d.name(), d.size(), d.sha256())).toList());
            byte[] bytes = manifestEdit.apply(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(manifest))
                    .getBytes(StandardCharsets.UTF_8);
            writer.finish(bytes, SigningKeys.sign(key, bytes));
        }
    }

    /** Writes entries exactly as given, with java.util.zip (deflated), nothing recomputed: for broken packages. */
    static void raw(Map<String, byte[]> entries, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    static byte[] flipLastByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= 0x01;
        return copy;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a);
        out.write(b);
        return out.toByteArray();
    }
}
