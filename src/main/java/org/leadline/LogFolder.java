package org.leadline;

import java.nio.file.Path;
import org.leadline.logic.workspace.WorkspaceFolders;

/** Points the log file at the workspace's logs folder before the first logger is made. */
final class LogFolder {
    private LogFolder() {
    }

    static void configure(String[] args) {
        Path workspace = WorkspaceFolders.defaultFolder();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace") && i + 1 < args.length) {
                workspace = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--workspace=")) {
                workspace = Path.of(args[i].substring("--workspace=".length()));
            }
        }
        if (System.getProperty("leadline.logDir") == null) {
            System.setProperty("leadline.logDir", workspace.resolve("logs").toString());
        }
    }
}
