package org.leadline.model;

import java.util.Locale;

/** How the offer moves people. */
public enum Transport {
    BOAT, RUBBER_DINGHY, TRUCK, CAR, AIR, ON_FOOT;

    public String wireName() {
        return WireNames.of(this);
    }

    /** Accepts the wire names and the everyday "dinghy", "foot", "plane", "lorry". */
    public static Transport fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "dinghy", "rubber dinghy" -> RUBBER_DINGHY;
            case "foot", "on foot", "walking" -> ON_FOOT;
            case "plane", "flight" -> AIR;
            case "lorry" -> TRUCK;
            default -> WireNames.parse(Transport.class, name, "transport");
        };
    }
}
