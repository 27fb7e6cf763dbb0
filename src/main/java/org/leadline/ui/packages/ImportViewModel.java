package org.leadline.ui.packages;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageImporter;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The import wizard's state: the files chosen, each one's verification report (off the FX thread, nothing written),
 * which the officer takes in, and the import itself, one transaction per package, with progress and a cooperative
 * cancel that rolls the package under way back.
 */
public final class ImportViewModel {
    public enum Step { CHOOSE, VERIFYING, REPORT, IMPORTING, DONE }

    private final Session session;
    private final Consumer<List<ImportSummary>> onImported;
    final ObservableList<Path> files = FXCollections.observableArrayList();
    /** Reports, each holding its include property so that the count of packages to take in follows the check boxes. */
    final ObservableList<PackageReport> reports = FXCollections.observableArrayList(report -> new Observable[] {report.include});
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty working = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    final IntegerBinding included = Bindings.createIntegerBinding(
            () -> (int) reports.stream().filter(r -> r.include.get() && r.status == PackageReport.Status.READY).count(), reports);
    /**
     * Once the packages are in: the first that went into an operation other than the open one (a team lead's fresh
     * workspace has its own), which the wizard offers to open; null when every one went into the open operation.
     */
    final ObjectProperty<ImportSummary> elsewhere = new SimpleObjectProperty<>();
    private FxProgress running;
    /** The window closed: what is still under way stops at its next step and removes the decrypted copies. */
    private boolean disposed;

    /** @param onImported gets what each package taken in did, once the import has finished (FX thread) */
    public ImportViewModel(Session session, Consumer<List<ImportSummary>> onImported) {
        this.session = session;
        this.onImported = onImported;
    }

