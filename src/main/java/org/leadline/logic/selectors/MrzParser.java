package org.leadline.logic.selectors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ICAO 9303 machine-readable zones: TD1 (ID cards, 3 lines of 30), TD2 (2 lines of 36) and TD3
 * (passports, 2 lines of 44), plus the visa layouts MRV-A (2×44) and MRV-B (2×36), which have no
 * composite check digit. Every check digit is verified; the document is returned even when one fails,
 * so that an evidence record can show what was printed, but the result then names the failing field.
 *
 * <p>Pasted zones come with stray spaces (OCR, PDF copies): all white space inside a line is removed.
 * A zone pasted as one line of 90, 72 or 88 characters is split into its lines.
 */
public final class MrzParser {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzParser() {
    }

    /** Parses a zone given as its lines separated by line breaks. */
    public static MrzResult parse(String lines) {
        List<String> rows = zoneLines(lines);
        for (String row : rows) {
            for (int i = 0; i < row.length(); i++) {
                char c = row.charAt(i);
                if (!isMrzChar(c)) {
                    return layoutFailure("The zone holds '" + c + "', which is not a machine-readable-zone character.");
                }
            }
        }
        if (rows.size() == 3 && allLength(rows, 30)) {
            return finish(parseTd1(rows.get(0), rows.get(1), rows.get(2)));
        }
        if (rows.size() == 2 && allLength(rows, 36)) {
            return finish(parseTwoLine("TD2", rows.get(0), rows.get(1)));
        }
        if (rows.size() == 2 && allLength(rows, 44)) {
            return finish(parseTwoLine("TD3", rows.get(0), rows.get(1)));
        }
        StringBuilder lengths = new StringBuilder();
        for (String row : rows) {
            lengths.append(lengths.length() == 0 ? "" : ", ").append(row.length());
        }
        return layoutFailure("Lines of " + (rows.isEmpty() ? "no" : lengths) + " characters do not form a TD1 (3×30), TD2 (2×36) or TD3 (2×44) zone.");
    }

    /**
     * The zone's lines as the parser reads them: white space removed, upper case, blank lines dropped, a zone pasted
     * as one line split into its lines. Records keep these, so that what was read can be read again.
     */
    public static List<String> zoneLines(String text) {
        List<String> rows = cleanLines(text);
        return rows.size() == 1 ? splitSingleLine(rows.get(0)) : rows;
    }

    /** The ICAO 9303 check digit of a field: weights 7, 3, 1 repeating; digits count as such, A–Z as 10–35, fillers as 0. */
    public static int checkDigit(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += charValue(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    static boolean isMrzChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
    }

    private static int charValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }

