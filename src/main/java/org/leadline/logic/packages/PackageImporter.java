package org.leadline.logic.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.evidence.EvidenceStore;
import org.leadline.logic.json.Json;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.packages.archive.PackageArchive;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Ids;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;
import org.leadline.persistence.TrustRepository;

/**
 * Takes verified packages in by the merge rules of package-format.md, each as one transaction: a record new to the
 * workspace is added; a higher version replaces a lower one; the same version with other content is a conflict whose
 * variants are all kept (the record shows the variant with the lowest content hash, so that any order of imports
 * shows the same one); leads of several officers with one value are one entity. Importing a package again changes
 * nothing. Cancelling or a crash rolls the whole import back.
 */
public final class PackageImporter {
    private static final int BATCH = 500;
    /** How much of the bar the records take, and where it stands once the entities are rebuilt (before the commit). */
    private static final int RECORDS_PERCENT = 90;
    private static final int ENTITIES_PERCENT = 95;

    private final Workspace workspace;
    private final PackageVerifier verifier;
    private final ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);

    public PackageImporter(Workspace workspace) {
        this(workspace, new PackageVerifier(workspace));
    }

    public PackageImporter(Workspace workspace, PackageVerifier verifier) {
        this.workspace = workspace;
        this.verifier = verifier;
    }

    /** Verifies and imports one package file. */
    public ImportSummary importFile(Path file, Progress progress) {
        return importVerified(verifier.verify(file, progress), progress);
    }

    /** What importing the package would do, without writing anything (the wizard's report before "Import"). */
    public ImportSummary plan(VerifiedPackage verified) {
        ImportSummary before = alreadyImported(verified);
        if (before != null) {
            return before;
        }
        // With write false, run() only reads.
        return workspace.jdbi().withHandle(handle -> run(handle, verified, false, List::of, Progress.NONE));
    }

    public ImportSummary importVerified(VerifiedPackage verified, Progress progress) {
        ImportSummary before = alreadyImported(verified);
        if (before != null) {
            return before;
        }
        // The new blobs are staged (decrypted, hashed again, encrypted into the store's temporary folder) on a thread of
        // their own while the records go in; the transaction waits for them before it gives them their names and commits.
        BlobStaging staging = new BlobStaging(verified, progress);
        boolean committed = false;
        try {
            ImportSummary summary = workspace.jdbi().inTransaction(handle -> run(handle, verified, true, staging::await, progress));
            committed = true;
            progress.report(100, 100);
            return summary;
        } finally {
            if (!committed) {
                staging.discard();
            }
        }
    }

    /** {@link #stageBlobs} on a thread of its own; {@link #await} gives its blobs or its failure. */
    private final class BlobStaging {
        private final Worker<List<EvidenceStore.PendingBlob>> worker;

        BlobStaging(VerifiedPackage verified, Progress progress) {
            worker = Worker.start("leadline-import-blobs", () -> stageBlobs(verified, progress));
        }

        List<EvidenceStore.PendingBlob> await() {
            return worker.result();
        }

        /** After a failure or a cancel: waits for the staging to end and removes what it staged. */
        void discard() {
            List<EvidenceStore.PendingBlob> staged = worker.awaitQuietly();
            if (staged != null) {
                staged.forEach(workspace.evidence()::discard);
            }
        }
    }

    private ImportSummary alreadyImported(VerifiedPackage verified) {
        Manifest m = verified.manifest();
        return workspace.jdbi().withHandle(handle -> new PackageRepository(handle).seen(m.packageId())
                .filter(seen -> seen.via() == null)
                .map(seen -> summary(verified, true, false, ImportSummary.emptyCounts(), 0))
                .orElse(null));
    }

    /** Streams the package's new blobs into the evidence store's temporary files, hashing them again as they go. */
    private List<EvidenceStore.PendingBlob> stageBlobs(VerifiedPackage verified, Progress progress) {
        List<EvidenceStore.PendingBlob> pending = new ArrayList<>();
        EvidenceStore store = workspace.evidence();
        List<String> fresh = verified.blobs().stream().filter(sha -> !store.contains(sha)).toList();
        boolean complete = false;
        try (PackageArchive archive = PackageArchive.open(verified.file(), PackageLimits.DEFAULT)) {
            for (String sha : fresh) {
                String entry = "blobs/" + sha;
                try (InputStream in = archive.open(entry)) {
                    // Held until the commit: without its head (a screenshot's every byte), which nothing here inspects.
                    EvidenceStore.PendingBlob blob = store.write(in, entry, PackageLimits.DEFAULT.maxEntryBytes(), n -> { })
                            .withoutContent();
                    pending.add(blob);
                    if (!blob.sha256().equals(sha)) {
                        throw new PackageRefusedException(Step.COMPLETENESS, entry, "The blob changed after it was verified.");
                    }
                }
                if (progress.cancelled()) {
                    throw new CancelledException("The import was cancelled; nothing was written.");
                }
            }
            complete = true;
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException("The package's evidence could not be stored: " + e.getMessage(), e);
        } finally {
            if (!complete) {
                pending.forEach(store::discard);
            }
        }
    }

    private ImportSummary run(Handle handle, VerifiedPackage verified, boolean write,
                              java.util.function.Supplier<List<EvidenceStore.PendingBlob>> staged, Progress progress) {
        Manifest m = verified.manifest();
        Instant now = workspace.clock().instant().truncatedTo(ChronoUnit.MICROS);
        OperationRepository operations = new OperationRepository(handle);
        boolean newOperation = operations.byId(m.operation().id()).isEmpty();
        admit(operations, verified, newOperation);
        if (write) {
            if (newOperation) {
                operations.insert(new Operation(m.operation().id(), m.operation().name(), region(m), null, null, now));
                if (m.operation().training()) {
                    operations.markTraining(m.operation().id());
                }
            }
            knowSigners(handle, verified, now);
        }
        MergeWriter writer = new MergeWriter(handle, workspace.owner().fingerprint(), now, verified.recordsOf(RecordTypes.SIGHTINGS),
                verified.recordsOf(RecordTypes.NOTES));
        PackageRecordRepository repository = new PackageRecordRepository(handle);
        PackageRepository packages = new PackageRepository(handle);
        Map<String, ImportSummary.Counts> counts = ImportSummary.emptyCounts();
        long total = verified.recordCount();
        long[] done = {0};
        // The records are most of the bar; the entities, the evidence and the commit after them take seconds for a full
        // package, shown as the last tenth rather than a full bar that seems to hang.
        Progress records = Progress.span(progress, 0, RECORDS_PERCENT);
        for (RecordType<?> type : RecordTypes.ALL) {
            counts.put(type.name(), merge(type, verified, repository, packages, writer, write, records, done, total));
            if (write) {
                // What refers to this type comes later: its rows must be in before.
                writer.flush();
            }
        }
        if (write) {
            writer.refreshEntities(() -> checkCancelled(progress));
            checkCancelled(progress);
            progress.report(ENTITIES_PERCENT, 100);
        }
        List<EvidenceStore.PendingBlob> blobs = staged.get();
        ImportSummary summary = summary(verified, false, newOperation, counts, blobs.size());
        if (write) {
            recordPackages(packages, verified, summary, now);
            AuditLog.record(handle, workspace.owner().fingerprint(), now, "package.import", "package", m.packageId(), null,
                    Map.of("signer", m.signer().fingerprint(), "kind", m.kind(), "sequence", m.sequence(), "counts", counts));
            try {
                // Last, inside the transaction: a committed record always has its bytes (as attach does).
                workspace.evidence().commitAll(blobs);
            } catch (IOException e) {
                throw new UncheckedIOException("The package's evidence could not be stored: " + e.getMessage(), e);
            }
        }
        return summary;
    }

    private void admit(OperationRepository operations, VerifiedPackage verified, boolean newOperation) {
        Manifest m = verified.manifest();
        PackageKind kind = m.packageKind();
        if (kind.training() != m.operation().training()) {
            throw new PackageRefusedException(Step.ADMISSION, PackageVerifier.MANIFEST, "A " + kind.wireName() + " package names a "
                    + (m.operation().training() ? "training" : "real") + " operation; the two never mix.");
        }
        if (!newOperation && operations.isTraining(m.operation().id()) != kind.training()) {
            throw new PackageRefusedException(Step.ADMISSION, null, kind.training()
                    ? "This is a training package; it can never enter the real operation " + m.operation().name() + "."
                    : "This is a real operation's package; it can never enter the training exercise " + m.operation().name() + ".");
        }
    }

    private static String region(Manifest m) {
        String region = m.operation().defaultRegion();
        if (region != null && region.matches("[A-Z]{2}")) {
            return region;
        }
        String country = m.signer().country();
        return country != null && country.matches("[A-Z]{2}") ? country : "ZZ";
    }

    /** The signer and the officers of merged packages become known colleagues, for provenance; trust is not changed. */
    private void knowSigners(Handle handle, VerifiedPackage verified, Instant now) {
        OfficerRepository officers = new OfficerRepository(handle);
        List<Manifest.Signer> signers = new ArrayList<>();
        signers.add(verified.manifest().signer());
        verified.embedded().forEach(e -> signers.add(e.manifest().signer()));
        for (Manifest.Signer signer : signers) {
            if (officers.byFingerprint(signer.fingerprint()).isPresent()) {
                continue;
            }
            UUID id = signer.officerId() == null || officers.idTaken(signer.officerId()) ? Ids.newId() : signer.officerId();
            officers.insertColleague(new Officer(id, text(signer.name(), "unknown officer"), text(signer.agency(), ""),
                    signer.country() != null && signer.country().matches("[A-Z]{2}") ? signer.country() : "ZZ",
                    Base64.getDecoder().decode(signer.publicKey()), signer.fingerprint()), now);
        }
        Manifest.Signer signer = verified.manifest().signer();
        if (signer.transportKey() != null) {
            TrustRepository trust = new TrustRepository(handle);
            trust.byFingerprint(signer.fingerprint()).filter(key -> key.transportKey() == null).ifPresent(key -> {
                try {
                    trust.setTransportKey(signer.fingerprint(), Base64.getDecoder().decode(signer.transportKey()));
                } catch (IllegalArgumentException ignored) {
                    // A transport key that is not base64 is left unknown; the package itself verified.
                }
            });
        }
    }

    private static String text(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return value.length() > 200 ? value.substring(0, 200) : value;
    }

    private <T> ImportSummary.Counts merge(RecordType<T> type, VerifiedPackage verified, PackageRecordRepository repository,
                                           PackageRepository packages, MergeWriter writer, boolean write, Progress progress,
                                           long[] done, long total) {
        List<T> incoming = verified.recordsOf(type);
        int added = 0;
        int updated = 0;
        int present = 0;
        int conflicts = 0;
        for (int from = 0; from < incoming.size(); from += BATCH) {
            List<T> batch = incoming.subList(from, Math.min(incoming.size(), from + BATCH));
            Map<UUID, T> local = type.local(repository, batch.stream().map(type::id).toList());
            for (T record : batch) {
                T mine = local.get(type.id(record));
                if (mine == null) {
                    added++;
                    if (write) {
                        type.insert(writer, record);
                    }
                } else if (type.version(record) > type.version(mine)) {
                    updated++;
                    if (write) {
                        type.update(writer, mine, record);
                        packages.settleConflicts(type.table(), type.id(record), type.version(record));
                        AuditLog.record(writer.handle(), type.origin(record), writer.now(), "package.update", type.table(),
                                type.id(record), mine, record);
                    }
                } else if (type.version(record) < type.version(mine)) {
                    present++;
                } else {
                    String mineJson = json(mine);
                    String theirsJson = json(record);
                    if (mineJson.equals(theirsJson)) {
                        present++;
                    } else {
                        conflicts++;
                        if (write) {
                            keepConflict(type, mine, record, mineJson, theirsJson, verified, packages, writer);
                        }
                    }
                }
            }
            done[0] += batch.size();
            progress.report(done[0], total);
            if (write) {
                checkCancelled(progress);
            }
        }
        return new ImportSummary.Counts(added, updated, present, conflicts);
    }

    private <T> void keepConflict(RecordType<T> type, T mine, T theirs, String mineJson, String theirsJson, VerifiedPackage verified,
                                  PackageRepository packages, MergeWriter writer) {
        String mineSha = WireFormat.contentSha(mineJson);
        String theirsSha = WireFormat.contentSha(theirsJson);
        UUID operationId = verified.manifest().operation().id();
        packages.keepConflict(new PackageRepository.Conflict(type.table(), type.id(mine), type.version(mine), mineSha, operationId,
                type.origin(mine), mineJson, null, writer.now()));
        packages.keepConflict(new PackageRepository.Conflict(type.table(), type.id(theirs), type.version(theirs), theirsSha,
                operationId, type.origin(theirs), theirsJson, verified.manifest().packageId(), writer.now()));
        if (theirsSha.compareTo(mineSha) < 0) {
            type.update(writer, mine, theirs);
        }
        AuditLog.record(writer.handle(), type.origin(theirs), writer.now(), "package.conflict", type.table(), type.id(theirs),
                mine, theirs);
    }

    private void recordPackages(PackageRepository packages, VerifiedPackage verified, ImportSummary summary, Instant now) {
        Manifest m = verified.manifest();
        String summaryJson = Json.write(summary);
        if (packages.seen(m.packageId()).isPresent()) {
            packages.markImportedDirectly(m.packageId(), now, summaryJson);
        } else {
            packages.insertSeen(new PackageRepository.SeenPackage(m.packageId(), m.operation().id(), m.kind(),
                    m.signer().fingerprint(), m.sequence(), m.createdAt(), verified.manifestBytes(), verified.signature(), null, now,
                    summaryJson));
        }
        for (EmbeddedPackage embedded : verified.embedded()) {
            Manifest inner = embedded.manifest();
            if (packages.seen(inner.packageId()).isEmpty()) {
                packages.insertSeen(new PackageRepository.SeenPackage(inner.packageId(), inner.operation().id(), inner.kind(),
                        inner.signer().fingerprint(), inner.sequence(), inner.createdAt(), embedded.manifestBytes(),
                        embedded.signature(), m.packageId(), now, null));
            }
        }
    }

    private ImportSummary summary(VerifiedPackage verified, boolean already, boolean newOperation,
                                  Map<String, ImportSummary.Counts> counts, int blobs) {
        Manifest m = verified.manifest();
        return new ImportSummary(m.packageId(), m.signer().fingerprint(), m.signer().name(), m.signer().country(),
                m.packageKind(), m.sequence(), m.operation().id(), m.operation().name(), already, newOperation, counts, blobs,
                verified.warnings());
    }

    private String json(Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record cannot be written as JSON", e);
        }
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException("The import was cancelled; nothing was written.");
        }
    }
}
