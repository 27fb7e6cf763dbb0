package org.leadline.logic.packages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorNormalizer;
import org.leadline.model.Capture;
import org.leadline.model.CaptureLink;
import org.leadline.model.FaceCheck;
import org.leadline.model.Lead;
import org.leadline.model.Note;
import org.leadline.model.Offer;
import org.leadline.model.Sighting;
import org.leadline.model.SourcePost;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.FaceCheckRepository;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.TravelDocumentRepository;

/**
 * The record types of a package, in the order an import writes them: what a record refers to comes before it.
 * Hand-made merges of lead entities, tags' colours and settings are the workspace's own and do not travel.
 */
public final class RecordTypes {
    private RecordTypes() {
    }

    public static final RecordType<SourcePost> POSTS = new RecordType<>("posts", "source_post", SourcePost.class) {
        public UUID id(SourcePost r) { return r.id(); }
        public String origin(SourcePost r) { return r.origin(); }
        public long version(SourcePost r) { return 1; } // a pasted post is never edited
        public UUID operationId(SourcePost r) { return r.operationId(); }

        List<SourcePost> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.posts(operationId, origin);
        }

        Map<UUID, SourcePost> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.postsById(ids);
        }

        void insert(MergeWriter writer, SourcePost record) {
            new PackageRecordRepository(writer.handle()).insertPost(record);
        }

        void update(MergeWriter writer, SourcePost before, SourcePost after) {
            // Same version, different text: a conflict, kept by the merge; there is nothing newer to write.
        }
    };

    public static final RecordType<Lead> LEADS = new RecordType<>("leads", "lead", Lead.class) {
        public UUID id(Lead r) { return r.id(); }
        public String origin(Lead r) { return r.origin(); }
        public long version(Lead r) { return r.version(); }
        public UUID operationId(Lead r) { return r.operationId(); }

        List<Lead> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.leads(operationId, origin);
        }

        Map<UUID, Lead> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.leadsById(ids);
        }

        String immutableChange(Lead before, Lead after) {
            return before.kind() == after.kind() && before.canonical().equals(after.canonical()) ? null
                    : "its value changed from " + before.canonical() + " to " + after.canonical();
        }

        void insert(MergeWriter writer, Lead record) {
            // Region and platform of the entity come from the value itself, as when an officer types it.
            List<Selector> parsed = SelectorNormalizer.normalize(record.canonical(), record.kind(), null);
            Selector same = parsed.stream().filter(s -> s.kind() == record.kind() && s.canonical().equals(record.canonical()))
                    .findFirst().orElse(null);
            writer.queueLead(record, same == null || same.phone() == null ? null : same.phone().region(),
                    same == null ? null : same.platform());
        }

        void update(MergeWriter writer, Lead before, Lead after) {
            new LeadRepository(writer.handle()).updateRecord(after);
            writer.touchEntityOfRecord(after.id());
        }
    };

    public static final RecordType<Sighting> SIGHTINGS = new RecordType<>("sightings", "sighting", Sighting.class) {
        public UUID id(Sighting r) { return r.id(); }
        public String origin(Sighting r) { return r.origin(); }
        public long version(Sighting r) { return r.version(); }
        public UUID operationId(Sighting r) { return null; }

        List<Sighting> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.sightings(operationId, origin);
        }

        Map<UUID, Sighting> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.sightingsById(ids);
        }

        void references(Sighting record, References references) {
            references.record("lead", record.leadId());
            references.record("source_post", record.sourcePostId());
        }

        String immutableChange(Sighting before, Sighting after) {
            return before.leadId().equals(after.leadId()) ? null : "it moved to another lead";
        }

        void insert(MergeWriter writer, Sighting record) {
            writer.queueSighting(record);
        }

        void update(MergeWriter writer, Sighting before, Sighting after) {
            new PackageRecordRepository(writer.handle()).updateSighting(after);
            writer.touchEntityOfRecord(after.leadId());
        }
    };

    public static final RecordType<Note> NOTES = new RecordType<>("notes", "note", Note.class) {
        public UUID id(Note r) { return r.id(); }
        public String origin(Note r) { return r.origin(); }
        public long version(Note r) { return r.version(); }
        public UUID operationId(Note r) { return null; }

        List<Note> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.notes(operationId, origin);
        }

        Map<UUID, Note> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.notesById(ids);
        }

        void references(Note record, References references) {
            references.record("lead", record.leadId());
        }

        String immutableChange(Note before, Note after) {
            return before.leadId().equals(after.leadId()) ? null : "it moved to another lead";
        }

        void insert(MergeWriter writer, Note record) {
            writer.queueNote(record);
        }

        void update(MergeWriter writer, Note before, Note after) {
            new PackageRecordRepository(writer.handle()).updateNote(after);
            writer.touchEntityOfRecord(after.leadId());
        }
    };

    public static final RecordType<Capture> CAPTURES = new RecordType<>("captures", "capture", Capture.class) {
        public UUID id(Capture r) { return r.id(); }
        public String origin(Capture r) { return r.origin(); }
        public long version(Capture r) { return r.version(); }
        public UUID operationId(Capture r) { return r.operationId(); }

        List<Capture> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.captures(operationId, origin);
        }

        Map<UUID, Capture> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.capturesById(ids);
        }

        void references(Capture record, References references) {
            references.blob(record.sha256());
            references.record("capture", record.derivedFrom());
        }

        String immutableChange(Capture before, Capture after) {
            return before.sha256().equals(after.sha256()) && Objects.equals(before.derivedFrom(), after.derivedFrom()) ? null
                    : "its evidence bytes changed, which a capture record never does";
        }

        void insert(MergeWriter writer, Capture record) {
            new CaptureRepository(writer.handle()).insert(record, EvidenceService.recordHash(record));
        }

        void update(MergeWriter writer, Capture before, Capture after) {
            new PackageRecordRepository(writer.handle()).updateCapture(after, EvidenceService.recordHash(after));
        }
    };

    public static final RecordType<CaptureLink> CAPTURE_LINKS = new RecordType<>("capture-links", "capture_link", CaptureLink.class) {
        public UUID id(CaptureLink r) { return r.id(); }
        public String origin(CaptureLink r) { return r.origin(); }
        public long version(CaptureLink r) { return r.version(); }
        public UUID operationId(CaptureLink r) { return r.operationId(); }

        List<CaptureLink> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.captureLinks(operationId, origin);
        }

        Map<UUID, CaptureLink> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.captureLinksById(ids);
        }

        void references(CaptureLink record, References references) {
            references.record("capture", record.captureId());
            references.record(switch (record.targetType()) {
                case LEAD -> "lead";
                case OFFER -> "offer";
                case DOCUMENT -> "travel_document";
            }, record.targetId());
        }

        String immutableChange(CaptureLink before, CaptureLink after) {
            return before.captureId().equals(after.captureId()) && before.targetType() == after.targetType()
                    && before.targetId().equals(after.targetId()) ? null : "it now links other records";
        }

        void insert(MergeWriter writer, CaptureLink record) {
            new CaptureRepository(writer.handle()).insertLink(record);
            touch(writer, record);
        }

        void update(MergeWriter writer, CaptureLink before, CaptureLink after) {
            new CaptureRepository(writer.handle()).updateLink(after);
            touch(writer, after);
        }

        private void touch(MergeWriter writer, CaptureLink link) {
            if (link.targetType() == CaptureLink.Target.LEAD) {
                writer.touchEntityOfRecord(link.targetId());
            }
        }
    };

    public static final RecordType<TravelDocument> DOCUMENTS = new RecordType<>("documents", "travel_document", TravelDocument.class) {
        public UUID id(TravelDocument r) { return r.id(); }
        public String origin(TravelDocument r) { return r.origin(); }
        public long version(TravelDocument r) { return r.version(); }
        public UUID operationId(TravelDocument r) { return r.operationId(); }

        List<TravelDocument> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.documents(operationId, origin);
        }

        Map<UUID, TravelDocument> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.documentsById(ids);
        }

        void references(TravelDocument record, References references) {
            references.records("capture", record.imageIds());
        }

        void insert(MergeWriter writer, TravelDocument record) {
            new TravelDocumentRepository(writer.handle()).insert(record);
        }

        void update(MergeWriter writer, TravelDocument before, TravelDocument after) {
            new TravelDocumentRepository(writer.handle()).update(after);
        }
    };

    public static final RecordType<FaceCheck> FACE_CHECKS = new RecordType<>("face-checks", "face_check", FaceCheck.class) {
        public UUID id(FaceCheck r) { return r.id(); }
        public String origin(FaceCheck r) { return r.origin(); }
        public long version(FaceCheck r) { return r.version(); }
        public UUID operationId(FaceCheck r) { return r.operationId(); }

        List<FaceCheck> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.faceChecks(operationId, origin);
        }

        Map<UUID, FaceCheck> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.faceChecksById(ids);
        }

        void references(FaceCheck record, References references) {
            references.record("capture", record.imageId());
        }

        void insert(MergeWriter writer, FaceCheck record) {
            new FaceCheckRepository(writer.handle()).insert(record);
        }

        void update(MergeWriter writer, FaceCheck before, FaceCheck after) {
            new FaceCheckRepository(writer.handle()).update(after);
        }
    };

    public static final RecordType<Offer> OFFERS = new RecordType<>("offers", "offer", Offer.class) {
        public UUID id(Offer r) { return r.id(); }
        public String origin(Offer r) { return r.origin(); }
        public long version(Offer r) { return r.version(); }
        public UUID operationId(Offer r) { return r.operationId(); }

        List<Offer> export(PackageRecordRepository repository, UUID operationId, String origin) {
            return repository.offers(operationId, origin);
        }

        Map<UUID, Offer> local(PackageRecordRepository repository, Collection<UUID> ids) {
            return repository.offersById(ids);
        }

        void references(Offer record, References references) {
            references.records("lead", record.leadIds());
            references.records("capture", record.evidenceIds());
        }

        void insert(MergeWriter writer, Offer record) {
            new OfferRepository(writer.handle()).insert(record);
        }

        void update(MergeWriter writer, Offer before, Offer after) {
            new OfferRepository(writer.handle()).update(after);
        }
    };

    /** Every type, in the order an import writes them. */
    public static final List<RecordType<?>> ALL = List.of(POSTS, LEADS, SIGHTINGS, NOTES, CAPTURES, CAPTURE_LINKS, DOCUMENTS,
            FACE_CHECKS, OFFERS);

    public static RecordType<?> byPath(String path) {
        return ALL.stream().filter(type -> type.path().equals(path)).findFirst().orElse(null);
    }
}
