package org.leadline.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.reports.ReportFormat;
import org.leadline.logic.reports.ReportRequest;
import org.leadline.logic.reports.ReportService;
import org.leadline.logic.reports.ReportService.ReportResult;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The report dialog's state: format, handling label, masking, one country or all, the file; the report itself off the
 * FX thread with progress and a cooperative cancel, then what was written.
 */
public final class ReportViewModel {
    /** The choice "every country" in the country list. */
    public static final String ALL_COUNTRIES = "";
    private static Path lastFolder;

    public enum State { FORM, RUNNING, DONE }

    private final Session session;
    private final Operation operation;
    final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.PDF);
    final ObjectProperty<HandlingLabel> label = new SimpleObjectProperty<>(HandlingLabel.DEFAULT);
    final BooleanProperty mask = new SimpleBooleanProperty(false);
    final ObservableList<String> countries = FXCollections.observableArrayList(ALL_COUNTRIES);
    final StringProperty country = new SimpleStringProperty(ALL_COUNTRIES);
    final StringProperty target = new SimpleStringProperty("");
    final ObjectProperty<State> state = new SimpleObjectProperty<>(State.FORM);
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    final ObjectProperty<ReportResult> result = new SimpleObjectProperty<>();
    private Path confirmedReplace;
    private FxProgress running;

    public ReportViewModel(Session session) {
        this.session = session;
        this.operation = session.operation();
        retarget();
        format.addListener((obs, before, after) -> retarget());
        country.addListener((obs, before, after) -> retarget());
    }

    public Operation operation() {
        return operation;
    }

    /** The countries of the operation, read in the background. */
    void load() {
        Background.run(() -> new ReportService(session.workspace()).countries(operation.id()), found -> {
            String chosen = country.get();
            countries.setAll(ALL_COUNTRIES);
            countries.addAll(found);
            country.set(countries.contains(chosen) ? chosen : ALL_COUNTRIES);
        }, failure -> error.set(Errors.sentence(failure)));
    }

    /** {@code <operation>-report[-CC]-<date>.<ext>} in the last folder used, kept in step with the format and country. */
    private void retarget() {
        Path folder = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : Path.of(System.getProperty("user.home"));
        String current = target.get();
        if (current != null && !current.isBlank()) {
            Path typed = Path.of(current).toAbsolutePath().getParent();
            if (typed != null && Files.isDirectory(typed)) {
                folder = typed;
            }
        }
        target.set(folder.resolve(defaultFileName(operation.name(), country.get(), LocalDate.now(session.workspace().clock()), format.get()))
                .toString());
        confirmedReplace = null;
    }

    public static String defaultFileName(String operation, String country, LocalDate day, ReportFormat format) {
        String name = operation == null ? "" : operation.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "operation" : name) + "-report" + (country == null || country.isEmpty() ? "" : "-" + country) + "-" + day + "."
                + format.extension();
    }

    /** The file chooser's answer: the officer agreed to replace it if it exists. */
    void chose(Path file) {
        String extension = "." + format.get().extension();
        Path withExtension = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension) ? file
                : file.resolveSibling(file.getFileName() + extension);
        confirmedReplace = withExtension;
        target.set(withExtension.toString());
    }

    void write(Consumer<ReportResult> onDone) {
        if (state.get() != State.FORM) {
            return;
        }
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            error.set(Messages.get("report.error.noTarget"));
            return;
        }
        Path file;
        try {
            file = Path.of(typed).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            error.set(Messages.get("report.error.folder", typed));
            return;
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            error.set(Messages.get("report.error.folder", file.getParent() == null ? typed : file.getParent()));
            return;
        }
        if (Files.exists(file) && !file.equals(confirmedReplace)) {
            error.set(Messages.get("report.error.exists", file.getFileName()));
            return;
        }
        ReportRequest request = new ReportRequest(operation.id(), format.get(), label.get(), mask.get(),
                country.get() == null || country.get().isEmpty() ? null : country.get());
        FxProgress reporter = new FxProgress(progress);
        running = reporter;
        error.set("");
        progress.set(-1);
        cancelling.set(false);
        state.set(State.RUNNING);
        Background.run(() -> new ReportService(session.workspace()).write(request, file, reporter), written -> {
            lastFolder = file.getParent();
            result.set(written);
            state.set(State.DONE);
            onDone.accept(written);
        }, failure -> {
            state.set(State.FORM);
            cancelling.set(false);
            error.set(failure instanceof CancelledException ? Messages.get("report.cancelled") : Errors.sentence(failure));
        });
    }

    /** Asks a running report to stop; no file is then written. */
    void cancel() {
        if (running != null && state.get() == State.RUNNING) {
            cancelling.set(true);
            running.cancel();
        }
    }

    List<HandlingLabel> labels() {
        return List.of(HandlingLabel.values());
    }
}
