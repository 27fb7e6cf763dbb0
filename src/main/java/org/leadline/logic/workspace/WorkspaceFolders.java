package org.leadline.logic.workspace;

import java.nio.file.Path;

/** Where a workspace lives when the officer does not say. */
public final class WorkspaceFolders {
    private WorkspaceFolders() {
    }

    /** {@code $XDG_DATA_HOME/leadline}, else {@code ~/.local/share/leadline}; the property leadline.workspace overrides both. */
    public static Path defaultFolder() {
        String override = System.getProperty("leadline.workspace");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String dataHome = System.getenv("XDG_DATA_HOME");
        if (dataHome != null && !dataHome.isBlank()) {
            return Path.of(dataHome, "leadline");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "leadline");
    }
}
