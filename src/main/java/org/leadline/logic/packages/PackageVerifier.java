package org.leadline.logic.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.packages.archive.EntryDigest;
import org.leadline.logic.packages.archive.PackageArchive;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.SigningKeys;
import org.leadline.logic.workspace.Workspace;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;
import org.leadline.persistence.TrustRepository;

/**
 * The five steps of package-format.md, all of them before anything is written: archive, signature, trust,
 * completeness, content. Each failure is a {@link PackageRefusedException} naming the step and the entry.
 */
public final class PackageVerifier {
    static final String MANIFEST = "leadpack.json";
    static final String SIGNATURE = "leadpack.sig";
    private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
    private static final int MAX_SIGNATURE_BYTES = 256;

    private final Workspace workspace;
    private final PackageLimits limits;
    private final ObjectMapper mapper;

    public PackageVerifier(Workspace workspace) {
        this(workspace, PackageLimits.DEFAULT);
    }

    public PackageVerifier(Workspace workspace, PackageLimits limits) {
        this.workspace = workspace;
        this.limits = limits;
        this.mapper = WireFormat.mapper(limits);
    }

    public VerifiedPackage verify(Path file, Progress progress) {
        try (PackageArchive archive = PackageArchive.open(file, limits)) {
            // Step 1 ran in open(); the manifest and signature must exist for anything else to mean something.
            for (String required : List.of(MANIFEST, SIGNATURE)) {
                if (!archive.contains(required)) {
                    throw new PackageRefusedException(Step.ARCHIVE, required, "The archive has no " + required + ": it is not a lead package.");
                }
            }
            byte[] manifestBytes = archive.readAll(MANIFEST, MAX_MANIFEST_BYTES);
            byte[] signature = archive.readAll(SIGNATURE, MAX_SIGNATURE_BYTES);
            Manifest manifest = checkSignature(manifestBytes, signature, MANIFEST);
            boolean own = checkTrust(manifest);
            // Step 5 parses the records files while step 4 hashes the blobs, hashing each records file as it parses it
            // (one read instead of two); what it finds is only reported once step 4 has passed.
            RecordsReading reading = new RecordsReading(archive, recordsFiles(archive, manifest));
            try {
                Map<String, EntryDigest> digests = checkCompleteness(archive, manifest, progress, reading);
                return checkContent(archive, file, manifest, manifestBytes, signature, own, digests, reading, progress);
            } finally {
                reading.stopAndWait();
            }
        }
    }

