package org.leadline.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/** How kinds, categories, times and shortcuts read on screen. */
public final class Format {
    /** Ctrl+1 … Ctrl+9 set these categories, in this order; Ctrl+0 sets the last one. */
    public static final List<Category> CATEGORY_SHORTCUTS = List.of(
            Category.POSSIBLE_FACILITATOR, Category.INCIDENT_TRAVEL, Category.INCIDENT_DOCUMENTS, Category.INCIDENT_GUIDANCE,
            Category.INCIDENT_OTHER, Category.PHONE_NUMBER, Category.USER_HANDLE, Category.URL, Category.TRAVEL_DOCUMENT,
            Category.OTHER);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(Messages.get("format.dateTime"), Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern(Messages.get("format.dateTimeShort"), Locale.ENGLISH);

    private Format() {
    }

    public static String kind(LeadKind kind) {
        return Messages.get("kind." + kind.wireName());
    }

    public static String category(Category category) {
        return Messages.get("category." + category.name().toLowerCase(Locale.ROOT));
    }

    /** "Ctrl+1" for the categories with a shortcut, else an empty string. */
    public static String categoryShortcut(Category category) {
        int index = CATEGORY_SHORTCUTS.indexOf(category);
        if (index < 0) {
            return "";
        }
        return Messages.get("shortcut.ctrlDigit", index == 9 ? 0 : index + 1);
    }

    /** The category Ctrl+digit sets, or null. */
    public static Category categoryForDigit(int digit) {
        int index = digit == 0 ? 9 : digit - 1;
        return index >= 0 && index < CATEGORY_SHORTCUTS.size() ? CATEGORY_SHORTCUTS.get(index) : null;
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Day, month and time: what the table shows (an action day lasts days, not years). */
    public static String shortDateTime(Instant instant) {
        return instant == null ? "" : SHORT.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A count as the messages write theirs (MessageFormat, English): 100,000. */
    public static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    public static String country(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return "";
        }
        String name = new Locale("", alpha2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.equalsIgnoreCase(alpha2) ? "" : name;
    }
}
