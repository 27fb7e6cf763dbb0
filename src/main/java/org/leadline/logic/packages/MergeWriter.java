package org.leadline.logic.packages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.Ids;
import org.leadline.model.Lead;
import org.leadline.model.Note;
import org.leadline.model.Sighting;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.PackageRecordRepository;

/**
 * The writes of one import, in its transaction. The many small records (leads, sightings, notes) are queued and
 * written in JDBC batches when their type is done; the rest go in through their features' repositories, which keep
 * the tallies. Every existing lead entity touched is rebuilt once at the end, not once per record; an entity the
 * import creates is written once, already whole.
 */
final class MergeWriter {
    /** A lead record to add, with what its entity needs if it is new. */
    private record QueuedLead(Lead lead, String region, String platform) {
    }

    private final Handle handle;
    private final String owner;
    private final Instant now;
    private final PackageRecordRepository records;
    private final List<QueuedLead> leads = new ArrayList<>();
    private final List<Sighting> sightings = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<UUID, UUID> entityOfRecord = new HashMap<>();
    private final Set<UUID> touchedRecords = new LinkedHashSet<>();
    private final Set<UUID> touchedEntities = new LinkedHashSet<>();
    /** Entities this import created whole from the package: they are not rebuilt at the end. */
    private final Set<UUID> createdEntities = new HashSet<>();
    /** The package's live sightings and notes per lead record: what an entity created here is built from. */
    private final Map<UUID, Integer> sightingCount = new HashMap<>();
    private final Map<UUID, Instant> lastSighting = new HashMap<>();
    private final Map<UUID, List<String>> notesOf = new HashMap<>();

    MergeWriter(Handle handle, String owner, Instant now, List<Sighting> packageSightings, List<Note> packageNotes) {
        this.handle = handle;
        this.owner = owner;
        this.now = now;
        this.records = new PackageRecordRepository(handle);
        for (Sighting sighting : packageSightings) {
            if (!sighting.deleted()) {
                sightingCount.merge(sighting.leadId(), 1, Integer::sum);
                lastSighting.merge(sighting.leadId(), sighting.seenAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Note note : packageNotes) {
            if (!note.deleted()) {
                notesOf.computeIfAbsent(note.leadId(), id -> new ArrayList<>()).add(note.text());
            }
        }
    }

    Handle handle() {
        return handle;
    }

    Instant now() {
        return now;
    }

    void queueLead(Lead lead, String region, String platform) {
        leads.add(new QueuedLead(lead, region, platform));
    }

    void queueSighting(Sighting sighting) {
        sightings.add(sighting);
        touchedRecords.add(sighting.leadId());
    }

    void queueNote(Note note) {
        notes.add(note);
        touchedRecords.add(note.leadId());
    }

    /** Marks the entity of a lead record for rebuilding (resolved in batches at the end). */
    void touchEntityOfRecord(UUID leadRecordId) {
        touchedRecords.add(leadRecordId);
    }

    /**
     * Writes what is queued: new leads find their entity or make one, then every queued row goes in by batch. A new
     * entity holds only records of this package, so it is written whole, from the package, instead of rebuilt later.
     */
    void flush() {
        if (!leads.isEmpty()) {
            LeadRepository repository = new LeadRepository(handle);
            Map<String, UUID> entities = repository.entitiesOfValues(leads.get(0).lead().operationId(),
                    leads.stream().map(q -> q.lead().canonical()).toList());
            Map<String, LeadRepository.NewEntity> created = new LinkedHashMap<>();
            List<Map.Entry<Lead, UUID>> rows = new ArrayList<>(leads.size());
            for (QueuedLead queued : leads) {
                Lead lead = queued.lead();
                String key = lead.kind().wireName() + " " + lead.canonical();
                UUID entity = entities.get(key);
                if (entity == null) {
                    LeadRepository.NewEntity fresh = created.computeIfAbsent(key, k -> new LeadRepository.NewEntity(Ids.newId(),
                            lead.kind(), lead.canonical(), queued.region(), queued.platform(), new ArrayList<>()));
                    fresh.records().add(lead);
                    entity = fresh.id();
                    createdEntities.add(entity);
                } else {
                    touchedEntities.add(entity);
                }
                rows.add(Map.entry(lead, entity));
                entityOfRecord.put(lead.id(), entity);
            }
            repository.insertEntities(List.copyOf(created.values()), sightingCount, lastSighting, notesOf, owner, now);
            records.insertLeads(rows);
            leads.clear();
        }
        records.insertSightings(sightings);
        sightings.clear();
        records.insertNotes(notes);
        notes.clear();
    }

    /** Rebuilds every touched entity's projection (table row, counts, search terms, tallies). */
    void refreshEntities(Runnable betweenBatches) {
        flush();
        List<UUID> unknown = touchedRecords.stream().filter(id -> !entityOfRecord.containsKey(id)).toList();
        entityOfRecord.putAll(records.entitiesOfRecords(unknown));
        touchedRecords.forEach(id -> {
            UUID entity = entityOfRecord.get(id);
            if (entity != null && !createdEntities.contains(entity)) {
                touchedEntities.add(entity);
            }
        });
        betweenBatches.run();
        new LeadRepository(handle).refreshEntities(touchedEntities, owner);
    }
}
