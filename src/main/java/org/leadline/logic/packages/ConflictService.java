package org.leadline.logic.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Officer;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;

/**
 * The records of an operation that are in conflict: two or more variants of one record at the same version, with
 * other content (package-format.md: kept and shown, never silently resolved). Each comes with its variants' fields
 * side by side, which fields differ, who made it, which package each variant came in and which one the workspace
 * shows. A later version from the record's origin settles a conflict; variants of versions below the record's current
 * one are no longer listed.
 */
public final class ConflictService {
    private static final List<String> TITLE_FIELDS = List.of("canonical", "text", "originalName", "number", "offeredText",
            "sourceUrl", "system");
    private static final int TITLE_LENGTH = 80;

    private final Workspace workspace;
    private final ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);

    public ConflictService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The package a variant came in: its signer and sequence as the signed manifest names them. */
    public record PackageRef(UUID packageId, String signerName, String signerCountry, long sequence, Instant createdAt) {
    }

    /**
     * One variant of a record in conflict.
     *
     * @param via    the package it came in, or null when it was in this workspace before the conflicting one arrived
     * @param fields every field of the record's wire JSON as text (lists joined with ", ", empty for null)
     * @param shown  the variant the workspace shows (the lowest content hash, the same on every workstation)
     */
    public record Variant(String contentSha, String origin, String officerName, String officerAgency, String officerCountry,
                          PackageRef via, Instant seenAt, Map<String, String> fields, boolean shown) {
    }

    /**
     * A record in conflict.
     *
     * @param recordType the record's table name ({@code lead}, {@code sighting}, {@code offer}, …)
     * @param title      a short text naming the record (a lead's value, a note's words), or empty
     * @param fields     the names of the fields, in the records' order
     * @param differing  the fields whose values are not the same in every variant
     */
    public record ConflictedRecord(String recordType, UUID recordId, long version, String title, List<Variant> variants,
                                   List<String> fields, Set<String> differing) {
        public ConflictedRecord {
            variants = List.copyOf(variants);
            fields = List.copyOf(fields);
            differing = Set.copyOf(differing);
        }

        /** The variant the workspace shows; the first one if none matches (the record changed in between). */
        public Variant shown() {
            return variants.stream().filter(Variant::shown).findFirst().orElse(variants.get(0));
        }
    }

    /** How many records of the operation are in conflict (the main window's badge). */
    public int count(UUID operationId) {
        int kept = workspace.jdbi().withHandle(handle -> new PackageRepository(handle).countConflicts(operationId));
        return kept == 0 ? 0 : conflicts(operationId).size();
    }

    /** The records in conflict, in the order of their type and id. */
    public List<ConflictedRecord> conflicts(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            Map<String, List<PackageRepository.Conflict>> byRecord = new LinkedHashMap<>();
            for (PackageRepository.Conflict conflict : new PackageRepository(handle).conflicts(operationId)) {
                byRecord.computeIfAbsent(conflict.recordType() + "/" + conflict.recordId(), key -> new ArrayList<>()).add(conflict);
            }
            List<ConflictedRecord> out = new ArrayList<>();
            for (List<PackageRepository.Conflict> kept : byRecord.values()) {
                ConflictedRecord record = conflicted(handle, kept);
                if (record != null) {
                    out.add(record);
                }
            }
            return out;
        });
    }

    /** The record's variants at its highest kept version, if that is still its current version and there are two. */
    private ConflictedRecord conflicted(Handle handle, List<PackageRepository.Conflict> kept) {
        long version = kept.stream().mapToLong(PackageRepository.Conflict::version).max().orElseThrow();
        List<PackageRepository.Conflict> atVersion = kept.stream().filter(c -> c.version() == version).toList();
        if (atVersion.size() < 2) {
            return null;
        }
        PackageRepository.Conflict first = atVersion.get(0);
        RecordType<?> type = RecordTypes.ALL.stream().filter(t -> t.table().equals(first.recordType())).findFirst().orElse(null);
        Current current = type == null ? null : current(handle, type, first.recordId());
        if (current != null && current.version() > version) {
            return null;
        }
        List<Map<String, String>> fieldsOfEach = atVersion.stream().map(c -> fields(c.content())).toList();
        Set<String> names = new LinkedHashSet<>();
        fieldsOfEach.forEach(fields -> names.addAll(fields.keySet()));
        Set<String> differing = new LinkedHashSet<>();
        for (String name : names) {
            if (fieldsOfEach.stream().map(fields -> fields.getOrDefault(name, "")).distinct().count() > 1) {
                differing.add(name);
            }
        }
        OfficerRepository officers = new OfficerRepository(handle);
        PackageRepository packages = new PackageRepository(handle);
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < atVersion.size(); i++) {
            PackageRepository.Conflict c = atVersion.get(i);
            Officer officer = officers.byFingerprint(c.origin()).orElse(null);
            boolean shown = current != null && current.sha().equals(c.contentSha());
            variants.add(new Variant(c.contentSha(), c.origin(), officer == null ? null : officer.name(),
                    officer == null ? null : officer.agency(), officer == null ? null : officer.country(),
                    packageRef(packages, officers, c.packageId()), c.seenAt(), fieldsOfEach.get(i), shown));
        }
        Variant title = variants.stream().filter(Variant::shown).findFirst().orElse(variants.get(0));
        return new ConflictedRecord(first.recordType(), first.recordId(), version, title(title.fields()), variants,
                List.copyOf(names), differing);
    }

    private record Current(long version, String sha) {
    }

    private <T> Current current(Handle handle, RecordType<T> type, UUID id) {
        T record = type.local(new PackageRecordRepository(handle), List.of(id)).get(id);
        if (record == null) {
            return null;
        }
        try {
            return new Current(type.version(record), WireFormat.contentSha(mapper.writeValueAsString(record)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record cannot be written as JSON", e);
        }
    }

    private static PackageRef packageRef(PackageRepository packages, OfficerRepository officers, UUID packageId) {
        if (packageId == null) {
            return null;
        }
        return packages.seen(packageId).map(seen -> {
            Officer signer = officers.byFingerprint(seen.signer()).orElse(null);
            return new PackageRef(packageId, signer == null ? null : signer.name(), signer == null ? null : signer.country(),
                    seen.sequence(), seen.createdAt());
        }).orElse(new PackageRef(packageId, null, null, 0, null));
    }

    /** The top-level fields of a record's JSON as text, in their order. */
    private Map<String, String> fields(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            out.put("content", json);
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.put(field.getKey(), text(field.getValue()));
        }
        return out;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(text(element)));
            return String.join(", ", parts);
        }
        return value.toString();
    }

    private static String title(Map<String, String> fields) {
        return TITLE_FIELDS.stream().map(fields::get).filter(Objects::nonNull).filter(text -> !text.isBlank()).findFirst()
                .map(text -> text.length() > TITLE_LENGTH ? text.substring(0, TITLE_LENGTH - 1) + "…" : text).orElse("");
    }
}
