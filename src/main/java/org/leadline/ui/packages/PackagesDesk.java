package org.leadline.ui.packages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The package screens of one main window: export, the import wizard, the trust list and the conflict queue. Each opens
 * once; asking again brings the open one to the front.
 */
public final class PackagesDesk {
    /** What the desk needs of the window around it. */
    public record Window(Supplier<Stage> stage, Consumer<Scene> watch, Consumer<String> notice, Consumer<String> status) {
    }

    private final Session session;
    private final Window window;
    private final Consumer<List<ImportSummary>> onImported;
    private Stage export;
    private ImportWizard importer;
    private Stage trust;
    private Stage conflicts;

    /** @param onImported the packages taken in, after an import (the main window reloads its operations) */
    public PackagesDesk(Session session, Window window, Consumer<List<ImportSummary>> onImported) {
        this.session = session;
        this.window = window;
        this.onImported = onImported;
    }

    /** A file the window takes as a package to import when it is dropped on it. */
    public static boolean isPackage(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".leadpack");
    }

    /** Export and the conflicts are of the open operation: without one, the status bar says so. */
    private boolean noOperation() {
        if (session.operation() == null) {
            window.status().accept(Messages.get("packages.error.noOperation"));
            return true;
        }
        return false;
    }

    private static boolean front(Stage open) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return true;
        }
        return false;
    }

    /** File → Export package… for the open operation. */
    public ExportDialog exportPackage() {
        if (noOperation() || front(export)) {
            return null;
        }
        ExportDialog dialog = ExportDialog.show(window.stage().get(), session, window.watch(), window.notice());
        export = dialog.stage();
        return dialog;
    }

    /** File → Import packages…, or files dropped on the window (verified at once). */
    public ImportWizard importPackages(List<Path> files) {
        if (importer != null && importer.stage().isShowing()) {
            importer.model().addFiles(files);
            importer.stage().toFront();
            return importer;
        }
        importer = ImportWizard.show(window.stage().get(), session, files, window.watch(), done -> {
            long changed = done.stream().filter(summary -> !summary.alreadyImported()).count();
            if (changed > 0) {
                window.notice().accept(Messages.get("import.done.notice", changed));
            }
            onImported.accept(done);
        }, this::conflicts);
        return importer;
    }

    /** View → Trusted keys…. */
    public TrustListScreen trustList() {
        if (front(trust)) {
            return null;
        }
        TrustListScreen screen = TrustListScreen.show(window.stage().get(), session, window.watch());
        trust = screen.stage();
        return screen;
    }

    /** View → Conflicts…. */
    public ConflictQueue conflicts() {
        if (noOperation() || front(conflicts)) {
            return null;
        }
        ConflictQueue queue = ConflictQueue.show(window.stage().get(), session, window.watch());
        conflicts = queue.stage();
        return queue;
    }
}
