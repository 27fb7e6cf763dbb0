package org.leadline.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadline.logic.leads.Provenance;
import org.leadline.logic.leads.Provenance.Finder;

/** "Found by 3 officers: FR 10:02, IT 11:40, TR 14:15" in the detail pane, with the day when the finds span several. */
class ProvenanceTextTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void oneDayOfFindsReadsAsCountriesAndLocalTimes() {
        Provenance found = new Provenance(List.of(
                new Finder("a", "Claire Martin", "OCLTI", "FR", Instant.parse("2025-10-17T08:02:00Z"), 2),
                new Finder("b", "Marco Rossi", "Polizia di Stato", "IT", Instant.parse("2025-10-17T09:40:00Z"), 1),
                new Finder("c", "Ayşe Demir", "EGM", "TR", Instant.parse("2025-10-17T12:15:00Z"), 4)));
        assertThat(ProvenanceText.line(found, PARIS)).isEqualTo("Found by 3 officers: FR 10:02, IT 11:40, TR 14:15");
        assertThat(ProvenanceText.tooltip(found).lines()).hasSize(3).first().asString()
                .startsWith("Claire Martin, OCLTI (FR) · first seen ").endsWith(" · 2 sightings");
    }

    @Test
    void findsOnSeveralDaysCarryTheDay() {
        Provenance found = new Provenance(List.of(
                new Finder("a", "Claire Martin", "OCLTI", "FR", Instant.parse("2025-10-17T08:02:00Z"), 1),
                new Finder("b", "Unknown officer b", "", null, Instant.parse("2025-10-18T09:40:00Z"), 0)));
        assertThat(ProvenanceText.line(found, PARIS)).isEqualTo("Found by 2 officers: FR 17 Oct 10:02, ? 18 Oct 11:40");
        assertThat(ProvenanceText.line(new Provenance(List.of(found.finders().get(0))), PARIS)).isEqualTo("Found by 1 officer: FR 10:02");
    }
}
