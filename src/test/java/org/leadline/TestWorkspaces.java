package org.leadline;

import java.nio.file.Path;
import java.time.Clock;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

/** Real encrypted workspaces in a temporary folder, for tests. */
public final class TestWorkspaces {
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestWorkspaces() {
    }

    public static Workspace create(Path folder) {
        return Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Claire Martin", "OCLTI", "FR"), Clock.systemUTC());
    }

    public static Workspace open(Path folder) {
        return Workspace.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC());
    }

    /** A workspace with one open operation whose phones default to France. */
    public static Operation withOperation(Workspace workspace) {
        return new OperationService(workspace).create("Cyberprotect II", null, "FR", null, null);
    }
}
