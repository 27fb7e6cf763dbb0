package org.leadline.logic.leads;

import java.util.List;
import java.util.Map;
import org.leadline.model.AuditEntry;
import org.leadline.model.Lead;
import org.leadline.model.LeadSummary;
import org.leadline.model.Note;
import org.leadline.model.Officer;
import org.leadline.model.Sighting;

/** Everything the detail pane shows about one lead entity, every officer's records included. */
public record LeadDetails(LeadSummary summary, List<Lead> records, List<Sighting> sightings, List<Note> notes,
                          List<AuditEntry> history, Map<String, Officer> officersByFingerprint) {

    /** The officer's name for a fingerprint, or the fingerprint's first group when the officer is unknown. */
    public String officerName(String fingerprint) {
        Officer officer = officersByFingerprint.get(fingerprint);
        return officer != null ? officer.name() + " (" + officer.country() + ")" : fingerprint.substring(0, 8);
    }
}
