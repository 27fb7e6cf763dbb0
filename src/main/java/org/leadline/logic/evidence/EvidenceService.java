package org.leadline.logic.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.ToolVersion;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.EvidenceStore.PendingBlob;
import org.leadline.logic.evidence.ImageInspector.Inspection;
import org.leadline.logic.json.Json;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.AuditEntry;
import org.leadline.model.Capture;
import org.leadline.model.Capture.Derivation;
import org.leadline.model.CaptureLink;
import org.leadline.model.CaptureSummary;
import org.leadline.model.Ids;
import org.leadline.model.Lead;
import org.leadline.model.Officer;
import org.leadline.model.Sighting;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.SettingRepository;
import org.leadline.persistence.SightingRepository;

/**
 * Capturing evidence: files, pasted images and screen regions become capture records whose bytes are hashed while
 * they are read, encrypted into the evidence store and never changed again. A batch is all or nothing: every file is
 * read, hashed and inspected before the one transaction that records them.
 */
public final class EvidenceService {
    public static final long DEFAULT_MAX_BYTES = 500L * 1024 * 1024;
    static final String MAX_BYTES_SETTING = "evidence.max-bytes";

    private final Workspace workspace;

    public EvidenceService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Something to capture: a file, or bytes that were never a file (a pasted image, a screen region). */
    public record Source(String name, Path file, byte[] bytes) {
        public static Source file(Path file) {
            return new Source(file.getFileName().toString(), file, null);
        }

        public static Source bytes(String name, byte[] bytes) {
            return new Source(name, null, bytes);
        }

        long size() throws IOException {
            return file != null ? Files.size(file) : bytes.length;
        }

        InputStream open() throws IOException {
            return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
        }
    }

    /** What the officer says about the capture; null fields are taken from the first lead it is attached to. */
    public record Context(String sourceUrl, String platform, String note, ZoneId zone, boolean keepBroken) {
        public static Context plain() {
            return new Context(null, null, null, ZoneId.systemDefault(), false);
        }

        public Context keepingBroken() {
            return new Context(sourceUrl, platform, note, zone, true);
        }
    }

    /**
     * What a capture is attached to: a lead, by its entity id as the lead table shows it, through a capture link; or one
     * of the officer's own offers or document records, which name their evidence themselves (their lists of capture
     * ids travel with them), so the capture is added to that list, in the transaction that records it.
     */
    public record Target(CaptureLink.Target type, UUID id) {
        public static Target lead(UUID entityId) {
            return new Target(CaptureLink.Target.LEAD, entityId);
        }

        public static Target offer(UUID offerId) {
            return new Target(CaptureLink.Target.OFFER, offerId);
        }

        public static Target document(UUID documentId) {
            return new Target(CaptureLink.Target.DOCUMENT, documentId);
        }
    }

    /** One captured item: its record, and whether these bytes were already the officer's evidence in the operation. */
    public record Attached(UUID captureId, String sha256, String name, boolean alreadyCaptured, String previewIssue) {
    }

    public long maxBytes() {
        return workspace.jdbi().withHandle(handle -> new SettingRepository(handle).get(MAX_BYTES_SETTING)
                .map(Long::parseLong).orElse(DEFAULT_MAX_BYTES));
    }

