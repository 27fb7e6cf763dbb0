package org.leadline.logic.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadline.model.Lead;
import org.leadline.model.Officer;
import org.leadline.model.Sighting;

/**
 * Who found a lead entity: every officer with a live record of it, when they first saw it (the earliest of their
 * records' creation and their sightings) and how many sightings they recorded, earliest finder first. These are the
 * officers the lead table's "Seen by" column counts.
 */
public record Provenance(List<Finder> finders) {

    /**
     * One officer's part in a lead.
     *
     * @param country the officer's ISO country code, or null when the officer is not known to the workspace
     */
    public record Finder(String fingerprint, String name, String agency, String country, Instant firstSeen, int sightings) {
    }

    public Provenance {
        finders = List.copyOf(finders);
    }

    /** Reads the finders from the records and sightings of one entity, everyone's included. */
    public static Provenance of(LeadDetails details) {
        Map<String, List<Lead>> liveByOrigin = details.records().stream().filter(record -> !record.deleted())
                .collect(Collectors.groupingBy(Lead::origin, LinkedHashMap::new, Collectors.toList()));
        Set<java.util.UUID> liveIds = details.records().stream().filter(record -> !record.deleted()).map(Lead::id)
                .collect(Collectors.toSet());
        List<Finder> finders = new ArrayList<>();
        for (Map.Entry<String, List<Lead>> entry : liveByOrigin.entrySet()) {
            String origin = entry.getKey();
            List<Sighting> theirs = details.sightings().stream()
                    .filter(s -> !s.deleted() && origin.equals(s.origin()) && liveIds.contains(s.leadId())).toList();
            Instant first = entry.getValue().stream().map(Lead::createdAt).min(Comparator.naturalOrder()).orElseThrow();
            for (Sighting sighting : theirs) {
                if (sighting.seenAt() != null && sighting.seenAt().isBefore(first)) {
                    first = sighting.seenAt();
                }
            }
            Officer officer = details.officersByFingerprint().get(origin);
            finders.add(officer == null
                    ? new Finder(origin, "Unknown officer " + origin.substring(0, Math.min(8, origin.length())), "", null, first,
                    theirs.size())
                    : new Finder(origin, officer.name(), officer.agency(), officer.country(), first, theirs.size()));
        }
        finders.sort(Comparator.comparing(Finder::firstSeen).thenComparing(Finder::name));
        return new Provenance(finders);
    }

    public int officers() {
        return finders.size();
    }
}
