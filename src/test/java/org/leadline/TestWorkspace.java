package org.leadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

/**
 * For each test, a real encrypted workspace with one open operation in a folder of its own, closed and removed after
 * the test; filled with a demo action day when asked. Registered as a field:
 * {@code @RegisterExtension final TestWorkspace desk = TestWorkspace.filled(1_200, 0);}
 */
public final class TestWorkspace implements BeforeEachCallback, AfterEachCallback {
    private final int leads;
    private final int offers;
    private Path folder;
    private Workspace workspace;
    private Operation operation;

    private TestWorkspace(int leads, int offers) {
        this.leads = leads;
        this.offers = offers;
    }

    /** The workspace with its operation and nothing in it. */
    public static TestWorkspace empty() {
        return new TestWorkspace(0, 0);
    }

    /** The operation filled by {@link DemoService#fill} with this many leads and offers. */
    public static TestWorkspace filled(int leads, int offers) {
        return new TestWorkspace(leads, offers);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("leadline-test-");
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        if (leads > 0) {
            new DemoService(workspace).fill(operation.id(), leads, offers, Progress.NONE);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            workspace.close();
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(TestWorkspace::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public Operation operation() {
        return operation;
    }

    /** A folder of the test's own beside the workspace, for files it writes. */
    public Path folder() {
        return folder;
    }
}