    public void setMaxBytes(long bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("The evidence size limit must be at least 1 KB.");
        }
        workspace.jdbi().useTransaction(handle -> new SettingRepository(handle).put(MAX_BYTES_SETTING, Long.toString(bytes)));
    }

    /**
     * Captures every source and attaches it to every target, or nothing at all: a refused file names itself and
     * leaves the workspace as it was.
     */
    public List<Attached> attach(UUID operationId, List<Source> sources, Context context, List<Target> targets, Progress progress) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to attach.");
        }
        long limit = maxBytes();
        long total = 0;
        long[] sizes = new long[sources.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sizeOf(sources.get(i), limit);
            total += sizes[i];
        }
        // An offer or a document that cannot take evidence is refused before any file is read.
        workspace.jdbi().useHandle(handle -> requireNamingTargets(handle, operationId, targets));
        workspace.evidence().warmUpFor(total);
        List<Read> read = new ArrayList<>();
        try {
            read.addAll(readAll(sources, sizes, limit, total, context, progress));
            if (progress.cancelled()) {
                throw new CancelledException("Attaching was cancelled; nothing was stored.");
            }
            return workspace.jdbi().inTransaction(handle -> record(handle, operationId, read, context, targets));
        } catch (IOException e) {
            throw new EvidenceException("A file could not be stored: " + e.getMessage(), e);
        } finally {
            for (Read item : read) {
                if (Files.exists(item.blob.file())) {
                    workspace.evidence().discard(item.blob);
                }
            }
        }
    }

    /**
     * Reads, hashes, encrypts and inspects every source, two or more at a time (hashing and encryption keep a core
     * busy each). The first refusal stops the rest and discards whatever was read.
     */
    private List<Read> readAll(List<Source> sources, long[] sizes, long limit, long total, Context context, Progress progress) {
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        int threads = Math.min(sources.size(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "leadline-evidence-read");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Read>> reads = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            long size = sizes[i];
            reads.add(pool.submit(() -> stop.get() || progress.cancelled() ? null
                    : read(source, size, limit, total, done, context, progress)));
        }
        pool.shutdown();
        List<Read> read = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<Read> future : reads) {
            try {
                Read item = future.get();
                if (item != null) {
                    read.add(item);
                }
            } catch (ExecutionException e) {
                stop.set(true);
                if (failure == null) {
                    failure = asSentence(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                failure = new CancelledException("Attaching was interrupted; nothing was stored.");
            }
        }
        if (failure != null || progress.cancelled()) {
            read.forEach(item -> workspace.evidence().discard(item.blob));
            throw failure != null ? failure : new CancelledException("Attaching was cancelled; nothing was stored.");
        }
        return read;
    }

    private Read read(Source source, long size, long limit, long total, AtomicLong done, Context context, Progress progress)
            throws IOException {
        PendingBlob blob;
        try (InputStream in = source.open()) {
            blob = workspace.evidence().write(in, source.name(), limit, size, n -> progress.report(done.addAndGet(n), total));
        }
        try {
            Inspection inspection = ImageInspector.inspect(source.name(), blob, () -> workspace.evidence().openPending(blob),
                    context.keepBroken());
            return new Read(source, blob.withoutContent(), inspection);
        } catch (IOException | RuntimeException e) {
            workspace.evidence().discard(blob);
            throw e;
        }
    }

    private static RuntimeException asSentence(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof NoSuchFileException missing) {
            return new EvidenceException("The file " + missing.getFile() + " does not exist.", missing);
        }
        return new EvidenceException("A file could not be read: " + cause.getMessage(), cause);
    }

    private record Read(Source source, PendingBlob blob, Inspection inspection) {
    }

    private static long sizeOf(Source source, long limit) {
        try {
            long size = source.size();
            if (size > limit) {
                throw new EvidenceException(source.name() + " is " + Sizes.readable(size) + ", larger than the limit of "
                        + Sizes.readable(limit) + " for one piece of evidence.");
            }
            return size;
        } catch (NoSuchFileException e) {
            throw new EvidenceException("The file " + source.file() + " does not exist.", e);
        } catch (IOException e) {
            throw new EvidenceException("The file " + source.file() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the batch's records in one transaction: the officer's earlier captures of the same bytes are looked up at
     * once, new capture records, their links and their audit entries go in as prepared batches.
     */
    private List<Attached> record(Handle handle, UUID operationId, List<Read> read, Context context, List<Target> targets)
            throws IOException {
        new OperationRepository(handle).byId(operationId)
                .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
        Instant now = now();
        List<ResolvedTarget> resolved = resolve(handle, operationId, targets);
        LeadSource fallback = leadSource(handle, resolved);
        CaptureRepository captures = new CaptureRepository(handle);
        Map<String, Capture> earlier = captures.ownOriginals(operationId, read.stream().map(item -> item.blob.sha256()).toList(), me());
        Map<String, Capture> madeNow = new HashMap<>();
        List<Capture> fresh = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<CaptureLink> links = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        List<Attached> attached = new ArrayList<>();
        for (Read item : read) {
            String sha = item.blob.sha256();
            Capture existing = earlier.containsKey(sha) ? earlier.get(sha) : madeNow.get(sha);
            if (existing == null) {
                Capture capture = newCapture(operationId, item, context, fallback, now);
                String json = Json.write(capture);
                fresh.add(capture);
                hashes.add(recordHash(json));
                audit.add(new AuditEntry(0, now, me(), "capture.add", "capture", capture.id().toString(), null, json));
                for (ResolvedTarget target : linked(resolved)) {
                    CaptureLink link = new CaptureLink(Ids.newId(), operationId, capture.id(), target.type(), target.id(), me(),
                            1, now, now, false);
                    links.add(link);
                    audit.add(AuditLog.entry(me(), now, "capture.link", "capture", capture.id(), null, link));
                }
                madeNow.put(sha, capture);
                attached.add(new Attached(capture.id(), sha, item.source.name(), false, capture.previewIssue()));
            } else {
                if (earlier.containsKey(sha)) {
                    // Captured in an earlier batch: linked where it is not yet (one query per target, a rare case).
                    for (ResolvedTarget target : linked(resolved)) {
                        link(handle, existing, target, now);
                    }
                }
                attached.add(new Attached(existing.id(), sha, item.source.name(), true, existing.previewIssue()));
            }
        }
        captures.insertAll(fresh, hashes);
        captures.insertLinks(links);
        AuditLog.recordAll(handle, audit);
        List<UUID> batch = attached.stream().map(Attached::captureId).distinct().toList();
        for (ResolvedTarget target : resolved) {
            switch (target.type()) {
                case OFFER -> new OfferService(workspace).addEvidence(handle, target.id(), batch);
                case DOCUMENT -> new DocumentService(workspace).addImages(handle, target.id(), batch);
                case LEAD -> { }
            }
        }
        // The blobs take their final names last, inside the transaction: a committed record always has its bytes. Should
        // the commit still fail, a blob without a record is left, which verify-workspace reports and harms nothing.
        workspace.evidence().commitAll(read.stream().map(Read::blob).toList());
        for (ResolvedTarget target : resolved) {
            if (target.entityId != null) {
                new LeadRepository(handle).refreshEntity(target.entityId, me());
            }
        }
        return attached;
    }

    /** A lead target becomes the officer's own record of that lead, made if only colleagues had one. */
    private record ResolvedTarget(CaptureLink.Target type, UUID id, UUID entityId) {
    }

    private List<ResolvedTarget> resolve(Handle handle, UUID operationId, List<Target> targets) {
        List<ResolvedTarget> resolved = new ArrayList<>();
        LeadService leads = new LeadService(workspace);
        for (Target target : targets) {
            if (target.type() == CaptureLink.Target.LEAD) {
                LeadRepository repository = new LeadRepository(handle);
                UUID entityId = repository.entity(target.id()).filter(e -> e.operationId().equals(operationId)).map(e -> e.id())
                        .orElseThrow(() -> new IllegalArgumentException("There is no lead " + target.id() + " in this operation."));
                Lead own = leads.ownRecord(handle, entityId);
                resolved.add(new ResolvedTarget(CaptureLink.Target.LEAD, own.id(), entityId));
            } else {
                resolved.add(new ResolvedTarget(target.type(), target.id(), null));
            }
        }
        return resolved;
    }

    /** The targets that take capture links: leads (offers and documents name their captures themselves). */
    private static List<ResolvedTarget> linked(List<ResolvedTarget> resolved) {
        return resolved.stream().filter(target -> target.type() == CaptureLink.Target.LEAD).toList();
    }

    private void requireNamingTargets(Handle handle, UUID operationId, List<Target> targets) {
        for (Target target : targets) {
            switch (target.type()) {
                case OFFER -> new OfferService(workspace).requireOwn(handle, operationId, target.id());
                case DOCUMENT -> new DocumentService(workspace).requireOwn(handle, operationId, target.id());
                case LEAD -> { }
            }
        }
    }

    private record LeadSource(String sourceUrl, String platform) {
    }

    /** The source page and platform of the first lead, for a capture whose officer typed neither. */
    private static LeadSource leadSource(Handle handle, List<ResolvedTarget> targets) {
        for (ResolvedTarget target : targets) {
            if (target.entityId == null) {
                continue;
            }
            List<UUID> records = new LeadRepository(handle).recordsOfEntity(target.entityId).stream().map(Lead::id).toList();
            List<Sighting> sightings = new SightingRepository(handle).forLeads(records);
            for (int i = sightings.size() - 1; i >= 0; i--) {
                Sighting sighting = sightings.get(i);
                if (sighting.sourceUrl() != null || sighting.platform() != null) {
                    return new LeadSource(sighting.sourceUrl(), sighting.platform());
                }
            }
        }
        return null;
    }

    private Capture newCapture(UUID operationId, Read item, Context context, LeadSource fallback, Instant now) {
        Inspection inspection = item.inspection;
        String sourceUrl = blankToNull(context.sourceUrl());
        String platform = blankToNull(context.platform());
        if (fallback != null) {
            sourceUrl = sourceUrl != null ? sourceUrl : fallback.sourceUrl();
            platform = platform != null ? platform : fallback.platform();
        }
        return new Capture(Ids.newId(), operationId, item.blob.sha256(), item.source.name(), inspection.mediaType(),
                item.blob.size(), inspection.width(), inspection.height(), now, context.zone().getId(), workspace.owner().id(),
                me(), ToolVersion.current(), sourceUrl, platform, blankToNull(context.note()), null, null, inspection.exif(),
                inspection.metadataJson(), inspection.previewIssue(), 1, now, now, false);
    }

    private void link(Handle handle, Capture capture, ResolvedTarget target, Instant now) {
        CaptureRepository captures = new CaptureRepository(handle);
        Optional<CaptureLink> existing = captures.link(capture.id(), target.type(), target.id(), me());
        if (existing.isPresent() && !existing.get().deleted()) {
            return;
        }
        if (existing.isPresent()) {
            CaptureLink before = existing.get();
            CaptureLink after = new CaptureLink(before.id(), before.operationId(), before.captureId(), before.targetType(),
                    before.targetId(), me(), before.version() + 1, before.createdAt(), now, false);
            captures.updateLink(after);
            AuditLog.record(handle, me(), now, "capture.relink", "capture", capture.id(), before, after);
            return;
        }
        CaptureLink created = new CaptureLink(Ids.newId(), capture.operationId(), capture.id(), target.type(), target.id(), me(),
                1, now, now, false);
        captures.insertLink(created);
        AuditLog.record(handle, me(), now, "capture.link", "capture", capture.id(), null, created);
    }

    /**
     * Takes a capture off a lead: a tombstone on the link, the capture itself stays. An offer or a document names its
     * captures itself, and is edited to drop one.
     */
    public void detach(UUID captureId, Target target) {
        if (target.type() != CaptureLink.Target.LEAD) {
            throw new IllegalArgumentException("An offer or a document names its captures itself: edit it to take one off.");
        }
        workspace.jdbi().useTransaction(handle -> {
            CaptureRepository captures = new CaptureRepository(handle);
            UUID entityId = target.id();
            UUID targetId = new LeadService(workspace).ownRecord(handle, entityId).id();
            CaptureLink before = captures.link(captureId, target.type(), targetId, me()).filter(link -> !link.deleted())
                    .orElseThrow(() -> new IllegalArgumentException("That capture is not attached there by you."));
            Instant now = now();
            CaptureLink after = new CaptureLink(before.id(), before.operationId(), before.captureId(), before.targetType(),
                    before.targetId(), me(), before.version() + 1, before.createdAt(), now, true);
            captures.updateLink(after);
            AuditLog.record(handle, me(), now, "capture.unlink", "capture", captureId, before, after);
            new LeadRepository(handle).refreshEntity(entityId, me());
        });
    }

    /**
     * Stores a crop, redaction or annotation of an original as a capture of its own that points to it; the original
     * is not touched. The derived image is attached wherever the original is.
     */
    public Attached derive(UUID originalId, Derivation derivation, byte[] image, String note) {
        Capture original = capture(originalId);
        String name = stem(original.originalName()) + "-" + derivation.wireName() + ".png";
        PendingBlob blob;
        Inspection inspection;
        try {
            blob = workspace.evidence().write(new ByteArrayInputStream(image), name, maxBytes(), n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            inspection = ImageInspector.inspect(name, blob, () -> workspace.evidence().openPending(blob), false);
            return workspace.jdbi().inTransaction(handle -> {
                Instant now = now();
                Capture derived = new Capture(Ids.newId(), original.operationId(), blob.sha256(), name, inspection.mediaType(),
                        blob.size(), inspection.width(), inspection.height(), now, ZoneId.systemDefault().getId(),
                        workspace.owner().id(), me(), ToolVersion.current(), original.sourceUrl(), original.platform(),
                        blankToNull(note), original.id(), derivation, inspection.exif(), inspection.metadataJson(), null, 1,
                        now, now, false);
                CaptureRepository captures = new CaptureRepository(handle);
                captures.insert(derived, recordHash(derived));
                AuditLog.record(handle, me(), now, "capture.derive", "capture", derived.id(), null, derived);
                for (CaptureLink link : captures.linksOf(original.id())) {
                    captures.insertLink(new CaptureLink(Ids.newId(), derived.operationId(), derived.id(), link.targetType(),
                            link.targetId(), me(), 1, now, now, false));
                }
                workspace.evidence().commit(blob);
                return new Attached(derived.id(), derived.sha256(), name, false, null);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workspace.evidence().discard(blob);
        }
    }

    public Capture capture(UUID captureId) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).byId(captureId))
                .orElseThrow(() -> new IllegalArgumentException("There is no capture " + captureId + " in this workspace."));
    }

    /** The officer who took a capture, when the workspace knows them (its owner, or a colleague whose package came in). */
    public Optional<Officer> capturedBy(Capture capture) {
        return workspace.jdbi().withHandle(handle -> new OfficerRepository(handle).byFingerprint(capture.origin()));
    }

    public List<CaptureLink> links(UUID captureId) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).linksOf(captureId));
    }

    /** One page of the operation's evidence, newest first; {@code after} is the last row of the previous page. */
    public List<CaptureSummary> page(UUID operationId, CaptureSummary after, int limit) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).page(operationId,
                after == null ? null : after.capturedAt(), after == null ? null : after.id(), limit));
    }

    /** The captures of these ids (an offer's evidence, a document's images), deleted ones too, by id. */
    public Map<UUID, CaptureSummary> summaries(Collection<UUID> captureIds) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).summariesOf(captureIds));
    }

    /** The evidence of a lead: every capture attached to any officer's record of it. */
    public List<CaptureSummary> forLead(UUID entityId) {
        return workspace.jdbi().withHandle(handle -> {
            List<UUID> records = new LeadRepository(handle).recordsOfEntity(entityId).stream().map(Lead::id).toList();
            return new CaptureRepository(handle).forTargets(records);
        });
    }

    public List<CaptureSummary> derivedFrom(UUID originalId) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).derivedFrom(originalId));
    }

    public int count(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).countLive(operationId));
    }

    /** The original bytes, checked against the SHA-256 taken at capture before anyone sees them. */
    public byte[] originalBytes(UUID captureId) {
        Capture capture = capture(captureId);
        try (InputStream in = workspace.evidence().open(capture.sha256())) {
            byte[] bytes = in.readAllBytes();
            MessageDigest sha = EvidenceStore.sha256();
            if (!HexFormat.of().formatHex(sha.digest(bytes)).equals(capture.sha256())) {
                throw new EvidenceException("The stored bytes of " + capture.originalName()
                        + " no longer match the SHA-256 taken at capture; run verify-workspace.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new EvidenceException("The stored bytes of " + capture.originalName() + " are missing from the evidence folder.", e);
        } catch (IOException e) {
            throw new EvidenceException("The stored bytes of " + capture.originalName()
                    + " cannot be decrypted: they were changed or damaged; run verify-workspace.", e);
        }
    }

    /**
     * Writes a verified copy of the original to a file (for a court, a colleague without Leadline), streamed so that a
     * 500 MB file does not sit in memory; the copy takes its name only once its SHA-256 matched the one from capture.
     */
    public void saveCopy(UUID captureId, Path target) {
        Capture capture = capture(captureId);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".leadline-", ".part");
            MessageDigest sha = EvidenceStore.sha256();
            try (InputStream in = new java.security.DigestInputStream(workspace.evidence().open(capture.sha256()), sha)) {
                Files.copy(in, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(capture.sha256())) {
                throw new EvidenceException("The stored bytes of " + capture.originalName()
                        + " no longer match the SHA-256 taken at capture; run verify-workspace.");
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (NoSuchFileException e) {
            throw new EvidenceException("The stored bytes of " + capture.originalName() + " are missing from the evidence folder.", e);
        } catch (IOException e) {
            throw new EvidenceException("A copy of " + capture.originalName() + " could not be written to " + target + ": "
                    + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover .part file is visible to the officer and harmless.
                }
            }
        }
    }

    /** A small preview (at most {@link Thumbnails#SIZE} pixels a side), made once and kept encrypted; empty: no preview. */
    public Optional<byte[]> thumbnail(CaptureSummary capture) {
        if (!capture.hasPreview()) {
            return Optional.empty();
        }
        Optional<byte[]> cached = workspace.evidence().thumbnail(capture.sha256(), Thumbnails.SIZE);
        if (cached.isPresent()) {
            return cached;
        }
        try (InputStream in = workspace.evidence().open(capture.sha256())) {
            Optional<byte[]> made = Thumbnails.make(in, Thumbnails.SIZE);
            made.ifPresent(bytes -> workspace.evidence().putThumbnail(capture.sha256(), Thumbnails.SIZE, bytes));
            return made;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The image to show in the viewer: the original where a viewer reads it directly, otherwise (WebP, TIFF, very
     * large images) a PNG made from it. Empty where there is no preview.
     */
    public Optional<byte[]> viewable(UUID captureId) {
        Capture capture = capture(captureId);
        if (!capture.hasPreview()) {
            return Optional.empty();
        }
        byte[] original = originalBytes(captureId);
        if (Thumbnails.DIRECTLY_VIEWABLE.contains(capture.mediaType())
                && (long) capture.width() * capture.height() <= Thumbnails.MAX_VIEW_PIXELS) {
            return Optional.of(original);
        }
        return Thumbnails.make(new ByteArrayInputStream(original), Thumbnails.MAX_VIEW_SIDE);
    }

    /** SHA-256 of a capture record's fields as written: verify-workspace recomputes it to find a changed record. */
    public static String recordHash(Capture capture) {
        return recordHash(Json.write(capture));
    }

    private static String recordHash(String recordJson) {
        return HexFormat.of().formatHex(EvidenceStore.sha256().digest(recordJson.getBytes(StandardCharsets.UTF_8)));
    }

    private Instant now() {
        // The database keeps microseconds: a record read back must hash as it did when written.
        return workspace.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return workspace.owner().fingerprint();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
