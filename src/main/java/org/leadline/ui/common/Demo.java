package org.leadline.ui.common;

import org.leadline.logic.demo.DemoService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

/** The demo operation from the logic's demo generator. */
public final class Demo {
    static final int LEADS = 400;
    static final long SEED = 20240501L;

    private Demo() {
    }

    public static boolean available() {
        return true;
    }

    /** Off the FX thread: creates the demo operation, fills it and opens it. */
    public static Operation create(Workspace workspace) {
        return new DemoService(workspace).createDemoOperation(LEADS, SEED);
    }
}