    public ObservableList<PackageReport> reports() {
        return reports;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    /** Adds files to take in (a file already chosen is not added twice). */
    public void addFiles(List<Path> chosen) {
        if (step.get() != Step.CHOOSE) {
            return;
        }
        error.set("");
        for (Path file : chosen) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(absolute)) {
                error.set(Messages.get("import.error.missing", absolute));
            } else if (!files.contains(absolute)) {
                files.add(absolute);
            }
        }
    }

    /** A path typed or pasted into the wizard's field (quotes around it, as file managers copy them, are fine). */
    boolean addTyped(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("^[\"']|[\"']$", "");
        if (text.startsWith("file://")) {
            text = text.substring("file://".length());
        }
        if (text.isEmpty()) {
            return false;
        }
        try {
            int before = files.size();
            addFiles(List.of(Path.of(text)));
            return files.size() > before;
        } catch (InvalidPathException e) {
            error.set(Messages.get("import.error.missing", text));
            return false;
        }
    }

    void remove(Path file) {
        if (step.get() == Step.CHOOSE) {
            files.remove(file);
        }
    }

    /** Verifies every chosen file, one after the other; nothing is written to the workspace. */
    public void verify() {
        if (files.isEmpty() || step.get() != Step.CHOOSE) {
            return;
        }
        closeReports();
        error.set("");
        running = new FxProgress(progress);
        cancelling.set(false);
        step.set(Step.VERIFYING);
        verifyFrom(List.copyOf(files), 0, running);
    }

    private void verifyFrom(List<Path> all, int index, FxProgress reporter) {
        if (index >= all.size()) {
            step.set(Step.REPORT);
            return;
        }
        Path file = all.get(index);
        progress.set(-1);
        working.set(Messages.get("import.verifying", file.getFileName(), index + 1, all.size()));
        UUID open = session.operationId();
        Background.run(() -> check(file, reporter, open), report -> {
            if (disposed || step.get() != Step.VERIFYING) {
                report.close();
                closeReports();
                return;
            }
            reports.add(report);
            verifyFrom(all, index + 1, reporter);
        }, failure -> {
            closeReports();
            step.set(Step.CHOOSE);
            error.set(failure instanceof CancelledException ? Messages.get("import.error.cancelled") : Errors.sentence(failure));
        });
    }

    /** Off the FX thread: opens (decrypts) the file, verifies it and plans the import; a refusal is a report too. */
    private PackageReport check(Path file, FxProgress reporter, UUID openOperation) {
        PackageFile opened = null;
        try {
            opened = PackageFile.open(session.workspace(), file, reporter);
            VerifiedPackage verified = new PackageVerifier(session.workspace()).verify(opened.path(), reporter);
            ImportSummary plan = new PackageImporter(session.workspace()).plan(verified);
            int newBlobs = (int) verified.blobs().stream().filter(sha -> !session.workspace().evidence().contains(sha)).count();
            String signer = verified.manifest().signer().fingerprint();
            Instant since = verified.ownKey() ? null : session.trust().find(signer).map(TrustedKey::addedAt).orElse(null);
            return PackageReport.verified(file, opened, verified, plan, newBlobs,
                    verified.ownKey() ? PackageReport.Trust.OWN : PackageReport.Trust.TRUSTED, since, openOperation);
        } catch (PackageRefusedException refused) {
            Manifest.Signer signer = null;
            if (refused.step() == PackageRefusedException.Step.TRUST && opened != null) {
                signer = session.trust().signerOf(opened.path());
            }
            close(opened);
            return PackageReport.refused(file, refused, signer);
        } catch (CancelledException cancelled) {
            close(opened);
            throw cancelled;
        } catch (RuntimeException failure) {
            close(opened);
            return PackageReport.failed(file, Errors.sentence(failure));
        }
    }

    private static void close(PackageFile opened) {
        if (opened != null) {
            opened.close();
        }
    }

    /** Verifies one package again (after its signer's key was trusted) and puts the new report in its place. */
    void reverify(PackageReport old) {
        int index = reports.indexOf(old);
        if (index < 0 || step.get() != Step.REPORT) {
            return;
        }
        old.close();
        FxProgress reporter = new FxProgress(progress);
        UUID open = session.operationId();
        Background.run(() -> check(old.file, reporter, open), report -> {
            int at = reports.indexOf(old);
            if (disposed || at < 0 || step.get() != Step.REPORT) {
                report.close();
                return;
            }
            reports.set(at, report);
        }, failure -> error.set(Errors.sentence(failure)));
    }

    /** Back to the list of files; the reports are dropped (and their decrypted copies removed). */
    void back() {
        if (step.get() == Step.REPORT || step.get() == Step.DONE) {
            closeReports();
            step.set(Step.CHOOSE);
        }
    }

    /** Takes in the packages the officer ticked, in the order of the list, each as one transaction. */
    public void importChosen() {
        if (step.get() != Step.REPORT) {
            return;
        }
        List<PackageReport> chosen = reports.stream().filter(r -> r.include.get() && r.status == PackageReport.Status.READY).toList();
        if (chosen.isEmpty()) {
            return;
        }
        running = new FxProgress(progress);
        cancelling.set(false);
        error.set("");
        step.set(Step.IMPORTING);
        importFrom(chosen, 0, running, new ArrayList<>());
    }

    private void importFrom(List<PackageReport> chosen, int index, FxProgress reporter, List<ImportSummary> done) {
        if (index >= chosen.size() || disposed) {
            finish(done);
            return;
        }
        PackageReport report = chosen.get(index);
        progress.set(-1);
        working.set(Messages.get("import.importing", report.file.getFileName(), index + 1, chosen.size()));
        Background.run(() -> new PackageImporter(session.workspace()).importVerified(report.verified, reporter), summary -> {
            report.imported = summary;
            report.outcome = outcomeOf(summary);
            done.add(summary);
            importFrom(chosen, index + 1, reporter, done);
        }, failure -> {
            if (failure instanceof CancelledException) {
                report.outcome = Messages.get("import.done.cancelled");
                chosen.subList(index + 1, chosen.size()).forEach(rest -> rest.outcome = Messages.get("import.done.skipped"));
                finish(done);
                return;
            }
            report.outcome = failure instanceof PackageRefusedException refused ? refused.describe()
                    : Messages.get("import.done.failed", Errors.sentence(failure));
            importFrom(chosen, index + 1, reporter, done);
        });
    }

    /** What a package taken in did, and which operation it went into when that is not the open one. */
    private String outcomeOf(ImportSummary summary) {
        if (!intoAnotherOperation(summary)) {
            return summary.sentence();
        }
        return summary.sentence() + " " + Messages.get(summary.newOperation() ? "import.done.intoNew" : "import.done.into",
                summary.operationName());
    }

    /** The package was taken in, and into an operation other than the open one. */
    private boolean intoAnotherOperation(ImportSummary summary) {
        return !summary.alreadyImported() && !summary.operationId().equals(session.operationId());
    }

    private void finish(List<ImportSummary> done) {
        for (PackageReport report : reports) {
            if (report.outcome == null) {
                report.outcome = switch (report.status) {
                    case READY -> Messages.get("import.done.leftOut");
                    case ALREADY -> Messages.get("import.done.already");
                    case REFUSED -> report.refusal.describe();
                    case FAILED -> Messages.get("import.done.failed", report.failure);
                };
            }
        }
        cancelling.set(false);
        elsewhere.set(done.stream().filter(this::intoAnotherOperation).findFirst().orElse(null));
        step.set(Step.DONE);
        if (disposed) {
            closeReports();
        }
        if (!done.isEmpty()) {
            session.changed();
        }
        onImported.accept(List.copyOf(done));
    }

    /** Opens the operation the packages went into ({@link #elsewhere}); the main window follows the session. */
    void openElsewhere() {
        ImportSummary into = elsewhere.get();
        if (into != null) {
            session.openOperation(into.operationId(), failure -> error.set(Errors.sentence(failure)));
        }
    }

    /** Asks the verification or import under way to stop; an import under way is rolled back. */
    public void cancel() {
        if (running != null && (step.get() == Step.VERIFYING || step.get() == Step.IMPORTING)) {
            cancelling.set(true);
            running.cancel();
        }
    }

    /** The conflicts the packages taken in added, for the "Show conflicts…" button. */
    int conflictsAdded() {
        return reports.stream().filter(r -> r.imported != null).mapToInt(r -> r.imported.total().conflicts()).sum();
    }

    /** The window closes: stop what runs; the decrypted copies go now, or when the work under way has stopped. */
    void dispose() {
        disposed = true;
        Step now = step.get();
        cancel();
        if (now != Step.VERIFYING && now != Step.IMPORTING) {
            closeReports();
        }
    }

    private void closeReports() {
        reports.forEach(PackageReport::close);
        reports.clear();
    }
}
