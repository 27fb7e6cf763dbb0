package org.leadline.logic.leads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tag names as stored: trimmed, lower case, white space turned into dashes, each once. */
public final class TagNames {
    /** Distinct colours assigned to new tags in turn; the officer can change them. */
    private static final String[] PALETTE = {"#d1495b", "#edae49", "#00798c", "#30638e", "#6a4c93", "#2a9d8f", "#e76f51", "#8d99ae"};

    private TagNames() {
    }

    public static String normalize(String tag) {
        String name = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException("The tag '" + name.substring(0, 20) + "…' is longer than 100 characters.");
        }
        return name;
    }

    public static List<String> normalizeAll(Collection<String> tags) {
        Set<String> names = new LinkedHashSet<>();
        for (String tag : tags) {
            names.add(normalize(tag));
        }
        return new ArrayList<>(names);
    }

    public static String colorFor(String name) {
        return PALETTE[Math.floorMod(name.hashCode(), PALETTE.length)];
    }
}