    private static List<String> cleanLines(String text) {
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            StringBuilder b = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    b.append(Character.toUpperCase(c));
                }
            }
            if (b.length() > 0) {
                rows.add(b.toString());
            }
        }
        return rows;
    }

    private static List<String> splitSingleLine(String row) {
        int width = switch (row.length()) {
            case 90 -> 30;
            case 72 -> 36;
            case 88 -> 44;
            default -> 0;
        };
        if (width == 0) {
            return List.of(row);
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < row.length(); i += width) {
            rows.add(row.substring(i, i + width));
        }
        return rows;
    }

    private static boolean allLength(List<String> rows, int length) {
        return rows.stream().allMatch(r -> r.length() == length);
    }

    private static MrzResult layoutFailure(String reason) {
        return new MrzResult(null, "layout", reason);
    }

    private static MrzResult finish(MrzDocument doc) {
        String failing = doc.firstFailingField();
        if (failing == null) {
            return new MrzResult(doc, null, null);
        }
        return new MrzResult(doc, failing, "The " + failing + " check digit of the " + doc.format()
                + " zone does not match (" + doc.canonical() + ").");
    }

    /** TD1: number on line 1, dates on line 2, name on line 3. */
    private static MrzDocument parseTd1(String l1, String l2, String l3) {
        List<MrzCheck> checks = new ArrayList<>();
        String code = l1.substring(0, 2);
        String optional1 = l1.substring(15, 30);
        String number = l1.substring(5, 14);
        char numberCheck = l1.charAt(14);
        String optional = optional1;
        if (numberCheck == '<') {
            // Long document number: the rest of it and its check digit open the optional data.
            Extension ext = extension(optional1);
            number = number + ext.rest;
            numberCheck = ext.check;
            optional = ext.remainder;
        }
        checks.add(check("document number", numberCheck, number));
        checks.add(check("birth date", l2.charAt(6), l2.substring(0, 6)));
        checks.add(check("expiry date", l2.charAt(14), l2.substring(8, 14)));
        if (!isVisa(code)) {
            String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
            checks.add(check("composite", l2.charAt(29), composite));
        }
        String[] names = names(l3);
        return new MrzDocument("TD1", strip(code), type(code), strip(l1.substring(2, 5)), strip(number),
                names[0], names[1], strip(l2.substring(15, 18)), birthDate(l2.substring(0, 6)), sex(l2.charAt(7)),
                expiryDate(l2.substring(8, 14)), strip(optional + l2.substring(18, 29)), checks);
    }

    /** TD2 and TD3 share one layout: name on line 1, everything else on line 2; they differ in width. */
    private static MrzDocument parseTwoLine(String format, String l1, String l2) {
        List<MrzCheck> checks = new ArrayList<>();
        int width = l2.length();
        String code = l1.substring(0, 2);
        boolean visa = isVisa(code);
        String number = l2.substring(0, 9);
        char numberCheck = l2.charAt(9);
        int optionalEnd = "TD3".equals(format) && !visa ? 42 : width - (visa ? 0 : 1);
        String optional = l2.substring(28, optionalEnd);
        if (numberCheck == '<' && "TD2".equals(format) && !visa) {
            Extension ext = extension(optional);
            number = number + ext.rest;
            numberCheck = ext.check;
            optional = ext.remainder;
        }
        checks.add(check("document number", numberCheck, number));
        checks.add(check("birth date", l2.charAt(19), l2.substring(13, 19)));
        checks.add(check("expiry date", l2.charAt(27), l2.substring(21, 27)));
        if (!visa) {
            if ("TD3".equals(format)) {
                checks.add(check("personal number", l2.charAt(42), l2.substring(28, 42)));
            }
            String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, width - 1);
            checks.add(check("composite", l2.charAt(width - 1), composite));
        }
        String[] names = names(l1.substring(5));
        return new MrzDocument(format, strip(code), type(code), strip(l1.substring(2, 5)), strip(number),
                names[0], names[1], strip(l2.substring(10, 13)), birthDate(l2.substring(13, 19)), sex(l2.charAt(20)),
                expiryDate(l2.substring(21, 27)), strip(optional), checks);
    }

    private record Extension(String rest, char check, String remainder) {
    }

    /** Splits "rest-of-number, check digit, filler, other data" as ICAO writes long document numbers. */
    private static Extension extension(String optional) {
        int filler = optional.indexOf('<');
        int end = filler < 0 ? optional.length() : filler;
        if (end == 0) {
            return new Extension("", '<', optional);
        }
        return new Extension(optional.substring(0, end - 1), optional.charAt(end - 1), optional.substring(end));
    }

    private static MrzCheck check(String field, char written, String data) {
        int computed = checkDigit(data);
        // A field made only of fillers may carry a filler as its check digit (ICAO 9303 part 4, 4.9).
        int writtenValue = written == '<' ? 0 : (written >= '0' && written <= '9' ? written - '0' : -1);
        return new MrzCheck(field, written, computed, writtenValue == computed);
    }

    private static boolean isVisa(String code) {
        return code.charAt(0) == 'V';
    }

    private static String type(String code) {
        return switch (code.charAt(0)) {
            case 'P' -> "passport";
            case 'I', 'A', 'C' -> "idcard";
            case 'V' -> "visa";
            default -> "document";
        };
    }

    private static String strip(String field) {
        return field.replace("<", "");
    }

    private static String[] names(String field) {
        String trimmed = field.replaceAll("<+$", "");
        int sep = trimmed.indexOf("<<");
        String surname = sep < 0 ? trimmed : trimmed.substring(0, sep);
        String given = sep < 0 ? "" : trimmed.substring(sep + 2);
        return new String[] {surname.replace('<', ' ').trim(), given.replace('<', ' ').trim()};
    }

    private static String sex(char c) {
        return c == 'F' || c == 'M' ? String.valueOf(c) : "X";
    }

    private static LocalDate birthDate(String yymmdd) {
        int currentYy = Year.now().getValue() % 100;
        return date(yymmdd, yy -> yy > currentYy ? 1900 + yy : 2000 + yy);
    }

    private static LocalDate expiryDate(String yymmdd) {
        int currentYy = Year.now().getValue() % 100;
        // Documents run for at most ten years or so; a year far ahead of today is last century.
        return date(yymmdd, yy -> yy > currentYy + 50 ? 1900 + yy : 2000 + yy);
    }

    private static LocalDate date(String yymmdd, java.util.function.IntUnaryOperator century) {
        for (int i = 0; i < 6; i++) {
            if (yymmdd.charAt(i) < '0' || yymmdd.charAt(i) > '9') {
                return null;
            }
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        try {
            return LocalDate.of(century.applyAsInt(yy), mm, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }

}
