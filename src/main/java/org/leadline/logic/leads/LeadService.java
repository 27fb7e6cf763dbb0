package org.leadline.logic.leads;

import org.leadline.model.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorNormalizer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.AuditEntry;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;
import org.leadline.model.Note;
import org.leadline.model.Officer;
import org.leadline.model.Operation;
import org.leadline.model.Sighting;
import org.leadline.model.Tag;
import org.leadline.persistence.AuditRepository;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.NoteRepository;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.SightingRepository;
import org.leadline.persistence.TagRepository;

/**
 * Adding, editing and finding leads. The officer only ever edits their own record of a selector; editing a lead
 * that only colleagues have recorded creates the officer's own record of it first.
 */
public final class LeadService {
    private final Workspace workspace;

    public LeadService(Workspace workspace) {
        this.workspace = workspace;
    }

    private String me() {
        return workspace.owner().fingerprint();
    }

    /**
     * Adds a typed or pasted value to an operation: the selector itself and whatever it yields (a profile URL's handle).
     * A selector that the operation has already gets a new sighting instead of a duplicate.
     */
    public List<AddedLead> add(UUID operationId, String value, LeadKind kind, List<String> tags, String note, SightingSource source) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The lead has no value.");
        }
        List<String> tagNames = TagNames.normalizeAll(tags);
        return workspace.jdbi().inTransaction(handle -> {
            Operation operation = new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            List<Selector> selectors = SelectorNormalizer.normalize(value, kind, operation.defaultRegion());
            List<AddedLead> added = new ArrayList<>();
            for (int i = 0; i < selectors.size(); i++) {
                boolean primary = i == 0;
                added.add(addSelector(handle, operationId, selectors.get(i), tagNames, primary ? note : null, source));
            }
            return added;
        });
    }

    /** Adds one already-normalised selector with a sighting, in the caller's transaction. */
    public AddedLead addSelector(Handle handle, UUID operationId, Selector selector, List<String> tags, String note,
                                 SightingSource source) {
        Instant now = workspace.clock().instant();
        LeadRepository leads = new LeadRepository(handle);
        Optional<LeadSummary> existing = leads.entityOf(operationId, selector.kind(), selector.canonical());
        boolean newEntity = existing.isEmpty() || isDead(leads, existing.get().id());
        UUID entityId = existing.map(LeadSummary::id)
                .orElseGet(() -> leads.createEntity(operationId, selector.kind(), selector.canonical(), selector.raw(),
                        selector.phone() == null ? null : selector.phone().region(), selector.platform(), now));
        Optional<Lead> own = leads.recordIn(entityId, selector.kind(), selector.canonical(), me());
        Lead record;
        if (own.isEmpty()) {
            record = new Lead(Ids.newId(), operationId, selector.kind(), selector.raw().strip(), selector.canonical(),
                    selector.verified() ? LeadStatus.VERIFIED : LeadStatus.UNVERIFIED, selector.reason(),
                    Category.defaultFor(selector.kind()), tags, me(), 1, now, now, false);
            leads.insertRecord(record, entityId);
            AuditLog.record(handle, me(), now, "lead.add", "lead", record.id(), null, record);
        } else {
            Lead before = own.get();
            List<String> mergedTags = union(before.tags(), tags);
            if (before.deleted() || !mergedTags.equals(before.tags())) {
                record = new Lead(before.id(), operationId, before.kind(), before.raw(), before.canonical(), before.status(),
                        before.reason(), before.category(), mergedTags, me(), before.version() + 1, before.createdAt(), now, false);
                leads.updateRecord(record);
                AuditLog.record(handle, me(), now, before.deleted() ? "lead.restore" : "lead.tag", "lead", record.id(), before, record);
            } else {
                record = before;
            }
        }
        ensureTags(handle, operationId, tags);
        Sighting sighting = new Sighting(Ids.newId(), record.id(), blankToNull(source.sourceUrl()),
                source.platform() != null ? source.platform() : selector.platform(), source.sourcePostId(), now, me(), 1, false);
        new SightingRepository(handle).insert(sighting);
        AuditLog.record(handle, me(), now, "sighting.add", "lead", record.id(), null, sighting);
        if (note != null && !note.isBlank()) {
            insertNote(handle, record.id(), note, now);
        }
        leads.refreshEntity(entityId, me());
        return new AddedLead(entityId, record.id(), selector.kind(), selector.canonical(), selector.verified(), selector.reason(),
                newEntity);
    }

    private static boolean isDead(LeadRepository leads, UUID entityId) {
        return leads.recordsOfEntity(entityId).stream().allMatch(Lead::deleted);
    }

    public void setCategory(UUID entityId, Category category) {
        editOwnRecord(entityId, "lead.category", lead -> lead.withEdit(category, lead.tags(), workspace.clock().instant()));
    }

    public void setTags(UUID entityId, List<String> tags) {
        List<String> names = TagNames.normalizeAll(tags);
        editOwnRecord(entityId, "lead.tag", lead -> lead.withEdit(lead.category(), names, workspace.clock().instant()));
    }

    public void addTag(UUID entityId, String tag) {
        String name = TagNames.normalize(tag);
        editOwnRecord(entityId, "lead.tag", lead -> lead.withEdit(lead.category(), union(lead.tags(), List.of(name)),
                workspace.clock().instant()));
    }

    public void removeTag(UUID entityId, String tag) {
        String name = TagNames.normalize(tag);
        editOwnRecord(entityId, "lead.untag", lead -> lead.withEdit(lead.category(),
                lead.tags().stream().filter(existing -> !existing.equals(name)).toList(), workspace.clock().instant()));
    }

    /** Deletes the officer's own record: a tombstone that travels in packages. Colleagues' records stay. */
    public void delete(UUID entityId) {
        editOwnRecord(entityId, "lead.delete", lead -> lead.asTombstone(workspace.clock().instant()));
    }

    public void addNote(UUID entityId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The note is empty.");
        }
        workspace.jdbi().useTransaction(handle -> {
            Lead own = ownRecord(handle, entityId);
            insertNote(handle, own.id(), text, workspace.clock().instant());
            new LeadRepository(handle).refreshEntity(entityId, me());
        });
    }

    private void insertNote(Handle handle, UUID leadId, String text, Instant now) {
        Note note = new Note(Ids.newId(), leadId, text.strip(), me(), 1, now, now, false);
        new NoteRepository(handle).insert(note);
        AuditLog.record(handle, me(), now, "note.add", "lead", leadId, null, note);
    }

    private void editOwnRecord(UUID entityId, String action, java.util.function.UnaryOperator<Lead> edit) {
        workspace.jdbi().useTransaction(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            Lead before = ownRecord(handle, entityId);
            Lead after = edit.apply(before);
            leads.updateRecord(after);
            ensureTags(handle, after.operationId(), after.tags());
            AuditLog.record(handle, me(), after.updatedAt(), action, "lead", after.id(), before, after);
            leads.refreshEntity(entityId, me());
        });
    }

    /** The officer's own record of an entity, made from the entity's value if only colleagues had one (in the caller's transaction). */
    public Lead ownRecord(Handle handle, UUID entityId) {
        LeadRepository leads = new LeadRepository(handle);
        LeadSummary entity = leads.entity(entityId)
                .orElseThrow(() -> new IllegalArgumentException("There is no lead " + entityId + "."));
        return leads.recordIn(entityId, entity.kind(), entity.canonical(), me()).orElseGet(() -> {
            Instant now = workspace.clock().instant();
            Lead created = new Lead(Ids.newId(), entity.operationId(), entity.kind(), entity.raw(), entity.canonical(),
                    entity.status(), null, entity.category(), entity.tags(), me(), 1, now, now, false);
            leads.insertRecord(created, entityId);
            AuditLog.record(handle, me(), now, "lead.add", "lead", created.id(), null, created);
            return created;
        });
    }

    private static void ensureTags(Handle handle, UUID operationId, List<String> tags) {
        TagRepository repository = new TagRepository(handle);
        for (String tag : tags) {
            repository.ensure(operationId, tag, TagNames.colorFor(tag));
        }
    }

    public List<LeadSummary> page(LeadQuery query) {
        return workspace.jdbi().withHandle(handle -> new LeadRepository(handle).page(query));
    }

    public Optional<LeadSummary> find(UUID operationId, LeadKind kind, String canonical) {
        return workspace.jdbi().withHandle(handle -> new LeadRepository(handle).entityOf(operationId, kind, canonical))
                .filter(summary -> isLiveSummary(summary));
    }

    private boolean isLiveSummary(LeadSummary summary) {
        return summary.officers() > 0;
    }

    public Optional<LeadSummary> summary(UUID entityId) {
        return workspace.jdbi().withHandle(handle -> new LeadRepository(handle).entity(entityId));
    }

    public LeadDetails details(UUID entityId) {
        return workspace.jdbi().withHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            LeadSummary summary = leads.entity(entityId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no lead " + entityId + "."));
            List<Lead> records = leads.recordsOfEntity(entityId);
            List<UUID> ids = records.stream().map(Lead::id).toList();
            List<Sighting> sightings = new SightingRepository(handle).forLeads(ids);
            List<Note> notes = new NoteRepository(handle).forLeads(ids);
            List<AuditEntry> history = new AuditRepository(handle).forSubjects(ids.stream().map(UUID::toString).toList());
            Map<String, Officer> officers = new HashMap<>();
            OfficerRepository officerRepository = new OfficerRepository(handle);
            Stream.concat(records.stream().map(Lead::origin), sightings.stream().map(Sighting::origin)).distinct()
                    .forEach(fp -> officerRepository.byFingerprint(fp).ifPresent(officer -> officers.put(fp, officer)));
            return new LeadDetails(summary, records, sightings, notes, history, officers);
        });
    }

    /** The officers who found a lead entity, earliest first (see {@link Provenance}). */
    public Provenance provenance(UUID entityId) {
        return Provenance.of(details(entityId));
    }

    public List<Tag> tags(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new TagRepository(handle).all(operationId));
    }

    public void setTagColor(UUID operationId, String tag, String color) {
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("A tag colour is written #rrggbb.");
        }
        workspace.jdbi().useTransaction(handle -> new TagRepository(handle).setColor(operationId, TagNames.normalize(tag), color));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
