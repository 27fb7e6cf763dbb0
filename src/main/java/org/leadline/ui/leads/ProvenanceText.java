package org.leadline.ui.leads;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.leadline.logic.leads.Provenance;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Messages;

/**
 * How the detail pane reads a lead's provenance: "Found by 3 officers: FR 10:02, IT 11:40, TR 14:15", each officer's
 * country and the local time they first saw it (with the day when the finds span more than one), and in the tooltip
 * each one's name, agency, first sighting and sightings.
 */
public final class ProvenanceText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private ProvenanceText() {
    }

    public static String line(Provenance provenance, ZoneId zone) {
        List<Provenance.Finder> finders = provenance.finders();
        boolean oneDay = finders.stream().map(f -> f.firstSeen().atZone(zone).toLocalDate()).distinct().count() <= 1;
        DateTimeFormatter format = oneDay ? TIME : DAY_TIME;
        String each = finders.stream()
                .map(f -> Messages.get("detail.foundBy.finder", f.country() == null ? "?" : f.country(), format.format(f.firstSeen().atZone(zone))))
                .collect(Collectors.joining(", "));
        return Messages.get("detail.foundBy", finders.size(), each);
    }

    public static String tooltip(Provenance provenance) {
        return provenance.finders().stream()
                .map(f -> Messages.get("detail.foundBy.line", f.name(), f.agency(), f.country() == null ? "?" : f.country(),
                        Format.dateTime(f.firstSeen()), f.sightings()))
                .collect(Collectors.joining("\n"));
    }
}
