package org.leadline.ui.packages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageExporter.ExportResult;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.model.Operation;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The export dialog's state: what goes in (the open operation, a kind), where it goes, for whom it is encrypted, and
 * the export itself, off the FX thread with progress and a cooperative cancel; then what was written.
 */
public final class ExportViewModel {
    public static final String EXTENSION = ".leadpack";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);
    /** The folder of the last export, for the next one in this session (a USB stick is usually the same). */
    private static Path lastFolder;

    public enum State { FORM, RUNNING, DONE }

    /** A colleague of the trust list the package can be encrypted for (only with a known encryption key). */
    public static final class Recipient {
        final TrustedKey key;
        final BooleanProperty chosen = new SimpleBooleanProperty(false);

        Recipient(TrustedKey key) {
            this.key = key;
        }

        public boolean available() {
            return key.transportKey() != null;
        }

        public TrustedKey key() {
            return key;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final Session session;
    private final Operation operation;
    final ObservableList<PackageKind> kinds = FXCollections.observableArrayList();
    final ObjectProperty<PackageKind> kind = new SimpleObjectProperty<>();
    final StringProperty target = new SimpleStringProperty("");
    final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    final BooleanProperty forMe = new SimpleBooleanProperty(false);
    final ObjectProperty<State> state = new SimpleObjectProperty<>(State.FORM);
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    /** The file the officer chose (and agreed to replace) in the file chooser. */
    private Path confirmedReplace;
    private FxProgress running;

    public ExportViewModel(Session session) {
        this.session = session;
        this.operation = session.operation();
        Path folder = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : Path.of(System.getProperty("user.home"));
        target.set(folder.resolve(defaultFileName(operation.name(), session.owner().name(),
                LocalDateTime.now(session.workspace().clock().withZone(java.time.ZoneId.systemDefault())))).toString());
    }

    /** {@code <operation>-<officer>-<yyyyMMdd-HHmm>.leadpack}, with anything but letters and digits made a dash. */
    public static String defaultFileName(String operation, String officer, LocalDateTime at) {
        return part(operation) + "-" + part(officer) + "-" + STAMP.format(at) + EXTENSION;
    }

    private static String part(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "package" : cleaned;
    }

    public Operation operation() {
        return operation;
    }

    /** Reads the kinds the operation can be exported as, the one to offer first and the trust list (off the FX thread). */
    void load() {
        Background.run(() -> {
            PackageExporter exporter = new PackageExporter(session.workspace());
            return new Loaded(exporter.kindsFor(operation.id()), exporter.suggestedKind(operation.id()), session.trust().list());
        }, loaded -> {
            kinds.setAll(loaded.kinds());
            kind.set(null);
            kind.set(loaded.suggested());
            List<Recipient> all = new ArrayList<>();
            loaded.keys().forEach(key -> all.add(new Recipient(key)));
            recipients.setAll(all);
        }, failure -> error.set(Errors.sentence(failure)));
    }

    private record Loaded(List<PackageKind> kinds, PackageKind suggested, List<TrustedKey> keys) {
    }

    /** The file chooser's answer: the officer agreed to replace it if it exists. */
    void chose(Path file) {
        Path withExtension = withExtension(file);
        confirmedReplace = withExtension;
        target.set(withExtension.toString());
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    List<String> chosenFingerprints() {
        List<String> out = new ArrayList<>();
        recipients.stream().filter(r -> r.available() && r.chosen.get()).forEach(r -> out.add(r.key.fingerprint()));
        if (forMe.get()) {
            out.add(session.owner().fingerprint());
        }
        return out;
    }

    /** Writes the package; onDone gets the result on the FX thread. */
    void export(java.util.function.Consumer<ExportResult> onDone) {
        if (state.get() != State.FORM || kind.get() == null) {
            return;
        }
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            error.set(Messages.get("export.error.noTarget"));
            return;
        }
        Path file;
        try {
            file = withExtension(Path.of(typed).toAbsolutePath());
        } catch (java.nio.file.InvalidPathException e) {
            error.set(Messages.get("export.error.folder", typed));
            return;
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            error.set(Messages.get("export.error.folder", file.getParent() == null ? typed : file.getParent()));
            return;
        }
        if (Files.exists(file) && !file.equals(confirmedReplace)) {
            error.set(Messages.get("export.error.exists", file.getFileName()));
            return;
        }
        List<String> recipientsChosen = chosenFingerprints();
        PackageKind chosenKind = kind.get();
        FxProgress reporter = new FxProgress(progress);
        running = reporter;
        error.set("");
        progress.set(-1);
        cancelling.set(false);
        state.set(State.RUNNING);
        Background.run(() -> new PackageExporter(session.workspace()).export(operation.id(), chosenKind, file, recipientsChosen, reporter),
                written -> {
                    lastFolder = file.getParent();
                    result.set(written);
                    state.set(State.DONE);
                    onDone.accept(written);
                }, failure -> {
                    state.set(State.FORM);
                    cancelling.set(false);
                    error.set(failure instanceof CancelledException ? Messages.get("export.cancelled") : Errors.sentence(failure));
                });
    }

    /** Asks a running export to stop; the file is then not written. */
    void cancel() {
        if (running != null && state.get() == State.RUNNING) {
            cancelling.set(true);
            running.cancel();
        }
    }

    /** A colleague's name as the trust list has it. */
    String nameOf(String fingerprint) {
        if (fingerprint.equals(session.owner().fingerprint())) {
            return session.owner().name();
        }
        return recipients.stream().filter(r -> r.key.fingerprint().equals(fingerprint)).map(r -> r.key.name()).findFirst()
                .orElse(fingerprint.substring(0, 8));
    }
}
