package org.leadline.ui.common;

import java.util.UUID;

/** How a capture id reads where there is no room for all of it (the tooltip or the field shows the whole id). */
public final class CaptureIds {
    private CaptureIds() {
    }

    /** The end of the id: its start is the time it was made (UUID v7), the same for images captured together. */
    public static String shortForm(UUID id) {
        String text = id.toString();
        return "…" + text.substring(text.length() - 8);
    }
}
