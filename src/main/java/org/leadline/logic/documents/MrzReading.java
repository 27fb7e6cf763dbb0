package org.leadline.logic.documents;

import java.util.List;
import org.leadline.logic.selectors.MrzCheck;
import org.leadline.logic.selectors.MrzDocument;
import org.leadline.logic.selectors.MrzParser;
import org.leadline.logic.selectors.MrzResult;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;

/**
 * What a typed or pasted machine-readable zone gives a document record: its lines as read, its fields and every
 * check digit. A zone whose check digits fail is still read (the record shows what was printed); only a text that is
 * not laid out as a TD1, TD2 or TD3 zone gives no fields.
 *
 * @param lines  the zone's lines, upper case and without spaces, separated by line breaks
 * @param format TD1, TD2 or TD3; null when unreadable
 * @param fields the fields read; null when unreadable
 * @param checks every check digit, in the order of the zone
 * @param reason one sentence naming the first failing check digit or the layout problem; null when valid
 */
public record MrzReading(String lines, String format, DocumentFields fields, List<CheckDigit> checks, String reason,
                         MrzDocument zone) {

    public MrzReading {
        checks = List.copyOf(checks);
    }

    public static MrzReading read(String text) {
        String lines = String.join("\n", MrzParser.zoneLines(text == null ? "" : text));
        MrzResult result = MrzParser.parse(lines);
        MrzDocument zone = result.document();
        if (zone == null) {
            return new MrzReading(lines, null, null, List.of(), result.reason(), null);
        }
        DocumentFields fields = new DocumentFields(DocumentType.ofMrzCode(zone.documentCode()), zone.issuer(), zone.number(),
                blankToNull(zone.surname()), blankToNull(zone.givenNames()), blankToNull(zone.nationality()), zone.birthDate(),
                zone.sex(), zone.expiryDate());
        List<CheckDigit> checks = zone.checks().stream().map(MrzReading::checkDigit).toList();
        return new MrzReading(lines, zone.format(), fields, checks, result.reason(), zone);
    }

    /** Whether the text is laid out as a zone (its check digits may still fail). */
    public boolean readable() {
        return fields != null;
    }

    /** Whether the zone was read and every check digit agrees. */
    public boolean valid() {
        return readable() && checks.stream().allMatch(CheckDigit::ok);
    }

    /** The check digit protecting a field ("document number", "birth date", ...), or null when the zone has none. */
    public CheckDigit check(String field) {
        return checks.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    private static CheckDigit checkDigit(MrzCheck check) {
        return new CheckDigit(check.field(), check.written(), check.computed());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