    /** The listed entries step 5 reads as records of a known type: the ones read in the background. */
    private static List<String> recordsFiles(PackageArchive archive, Manifest manifest) {
        List<String> paths = new ArrayList<>();
        if (manifest.entries() == null) {
            return paths;
        }
        Set<String> seen = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (entry != null && entry.path() != null && RecordTypes.byPath(entry.path()) != null && archive.contains(entry.path())
                    && seen.add(entry.path())) {
                paths.add(entry.path());
            }
        }
        return paths;
    }

    /**
     * The records files parsed on a thread of their own, in manifest order, each hashed as it is read. A file whose
     * reading failed is hashed again by step 4 on its own, so that a changed byte is refused as a changed byte.
     */
    private final class RecordsReading {
        private final Map<String, List<?>> records = new HashMap<>();
        private final Map<String, EntryDigest> digests = new HashMap<>();
        private final Map<String, PackageRefusedException> refusals = new HashMap<>();
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private final Worker<Void> worker;

        RecordsReading(PackageArchive archive, List<String> paths) {
            worker = Worker.start("leadline-package-records", () -> {
                long[] count = {0};
                for (String path : paths) {
                    if (stop.get()) {
                        break;
                    }
                    try {
                        read(archive, path, count);
                    } catch (PackageRefusedException e) {
                        refusals.put(path, e);
                        // The bound on records counts across files: after a refusal, the later counts mean nothing.
                        break;
                    }
                }
                return null;
            });
        }

        private void read(PackageArchive archive, String path, long[] count) {
            RecordType<?> type = RecordTypes.byPath(path);
            MessageDigest sha = sha256();
            long[] size = {0};
            List<?> parsed = readRecords(archive, type, sha, size, count, stop);
            if (parsed == null) {
                return;
            }
            records.put(path, parsed);
            digests.put(path, new EntryDigest(path, size[0], HexFormat.of().formatHex(sha.digest())));
        }

        /** Waits for the reading to end; afterwards its maps are safe to read on the calling thread. */
        void await() {
            worker.result();
        }

        void stopAndWait() {
            stop.set(true);
            worker.awaitQuietly();
        }

        /** The digest of a records file read whole, or null when its reading stopped (a refusal, a stop). */
        EntryDigest digest(String path) {
            return digests.get(path);
        }

        /** The file's records, or its reading's refusal. */
        List<?> recordsOf(String path) {
            PackageRefusedException refusal = refusals.get(path);
            if (refusal != null) {
                throw refusal;
            }
            List<?> parsed = records.get(path);
            if (parsed == null) {
                throw new CancelledException("The verification was cancelled.");
            }
            return parsed;
        }
    }

    // ---- step 2 ----

    /** Parses a manifest and checks its signature and fingerprint (also used for the manifests a merged package carries). */
    Manifest checkSignature(byte[] manifestBytes, byte[] signature, String entry) {
        Manifest manifest;
        try {
            manifest = mapper.readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw new PackageRefusedException(Step.SIGNATURE, entry, "The manifest is not valid JSON (" + firstLine(e) + ").", e);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new PackageRefusedException(Step.SIGNATURE, entry, "The manifest's format is " + quoted(manifest.format())
                    + ", not " + Manifest.FORMAT + ".");
        }
        Manifest.Signer signer = manifest.signer();
        if (signer == null || signer.publicKey() == null || signer.fingerprint() == null) {
            throw new PackageRefusedException(Step.SIGNATURE, entry, "The manifest names no signer key.");
        }
        byte[] key;
        PublicKey publicKey;
        try {
            key = Base64.getDecoder().decode(signer.publicKey());
            publicKey = SigningKeys.publicKey(key);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PackageRefusedException(Step.SIGNATURE, entry, "The signer's public key in the manifest is not an Ed25519 key.", e);
        }
        String fingerprint = SigningKeys.fingerprint(key);
        if (!fingerprint.equals(signer.fingerprint())) {
            throw new PackageRefusedException(Step.SIGNATURE, entry, "The manifest's fingerprint " + Bytes.groupsOfFour(signer.fingerprint())
                    + " does not match its public key, whose fingerprint is " + Bytes.groupsOfFour(fingerprint) + ".");
        }
        if (!SigningKeys.verify(publicKey, manifestBytes, signature)) {
            throw new PackageRefusedException(Step.SIGNATURE, SIGNATURE.equals(entry) || MANIFEST.equals(entry) ? SIGNATURE : entry,
                    "The signature does not verify with the signer's key: the manifest was changed or signed by another key.");
        }
        if (manifest.packageId() == null || manifest.packageKind() == null || manifest.operation() == null
                || manifest.operation().id() == null || manifest.createdAt() == null || manifest.sequence() < 1
                || manifest.entries() == null) {
            throw new PackageRefusedException(Step.SIGNATURE, entry,
                    "The manifest lacks a package id, a known kind, an operation, a creation time, a sequence or its entries.");
        }
        return manifest;
    }

    // ---- step 3 ----

    private boolean checkTrust(Manifest manifest) {
        String fingerprint = manifest.signer().fingerprint();
        if (fingerprint.equals(workspace.owner().fingerprint())) {
            return true;
        }
        boolean trusted = workspace.jdbi().withHandle(handle -> new TrustRepository(handle).byFingerprint(fingerprint)).isPresent();
        if (!trusted) {
            throw new PackageRefusedException(Step.TRUST, null, "The package is signed by " + describe(manifest.signer())
                    + " with key " + Bytes.groupsOfFour(fingerprint) + ", which is not in this workspace's trust list;"
                    + " compare the fingerprint with the colleague in person before adding it to the trust list.");
        }
        return false;
    }

    static String describe(Manifest.Signer signer) {
        String name = signer.name() == null || signer.name().isBlank() ? "an unnamed officer" : signer.name();
        return name + (signer.country() == null ? "" : " (" + signer.country() + ")");
    }

    // ---- step 4 ----

    private Map<String, EntryDigest> checkCompleteness(PackageArchive archive, Manifest manifest, Progress progress,
                                                       RecordsReading reading) {
        Map<String, Manifest.Entry> listed = new LinkedHashMap<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (entry == null || entry.path() == null || entry.sha256() == null) {
                throw new PackageRefusedException(Step.COMPLETENESS, MANIFEST, "The manifest lists an entry without a path or hash.");
            }
            if (listed.put(entry.path(), entry) != null) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(), "The manifest lists this entry twice.");
            }
            if (entry.path().equals(MANIFEST) || entry.path().equals(SIGNATURE)) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(), "The manifest lists itself or its signature as an entry.");
            }
            if (!archive.contains(entry.path())) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(), "The manifest lists this entry but the archive does not hold it.");
            }
        }
        for (String name : archive.names()) {
            if (!name.equals(MANIFEST) && !name.equals(SIGNATURE) && !name.endsWith("/") && !listed.containsKey(name)) {
                throw new PackageRefusedException(Step.COMPLETENESS, name, "The archive holds this entry but the manifest does not list it.");
            }
        }
        long total = listed.values().stream().mapToLong(Manifest.Entry::size).sum();
        long[] done = {0};
        List<String> hashedHere = listed.keySet().stream().filter(path -> RecordTypes.byPath(path) == null).toList();
        Map<String, EntryDigest> hashed = archive.digestAll(hashedHere, n -> progress.report(done[0] += n, total),
                progress::cancelled);
        reading.await();
        if (progress.cancelled()) {
            throw new CancelledException("The verification was cancelled.");
        }
        Map<String, EntryDigest> digests = new LinkedHashMap<>();
        for (String path : listed.keySet()) {
            EntryDigest digest = hashed.get(path);
            if (digest == null) {
                digest = reading.digest(path);
            }
            // A records file whose reading stopped short: hashed whole here, so a changed byte is refused as such.
            digests.put(path, digest != null ? digest : archive.digest(path));
        }
        for (Manifest.Entry entry : listed.values()) {
            EntryDigest digest = digests.get(entry.path());
            if (digest.size() != entry.size()) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(), "The entry holds " + digest.size()
                        + " bytes where the manifest says " + entry.size() + ".");
            }
            if (!digest.sha256().equals(entry.sha256())) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(),
                        "The entry's SHA-256 differs from the manifest's: its content was changed.");
            }
            if (entry.path().startsWith("blobs/") && !entry.path().equals("blobs/" + digest.sha256())) {
                throw new PackageRefusedException(Step.COMPLETENESS, entry.path(),
                        "The blob is not named by the SHA-256 of its content.");
            }
        }
        return digests;
    }

    // ---- step 5 ----

    private VerifiedPackage checkContent(PackageArchive archive, Path file, Manifest manifest, byte[] manifestBytes,
                                         byte[] signature, boolean own, Map<String, EntryDigest> digests, RecordsReading reading,
                                         Progress progress) {
        UUID operationId = manifest.operation().id();
        Map<RecordType<?>, List<?>> records = new LinkedHashMap<>();
        List<EmbeddedPackage> embedded = new ArrayList<>();
        for (String path : digests.keySet()) {
            if (!path.startsWith("records/")) {
                continue;
            }
            if (path.equals(EmbeddedPackage.PATH)) {
                embedded.addAll(readEmbedded(archive, path, digests.get(path), manifest));
                continue;
            }
            if (TrainingEntries.ALL.contains(path)) {
                // The exercise's rules and the trainer's answer key: signed like every entry, read by logic/exercises.
                if (manifest.packageKind() != PackageKind.EXERCISE) {
                    throw new PackageRefusedException(Step.CONTENT, path, "Only an exercise package carries " + path + ".");
                }
                continue;
            }
            RecordType<?> type = RecordTypes.byPath(path);
            if (type == null) {
                throw new PackageRefusedException(Step.CONTENT, path, "Leadline knows no record type " + path + " in format leadpack/1.");
            }
            records.put(type, reading.recordsOf(path));
            if (progress.cancelled()) {
                throw new CancelledException("The verification was cancelled.");
            }
        }
        for (RecordType<?> type : RecordTypes.ALL) {
            records.putIfAbsent(type, List.of());
        }
        if (!embedded.isEmpty() && manifest.packageKind() != PackageKind.MERGED) {
            throw new PackageRefusedException(Step.CONTENT, EmbeddedPackage.PATH, "Only a merged package carries other packages' manifests.");
        }
        Set<String> origins = allowedOrigins(manifest, embedded);
        Set<String> blobs = new LinkedHashSet<>();
        digests.keySet().stream().filter(p -> p.startsWith("blobs/")).forEach(p -> blobs.add(p.substring("blobs/".length())));
        workspace.jdbi().useHandle(handle -> checkRecords(handle, operationId, manifest, records, origins, blobs));
        List<String> warnings = new ArrayList<>();
        workspace.jdbi().useHandle(handle -> new PackageRepository(handle).highestSequence(manifest.signer().fingerprint())
                .ifPresent(highest -> {
                    if (highest > manifest.sequence()) {
                        warnings.add("This package has sequence " + manifest.sequence() + " but package " + highest
                                + " of the same signer came in before: it is an older package.");
                    }
                }));
        return new VerifiedPackage(file, manifest, manifestBytes, signature, own, records, blobs, embedded, warnings);
    }

    /** Parses one records file under the bounds, hashing and counting its bytes; null when stopped. */
    private List<?> readRecords(PackageArchive archive, RecordType<?> type, MessageDigest sha, long[] size, long[] count,
                                java.util.concurrent.atomic.AtomicBoolean stop) {
        List<Object> out = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        int line = 0;
        try (InputStream in = new CountingDigestStream(archive.open(type.path()), sha, size);
             MappingIterator<?> it = mapper.readerFor(type.javaType()).readValues(in)) {
            while (it.hasNextValue()) {
                if (stop.get()) {
                    return null;
                }
                line++;
                Object record = it.nextValue();
                if (++count[0] > limits.maxRecords()) {
                    throw new PackageRefusedException(Step.CONTENT, type.path(), "The package holds more than " + limits.maxRecords() + " records.");
                }
                UUID id = idOf(type, record);
                if (id == null) {
                    throw new PackageRefusedException(Step.CONTENT, type.path(), "Record " + line + " has no id.");
                }
                if (!ids.add(id)) {
                    throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + id + " appears twice.");
                }
                out.add(record);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (PackageRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PackageRefusedException(Step.CONTENT, type.path(), "Record " + Math.max(1, line + 1) + " cannot be read: "
                    + firstLine(e) + ".", e);
        }
        return out;
    }

    /** Hashes and counts the bytes read through it: a records file's step-4 digest, taken while step 5 parses it. */
    private static final class CountingDigestStream extends DigestInputStream {
        private final long[] size;

        CountingDigestStream(InputStream in, MessageDigest sha, long[] size) {
            super(in, sha);
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                size[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                size[0] += n;
            }
            return n;
        }
    }

    private List<EmbeddedPackage> readEmbedded(PackageArchive archive, String path, EntryDigest digest, Manifest outer) {
        List<EmbeddedPackage> out = new ArrayList<>();
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(archive.open(path), sha);
             MappingIterator<EmbeddedPackage.Wire> it = mapper.readerFor(EmbeddedPackage.Wire.class).readValues(in)) {
            while (it.hasNextValue()) {
                EmbeddedPackage.Wire wire = it.nextValue();
                byte[] bytes = Base64.getDecoder().decode(Objects.requireNonNull(wire.manifest()));
                byte[] sig = Base64.getDecoder().decode(Objects.requireNonNull(wire.signature()));
                Manifest inner = checkSignature(bytes, sig, path);
                if (!inner.operation().id().equals(outer.operation().id())) {
                    throw new PackageRefusedException(Step.CONTENT, path, "The merged package names package " + inner.packageId()
                            + " of another operation.");
                }
                out.add(new EmbeddedPackage(inner, bytes, sig));
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (PackageRefusedException e) {
            throw new PackageRefusedException(Step.CONTENT, path, "A package it was merged from does not verify: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new PackageRefusedException(Step.CONTENT, path, "The list of merged packages cannot be read: " + firstLine(e) + ".", e);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(digest.sha256())) {
            throw new PackageRefusedException(Step.CONTENT, path, "The entry changed while it was being read.");
        }
        return out;
    }

    private Set<String> allowedOrigins(Manifest manifest, List<EmbeddedPackage> embedded) {
        Set<String> origins = new HashSet<>();
        origins.add(manifest.signer().fingerprint());
        embedded.forEach(e -> origins.add(e.manifest().signer().fingerprint()));
        return origins;
    }

    private void checkRecords(Handle handle, UUID operationId, Manifest manifest, Map<RecordType<?>, List<?>> records,
                              Set<String> origins, Set<String> blobs) {
        PackageRecordRepository repository = new PackageRecordRepository(handle);
        boolean officerKind = manifest.packageKind() != PackageKind.MERGED && manifest.packageKind() != PackageKind.EXERCISE;
        Map<String, Set<UUID>> inPackage = new HashMap<>();
        References references = new References();
        Set<String> leadKeys = new HashSet<>();
        for (Map.Entry<RecordType<?>, List<?>> entry : records.entrySet()) {
            checkType(entry.getKey(), entry.getValue(), operationId, manifest, officerKind, origins, inPackage, references, leadKeys);
        }
        // Records the package refers to but does not hold must be in this operation of the workspace.
        Map<String, Set<UUID>> wanted = new HashMap<>();
        Set<String> shas = new LinkedHashSet<>();
        for (References.Reference ref : references.all()) {
            if (ref.sha256() != null) {
                if (!blobs.contains(ref.sha256())) {
                    shas.add(ref.sha256());
                }
            } else if (!inPackage.getOrDefault(ref.table(), Set.of()).contains(ref.id())) {
                wanted.computeIfAbsent(ref.table(), t -> new LinkedHashSet<>()).add(ref.id());
            }
        }
        for (Map.Entry<String, Set<UUID>> entry : wanted.entrySet()) {
            Set<UUID> found = repository.existing(entry.getKey(), operationId, entry.getValue());
            for (References.Reference ref : references.all()) {
                if (ref.table() != null && ref.table().equals(entry.getKey()) && entry.getValue().contains(ref.id()) && !found.contains(ref.id())) {
                    throw new PackageRefusedException(Step.CONTENT, pathOfTable(ref.fromType()), "The " + singular(ref.fromType()) + " "
                            + ref.fromId() + " refers to " + entry.getKey().replace('_', ' ') + " " + ref.id()
                            + ", which is neither in the package nor in this operation.");
                }
            }
        }
        for (String sha : shas) {
            if (!workspace.evidence().contains(sha)) {
                References.Reference ref = references.all().stream().filter(r -> sha.equals(r.sha256())).findFirst().orElseThrow();
                throw new PackageRefusedException(Step.CONTENT, "records/captures.jsonl", "The capture " + ref.fromId()
                        + " names evidence " + sha.substring(0, 12) + "…, which is neither in the package nor in this workspace.");
            }
        }
        Set<String> named = new HashSet<>();
        references.all().stream().filter(r -> r.sha256() != null).forEach(r -> named.add(r.sha256()));
        for (String blob : blobs) {
            if (!named.contains(blob)) {
                throw new PackageRefusedException(Step.CONTENT, "blobs/" + blob, "No capture record in the package names this blob.");
            }
        }
        // A record id of another operation, or of another officer here, is never taken over by a package.
        for (RecordType<?> type : RecordTypes.ALL) {
            checkOwnership(repository, type, records.get(type), operationId);
        }
    }

    private <T> void checkType(RecordType<T> type, List<?> list, UUID operationId, Manifest manifest, boolean officerKind,
                               Set<String> origins, Map<String, Set<UUID>> inPackage, References references, Set<String> leadKeys) {
        Set<UUID> ids = inPackage.computeIfAbsent(type.table(), t -> new HashSet<>());
        for (Object o : list) {
            T record = type.javaType().cast(o);
            UUID id = type.id(record);
            ids.add(id);
            String origin = type.origin(record);
            if (origin == null || (officerKind ? !origin.equals(manifest.signer().fingerprint()) : !origins.contains(origin))) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + id + " was made by "
                        + (origin == null ? "nobody" : Bytes.groupsOfFour(origin)) + (officerKind
                        ? ", not by the package's signer: an officer's package carries only their own records."
                        : ", who signed none of the packages this one was merged from."));
            }
            if (type.version(record) < 1) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + id + " has no version.");
            }
            UUID recordOperation = type.operationId(record);
            if (recordOperation != null && !recordOperation.equals(operationId)) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + id
                        + " belongs to another operation than the package's.");
            }
            if (record instanceof org.leadline.model.Lead lead
                    && !leadKeys.add(lead.origin() + '\u0000' + lead.kind() + '\u0000' + lead.canonical())) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "Two lead records of one officer hold the same value "
                        + lead.canonical() + ".");
            }
            references.from(type.name(), id);
            type.references(record, references);
        }
    }

    private <T> void checkOwnership(PackageRecordRepository repository, RecordType<T> type, List<?> list, UUID operationId) {
        if (list.isEmpty()) {
            return;
        }
        List<T> typed = list.stream().map(type.javaType()::cast).toList();
        Collection<UUID> ids = typed.stream().map(type::id).toList();
        Map<UUID, UUID> present = repository.operationsOf(type.table(), ids);
        for (Map.Entry<UUID, UUID> record : present.entrySet()) {
            if (!operationId.equals(record.getValue())) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + record.getKey()
                        + " belongs to another operation in this workspace; operations never mix.");
            }
        }
        // Only records already here are compared; a package's new records (most of them) are not looked up twice.
        Map<UUID, T> local = present.isEmpty() ? Map.of() : type.local(repository, present.keySet());
        for (T incoming : typed) {
            T mine = local.get(type.id(incoming));
            if (mine == null) {
                continue;
            }
            if (!type.origin(mine).equals(type.origin(incoming))) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + type.id(incoming)
                        + " belongs to another officer in this workspace; only its origin may change it.");
            }
            String change = type.immutableChange(mine, incoming);
            if (change != null) {
                throw new PackageRefusedException(Step.CONTENT, type.path(), "The record " + type.id(incoming) + " cannot be taken in: "
                        + change + ".");
            }
        }
    }

    private static <T> UUID idOf(RecordType<T> type, Object record) {
        return type.id(type.javaType().cast(record));
    }

    private static String pathOfTable(String typeName) {
        return "records/" + typeName + ".jsonl";
    }

    private static String singular(String typeName) {
        return switch (typeName) {
            case "leads" -> "lead";
            case "sightings" -> "sighting";
            case "notes" -> "note";
            case "captures" -> "capture";
            case "capture-links" -> "capture link";
            case "documents" -> "document";
            case "face-checks" -> "face check";
            case "offers" -> "offer";
            default -> "record";
        };
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }

    static String firstLine(Throwable e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
