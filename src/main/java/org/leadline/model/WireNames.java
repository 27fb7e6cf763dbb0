package org.leadline.model;

import java.util.Locale;

/** Enum constants on the wire and the command line: lower case with dashes ("per-person" for PER_PERSON). */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant named {@code name} (case, dashes and spaces ignored).
     *
     * @param field the option or field the value came from, for the error message
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.isEmpty() ? "" : ", ").append(of(constant));
        }
        throw new IllegalArgumentException("The " + field + " '" + name + "' is not one of " + known + ".");
    }
}
