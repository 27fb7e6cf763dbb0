package org.leadline.ui.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * Adding a colleague's key: the file it comes in (a package, or a key file of one or many keys) is read and its keys
 * shown; a key is trusted only once the officer confirms that its fingerprint is the one the colleague read out, or
 * types that fingerprint and it matches. A key file signed by a trusted key (the team lead's) can be taken in whole.
 */
public final class TrustKeyViewModel {
    private static final byte[] KEY_FILE_MAGIC = "leadline-keys/1".getBytes(StandardCharsets.US_ASCII);

    public enum Source { NONE, PACKAGE, KEY_FILE }

    public enum KeyState { NEW, TRUSTED, OWN }

    /** A key the file offers, and how it stands with this workspace. */
    public record Offered(Manifest.Signer key, KeyState state) {
    }

    /** What the typed fingerprint says about the selected key. */
    public enum Typed { EMPTY, INCOMPLETE, MATCH, MISMATCH }

    private final Session session;
    final StringProperty path = new SimpleStringProperty("");
    final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.NONE);
    final ObservableList<Offered> keys = FXCollections.observableArrayList();
    final ObjectProperty<Offered> selected = new SimpleObjectProperty<>();
    /** The key file's signer and whether this workspace trusts it (then the whole file can be taken in). */
    final ObjectProperty<Manifest.Signer> fileSigner = new SimpleObjectProperty<>();
    final BooleanProperty fileSignerTrusted = new SimpleBooleanProperty(false);
    final StringProperty typed = new SimpleStringProperty("");
    final BooleanProperty confirmed = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final ObjectBinding<Typed> typedState;
    final BooleanBinding canAdd;
    final BooleanBinding canAddAll;
    private Path readFile;
    private PackageFile opened;

    public TrustKeyViewModel(Session session) {
        this.session = session;
        typedState = Bindings.createObjectBinding(() -> typedState(typed.get(), selected.get()), typed, selected);
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && selected.get().state() == KeyState.NEW
                        && typedState.get() != Typed.MISMATCH && (confirmed.get() || typedState.get() == Typed.MATCH),
                busy, selected, confirmed, typedState);
        canAddAll = Bindings.createBooleanBinding(() -> !busy.get() && source.get() == Source.KEY_FILE && fileSignerTrusted.get()
                && newKeys() > 0, busy, source, fileSignerTrusted, keys);
        // A confirmation is for one key: choosing another asks again.
        selected.addListener((obs, before, after) -> confirmed.set(false));
    }

    static Typed typedState(String typed, Offered key) {
        String hex = typed == null ? "" : typed.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (hex.isEmpty()) {
            return Typed.EMPTY;
        }
        if (key != null && hex.length() < 64 && key.key().fingerprint().startsWith(hex)) {
            return Typed.INCOMPLETE;
        }
        return key != null && hex.equals(key.key().fingerprint()) ? Typed.MATCH : Typed.MISMATCH;
    }

    int newKeys() {
        return (int) keys.stream().filter(k -> k.state() == KeyState.NEW).count();
    }

    /** Reads the file in the path field (off the FX thread) and lists the keys it offers. */
    void read() {
        String text = path.get() == null ? "" : path.get().strip().replaceAll("^[\"']|[\"']$", "");
        if (text.isEmpty()) {
            error.set(Messages.get("trustKey.error.noFile"));
            return;
        }
        Path file;
        try {
            file = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            error.set(Messages.get("import.error.missing", text));
            return;
        }
        if (!Files.isRegularFile(file)) {
            error.set(Messages.get("import.error.missing", file));
            return;
        }
        busy.set(true);
        error.set("");
        PackageFile previous = opened;
        opened = null;
        Background.run(() -> {
            if (previous != null) {
                previous.close();
            }
            return load(file);
        }, loaded -> {
            busy.set(false);
            readFile = file;
            opened = loaded.opened();
            fileSigner.set(loaded.signer());
            fileSignerTrusted.set(loaded.signerTrusted());
            keys.setAll(loaded.keys());
            // Last: what shows the file's signer follows the source.
            source.set(loaded.source());
            selected.set(keys.stream().filter(k -> k.state() == KeyState.NEW).findFirst().orElse(keys.isEmpty() ? null : keys.get(0)));
        }, failure -> {
            busy.set(false);
            source.set(Source.NONE);
            keys.clear();
            selected.set(null);
            error.set(Errors.sentence(failure));
        });
    }

    private record Loaded(Source source, PackageFile opened, Manifest.Signer signer, boolean signerTrusted, List<Offered> keys) {
    }

    private Loaded load(Path file) {
        TrustService trust = session.trust();
        if (isKeyFile(file)) {
            TrustService.KeyFile keyFile = trust.readKeyFile(file);
            List<Offered> offered = new ArrayList<>();
            keyFile.keys().forEach(key -> offered.add(new Offered(key, state(key))));
            return new Loaded(Source.KEY_FILE, null, keyFile.signer(), trust.trusts(keyFile.signer().fingerprint()), offered);
        }
        PackageFile package_ = PackageFile.open(session.workspace(), file, Progress.NONE);
        try {
            Manifest.Signer signer = trust.signerOf(package_.path());
            return new Loaded(Source.PACKAGE, package_, signer, false, List.of(new Offered(signer, state(signer))));
        } catch (RuntimeException e) {
            package_.close();
            throw e;
        }
    }

    private KeyState state(Manifest.Signer key) {
        if (key.fingerprint().equals(session.owner().fingerprint())) {
            return KeyState.OWN;
        }
        return session.trust().trusts(key.fingerprint()) ? KeyState.TRUSTED : KeyState.NEW;
    }

    private static boolean isKeyFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(KEY_FILE_MAGIC.length), KEY_FILE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Trusts the selected key, with the fingerprint typed (if it was) or the one shown and confirmed. */
    void add(Consumer<TrustedKey> onAdded) {
        Offered key = selected.get();
        if (!canAdd.get() || key == null) {
            if (key == null) {
                error.set(Messages.get("trustKey.error.choose"));
            }
            return;
        }
        String fingerprint = typedState.get() == Typed.MATCH ? typed.get() : key.key().fingerprint();
        Path file = source.get() == Source.PACKAGE ? opened.path() : readFile;
        boolean keyFile = source.get() == Source.KEY_FILE;
        busy.set(true);
        error.set("");
        Background.run(() -> keyFile ? session.trust().addFromKeyFile(fingerprint, file) : session.trust().addFromPackage(fingerprint, file),
                added -> {
                    busy.set(false);
                    onAdded.accept(added);
                }, failure -> {
                    busy.set(false);
                    error.set(Errors.sentence(failure));
                });
    }

    /** Trusts every new key of a key file signed by a trusted key. */
    void addAll(Consumer<List<TrustedKey>> onAdded) {
        if (!canAddAll.get()) {
            return;
        }
        Path file = readFile;
        busy.set(true);
        error.set("");
        Background.run(() -> session.trust().importKeyFile(file), added -> {
            busy.set(false);
            onAdded.accept(added);
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    /** The dialog closes: a decrypted package copy is removed. */
    void dispose() {
        PackageFile last = opened;
        opened = null;
        if (last != null) {
            Background.run(last::close, () -> { }, failure -> { });
        }
    }
}
