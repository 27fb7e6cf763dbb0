package org.leadline.persistence;

import java.util.List;
import org.leadline.model.Lead;
import org.leadline.model.Sighting;

/**
 * A lead entity written in bulk with its records and sightings already decided (demo data, benchmarks):
 * the projection is computed here instead of being refreshed record by record.
 */
public record BulkLead(List<Lead> records, List<Sighting> sightings, String region, String platform) {
}
