package org.leadline.persistence;

import org.leadline.model.Ids;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.Lead;
import org.leadline.model.LeadStatus;
import org.leadline.model.Sighting;

/** Writes many new lead entities in one transaction with JDBC batches, for demo data and benchmarks. */
public final class LeadBulkWriter {
    private final Handle handle;

    public LeadBulkWriter(Handle handle) {
        this.handle = handle;
    }

    public void write(List<BulkLead> leads) {
        PreparedBatch entities = handle.prepareBatch("""
                INSERT INTO lead_entity (id, operation_id, kind, canonical, raw, status, category, region, platform, tags,
                                         sightings, officers, first_seen, last_seen, live)
                VALUES (:id, :op, :kind, :canonical, :raw, :status, :category, :region, :platform, :tags,
                        :sightings, :officers, :first, :last, TRUE)""");
        PreparedBatch records = handle.prepareBatch("""
                INSERT INTO lead (id, entity_id, operation_id, kind, canonical, raw, status, reason, category, tags,
                                  origin, version, created_at, updated_at, deleted)
                VALUES (:id, :entity, :op, :kind, :canonical, :raw, :status, :reason, :category, :tags,
                        :origin, :version, :createdAt, :updatedAt, FALSE)""");
        PreparedBatch sightings = handle.prepareBatch("""
                INSERT INTO sighting (id, lead_id, source_url, platform, source_post_id, seen_at, origin, version, deleted)
                VALUES (:id, :lead, :url, :platform, NULL, :seenAt, :origin, 1, FALSE)""");
        PreparedBatch terms = handle.prepareBatch("INSERT INTO search_term (operation_id, term, entity_id) VALUES (:op, :term, :entity)");
        Map<TallyRepository.Key, Long> entityCounts = new HashMap<>();
        Map<UUID, Map<String, Long>> recordCounts = new HashMap<>();
        Map<TallyRepository.Minute, Long> sightingCounts = new HashMap<>();
        Map<TallyRepository.Origin, Long> originCounts = new HashMap<>();
        for (BulkLead lead : leads) {
            Lead first = lead.records().get(0);
            for (Lead record : lead.records()) {
                recordCounts.computeIfAbsent(record.operationId(), op -> new HashMap<>()).merge(record.origin(), 1L, Long::sum);
            }
            lead.records().stream().map(Lead::origin).distinct()
                    .forEach(origin -> originCounts.merge(new TallyRepository.Origin(first.operationId(), origin), 1L, Long::sum));
            UUID entityId = Ids.newId();
            Set<String> tags = new TreeSet<>();
            lead.records().forEach(record -> tags.addAll(record.tags()));
            Instant firstSeen = first.createdAt();
            Instant lastSeen = first.updatedAt();
            for (Lead record : lead.records()) {
                firstSeen = record.createdAt().isBefore(firstSeen) ? record.createdAt() : firstSeen;
                lastSeen = record.updatedAt().isAfter(lastSeen) ? record.updatedAt() : lastSeen;
            }
            for (Sighting sighting : lead.sightings()) {
                lastSeen = sighting.seenAt().isAfter(lastSeen) ? sighting.seenAt() : lastSeen;
                sightingCounts.merge(new TallyRepository.Minute(first.operationId(), sighting.seenAt()), 1L, Long::sum);
            }
            entityCounts.merge(new TallyRepository.Key(first.operationId(), first.kind(), first.category(), lead.region(),
                    TallyRepository.Key.issuerOf(first.kind(), first.canonical()), firstSeen, lead.platform()), 1L, Long::sum);
            entities.bind("id", entityId).bind("op", first.operationId()).bind("kind", first.kind().wireName())
                    .bind("canonical", first.canonical()).bind("raw", first.raw()).bind("status", LeadStatus.VERIFIED.name())
                    .bind("category", first.category().name()).bind("region", lead.region()).bind("platform", lead.platform())
                    .bind("tags", Sql.joinTags(List.copyOf(tags))).bind("sightings", lead.sightings().size())
                    .bind("officers", (int) lead.records().stream().map(Lead::origin).distinct().count())
                    .bind("first", Sql.utc(firstSeen)).bind("last", Sql.utc(lastSeen))
                    .add();
            for (Lead record : lead.records()) {
                records.bind("id", record.id()).bind("entity", entityId).bind("op", record.operationId())
                        .bind("kind", record.kind().wireName()).bind("canonical", record.canonical()).bind("raw", record.raw())
                        .bind("status", record.status().name()).bind("reason", record.reason())
                        .bind("category", record.category().name()).bind("tags", Sql.joinTags(record.tags()))
                        .bind("origin", record.origin()).bind("version", record.version())
                        .bind("createdAt", Sql.utc(record.createdAt())).bind("updatedAt", Sql.utc(record.updatedAt()))
                        .add();
            }
            for (Sighting sighting : lead.sightings()) {
                sightings.bind("id", sighting.id()).bind("lead", sighting.leadId()).bind("url", sighting.sourceUrl())
                        .bind("platform", sighting.platform()).bind("seenAt", Sql.utc(sighting.seenAt()))
                        .bind("origin", sighting.origin())
                        .add();
            }
            Set<String> entityTerms = new LinkedHashSet<>(SearchTerms.forValue(first.kind(), first.canonical()));
            entityTerms.addAll(SearchTerms.words(first.raw()));
            tags.forEach(tag -> entityTerms.add(SearchTerms.forTag(tag)));
            for (String term : entityTerms) {
                terms.bind("op", first.operationId()).bind("term", term).bind("entity", entityId).add();
            }
        }
        entities.execute();
        records.execute();
        sightings.execute();
        terms.execute();
        TallyRepository tallies = new TallyRepository(handle);
        tallies.addEntities(entityCounts);
        recordCounts.forEach(tallies::addRecords);
        tallies.addSightings(sightingCounts);
        tallies.addOrigins(originCounts);
    }
}
