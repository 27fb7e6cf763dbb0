package org.leadline.logic.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.leadline.logic.ToolVersion;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.packages.archive.EntryDigest;
import org.leadline.logic.packages.archive.PackageArchiveWriter;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.packages.transport.SealedPackage;
import org.leadline.logic.packages.transport.TransportKeys;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.SigningKeys;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.Ids;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;
import org.leadline.persistence.ReportRepository;
import org.leadline.persistence.SettingRepository;
import org.leadline.persistence.TrustRepository;
import org.leadline.model.TrustedKey;

/**
 * Writes the signed package of an operation (package-format.md): the records as one consistent snapshot, the evidence
 * blobs they use streamed from the encrypted store, then the manifest listing every entry's size and hash, signed with
 * the officer's key. The file takes its name only when complete.
 */
public final class PackageExporter {
    static final String SEQUENCE_SETTING = "package.sequence";
    private static final int BUFFER = 1 << 20;

    private final Workspace workspace;
    private final ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);

    public PackageExporter(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What was written: the package's id, its sequence, the signer's fingerprint, records per type and bytes. */
    public record ExportResult(Path file, UUID packageId, PackageKind kind, long sequence, String fingerprint,
                               Map<String, Long> counts, int blobs, long bytes, List<String> sealedFor) {
    }

    /** The records of one snapshot of an operation, with the blobs their captures name. */
    private record Snapshot(Operation operation, boolean training, Map<RecordType<?>, List<?>> records, Set<String> blobs,
                            List<PackageRepository.SeenPackage> provenance) {
    }

    /** The kinds an operation can be exported as: officer and merged for a real one, submission and exercise for training. */
    public List<PackageKind> kindsFor(UUID operationId) {
        boolean training = workspace.jdbi().withHandle(handle -> new OperationRepository(handle).isTraining(operationId));
        return training ? List.of(PackageKind.SUBMISSION, PackageKind.EXERCISE) : List.of(PackageKind.OFFICER, PackageKind.MERGED);
    }

    /**
     * The kind the export dialog offers first: a merged package where the operation holds colleagues' lead records and
     * none of the owner's (a team lead's merge workspace: their own package would be empty), else the first of
     * {@link #kindsFor}.
     */
    public PackageKind suggestedKind(UUID operationId) {
        List<PackageKind> kinds = kindsFor(operationId);
        if (!kinds.contains(PackageKind.MERGED)) {
            return kinds.get(0);
        }
        List<String> origins = workspace.jdbi().withHandle(handle -> new ReportRepository(handle).officerOrigins(operationId));
        return !origins.isEmpty() && !origins.contains(workspace.owner().fingerprint()) ? PackageKind.MERGED : kinds.get(0);
    }

    public ExportResult export(UUID operationId, PackageKind kind, Path target, Progress progress) {
        return export(operationId, kind, target, List.of(), progress);
    }

    /**
     * Writes the package; with recipients (fingerprints of trusted colleagues, or the officer's own) it is sealed for
     * them, the plain package existing only in the workspace's temporary folder until sealed.
     */
    public ExportResult export(UUID operationId, PackageKind kind, Path target, List<String> recipients, Progress progress) {
        if (recipients.isEmpty()) {
            return write(operationId, kind, target, Map.of(), progress);
        }
        List<SealedPackage.Recipient> sealFor = recipients(recipients);
        Path plain = PackageFile.temporaryFile(workspace, "export-");
        try {
            ExportResult written = write(operationId, kind, plain, Map.of(), progress);
            long total = written.bytes();
            SealedPackage.seal(plain, sealFor, target, n -> progress.report(n, total), progress::cancelled);
            return new ExportResult(target, written.packageId(), kind, written.sequence(), written.fingerprint(), written.counts(),
                    written.blobs(), written.bytes(), sealFor.stream().map(SealedPackage.Recipient::fingerprint).toList());
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(plain);
            } catch (IOException ignored) {
                // Removed with the other leftovers at the next open.
            }
        }
    }

    private List<SealedPackage.Recipient> recipients(List<String> fingerprints) {
        List<SealedPackage.Recipient> out = new ArrayList<>();
        for (String typed : fingerprints) {
            String fp = TrustService.normalize(typed);
            if (fp.equals(workspace.owner().fingerprint())) {
                out.add(new SealedPackage.Recipient(fp, workspace.transportPublicKey()));
                continue;
            }
            TrustedKey key = workspace.jdbi().withHandle(handle -> new TrustRepository(handle).byFingerprint(fp))
                    .orElseThrow(() -> new IllegalArgumentException("The key " + Bytes.groupsOfFour(fp)
                            + " is not in the trust list: a package is encrypted only for trusted colleagues."));
            if (key.transportKey() == null) {
                throw new IllegalArgumentException("No encryption key is known for " + key.name() + " (" + Bytes.groupsOfFour(fp)
                        + "): import one of their packages or their key file first.");
            }
            out.add(new SealedPackage.Recipient(fp, key.transportKey()));
        }
        return out;
    }

    /**
     * An exercise package (the trainer's material) with the training entries of {@link TrainingEntries} beside it: the
     * exercise's rules in both copies, the answer key in the trainer's only.
     */
    public ExportResult exportExercise(UUID operationId, Path target, Map<String, byte[]> trainingEntries, Progress progress) {
        for (String path : trainingEntries.keySet()) {
            if (!TrainingEntries.ALL.contains(path)) {
                throw new IllegalArgumentException(path + " is not an entry of an exercise package.");
            }
        }
        return write(operationId, PackageKind.EXERCISE, target, trainingEntries, progress);
    }

    private ExportResult write(UUID operationId, PackageKind kind, Path target, Map<String, byte[]> extras, Progress progress) {
        Snapshot snapshot = snapshot(operationId, kind);
        if (kind.training() != snapshot.training()) {
            throw new IllegalArgumentException(kind.training()
                    ? "A " + kind.wireName() + " package is made from a training operation; " + snapshot.operation().name() + " is a real one."
                    : "The operation " + snapshot.operation().name() + " is a training exercise: export it as an exercise or a submission.");
        }
        Map<String, Long> blobSizes = blobSizes(snapshot);
        long totalBytes = blobSizes.values().stream().mapToLong(Long::longValue).sum();
        long[] done = {0};
        Officer me = workspace.owner();
        // The blobs are decrypted ahead on another thread while the records are written and each blob before is hashed.
        try (BlobPrefetch prefetch = new BlobPrefetch(workspace.evidence(), blobSizes);
             PackageArchiveWriter writer = PackageArchiveWriter.create(target)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (RecordType<?> type : RecordTypes.ALL) {
                List<?> records = snapshot.records().get(type);
                if (!records.isEmpty()) {
                    writeRecords(writer, type.path(), records);
                    counts.put(type.name(), (long) records.size());
                }
                checkCancelled(progress);
            }
            for (Map.Entry<String, byte[]> extra : extras.entrySet()) {
                try (OutputStream out = writer.entry(extra.getKey(), true)) {
                    out.write(extra.getValue());
                }
                counts.put(extra.getKey().substring("records/".length(), extra.getKey().length() - ".jsonl".length()),
                        lines(extra.getValue()));
            }
            if (!snapshot.provenance().isEmpty()) {
                List<EmbeddedPackage.Wire> wire = snapshot.provenance().stream()
                        .map(seen -> new EmbeddedPackage.Wire(Base64.getEncoder().encodeToString(seen.manifest()),
                                Base64.getEncoder().encodeToString(seen.signature())))
                        .toList();
                writeRecords(writer, EmbeddedPackage.PATH, wire);
                counts.put(EmbeddedPackage.NAME, (long) wire.size());
            }
            byte[] buffer = new byte[BUFFER];
            LongConsumer written = n -> {
                done[0] += n;
                progress.report(done[0], totalBytes);
                checkCancelled(progress);
            };
            for (String sha : snapshot.blobs()) {
                try (BlobPrefetch.Taken blob = prefetch.next(sha)) {
                    if (blob.content() != null) {
                        writer.entry("blobs/" + sha, blob.content());
                        written.accept(blob.content().size());
                    } else {
                        stream(sha, writer, buffer, written);
                    }
                } catch (BlobPrefetch.DamagedBlob damaged) {
                    throw new IOException(damagedCapture(damaged, snapshot), damaged);
                }
            }
            long sequence = nextSequence();
            Manifest manifest = new Manifest(Manifest.FORMAT, Ids.newId(), kind.wireName(),
                    workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                    new Manifest.OperationRef(snapshot.operation().id(), snapshot.operation().name(),
                            snapshot.operation().defaultRegion(), snapshot.training()),
                    signer(workspace), sequence, ToolVersion.current(), counts,
                    writer.digests().stream().map(d -> new Manifest.Entry(d.name(), d.size(), d.sha256())).toList());
            byte[] manifestBytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            byte[] signature = SigningKeys.sign(workspace.signingKey(), manifestBytes);
            writer.finish(manifestBytes, signature);
            recordExport(manifest, sequence);
            long bytes = writer.digests().stream().mapToLong(EntryDigest::size).sum();
            return new ExportResult(target, manifest.packageId(), kind, sequence, me.fingerprint(), counts,
                    snapshot.blobs().size(), bytes, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("The package " + target.getFileName() + " could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * A damaged blob named as the officer attached it: the file name and capture time of the first capture of it, so
     * that it can be found in the evidence grid.
     */
    private static String damagedCapture(BlobPrefetch.DamagedBlob damaged, Snapshot snapshot) {
        List<Capture> captures = snapshot.records().get(RecordTypes.CAPTURES).stream().map(Capture.class::cast)
                .filter(capture -> capture.sha256().equals(damaged.sha256())).toList();
        if (captures.isEmpty()) {
            return damaged.getMessage();
        }
        Capture first = captures.stream().min(Comparator.comparing(Capture::capturedAt)).orElseThrow();
        int more = captures.size() - 1;
        String others = more == 0 ? "" : ", and " + more + " other capture" + (more == 1 ? "" : "s") + " of the same file";
        return BlobPrefetch.DamagedBlob.sentence(first.originalName() + " (captured " + CAPTURE_TIME.format(first.capturedAt())
                + " UTC" + others + "; blob " + damaged.sha256() + ")");
    }

    private static final DateTimeFormatter CAPTURE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A blob too large to be held, from the store to its entry, hashed as it passes and checked against its name. */
    private void stream(String sha, PackageArchiveWriter writer, byte[] buffer, LongConsumer written) throws IOException {
        try (InputStream in = workspace.evidence().open(sha); OutputStream out = writer.entry("blobs/" + sha, false)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                written.accept(n);
            }
        }
        if (!writer.lastDigest().sha256().equals(sha)) {
            throw BlobPrefetch.mismatch(sha);
        }
    }

    private Snapshot snapshot(UUID operationId, PackageKind kind) {
        // One snapshot: an officer who keeps working while the export runs never gets half an edit into the package.
        return workspace.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Operation operation = new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            boolean training = new OperationRepository(handle).isTraining(operationId);
            // An officer's package carries their own records; a merged one everybody's, with the packages they came in;
            // an exercise the trainer's material only (posts and captures): the leads, offers and checks are the answers.
            String origin = kind == PackageKind.MERGED ? null : workspace.owner().fingerprint();
            PackageRecordRepository repository = new PackageRecordRepository(handle);
            Map<RecordType<?>, List<?>> records = new LinkedHashMap<>();
            for (RecordType<?> type : RecordTypes.ALL) {
                boolean carried = kind != PackageKind.EXERCISE || type == RecordTypes.POSTS || type == RecordTypes.CAPTURES;
                records.put(type, carried ? type.export(repository, operationId, origin) : List.of());
            }
            Set<String> blobs = new LinkedHashSet<>();
            for (Object capture : records.get(RecordTypes.CAPTURES)) {
                blobs.add(((Capture) capture).sha256());
            }
            List<PackageRepository.SeenPackage> provenance = kind == PackageKind.MERGED
                    ? new PackageRepository(handle).seenInOperation(operationId) : List.of();
            return new Snapshot(operation, training, records, blobs, provenance);
        });
    }

    /** Each blob's plain size as its captures record it, in the order they are written. */
    private static Map<String, Long> blobSizes(Snapshot snapshot) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Object capture : snapshot.records().get(RecordTypes.CAPTURES)) {
            Capture c = (Capture) capture;
            sizes.putIfAbsent(c.sha256(), c.size());
        }
        for (String sha : snapshot.blobs()) {
            sizes.putIfAbsent(sha, -1L);
        }
        return sizes;
    }

    private static long lines(byte[] jsonl) {
        long n = 0;
        for (byte b : jsonl) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private void writeRecords(PackageArchiveWriter writer, String path, List<?> records) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(writer.entry(path, true), BUFFER)) {
            for (Object record : records) {
                out.write(line(record));
            }
        }
    }

    private byte[] line(Object record) {
        try {
            byte[] json = mapper.writeValueAsBytes(record);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record cannot be written as JSON", e);
        }
    }

    /** The workspace's officer as manifests and key files name them, with the key packages are encrypted to. */
    static Manifest.Signer signer(Workspace workspace) {
        Officer officer = workspace.owner();
        return new Manifest.Signer(officer.id(), officer.name(), officer.agency(), officer.country(),
                Base64.getEncoder().encodeToString(officer.publicKey()), officer.fingerprint(),
                TransportKeys.toBase64(workspace.transportPublicKey()));
    }

    private long nextSequence() {
        return workspace.jdbi().withHandle(handle -> new SettingRepository(handle).get(SEQUENCE_SETTING).map(Long::parseLong).orElse(0L)) + 1;
    }

    private void recordExport(Manifest manifest, long sequence) {
        Instant now = workspace.clock().instant();
        workspace.jdbi().useTransaction(handle -> {
            new SettingRepository(handle).put(SEQUENCE_SETTING, Long.toString(sequence));
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "package.export", "package", manifest.packageId(), null,
                    Map.of("kind", manifest.kind(), "sequence", sequence, "operation", manifest.operation().id(),
                            "counts", manifest.counts()));
        });
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("The export was cancelled; no package was written.");
        }
    }
}
