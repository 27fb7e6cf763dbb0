package org.leadline.ui.firstrun;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Passphrases;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The first-run form: the officer's profile, the first operation and the passphrase. */
public final class FirstRunViewModel {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Path folder;
    private final Clock clock;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty agency = new SimpleStringProperty("");
    final StringProperty country = new SimpleStringProperty("");
    final StringProperty operationName = new SimpleStringProperty("");
    final StringProperty operationId = new SimpleStringProperty("");
    final StringProperty region = new SimpleStringProperty("");
    final StringProperty passphrase = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public FirstRunViewModel(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The first thing wrong with the form, as one sentence, or null when it can be submitted. */
    String validate() {
        if (name.get().isBlank()) {
            return Messages.get("firstRun.error.name");
        }
        if (agency.get().isBlank()) {
            return Messages.get("firstRun.error.agency");
        }
        if (!isCountry(country.get())) {
            return Messages.get("firstRun.error.country");
        }
        if (operationName.get().isBlank()) {
            return Messages.get("firstRun.error.operationName");
        }
        if (!operationId.get().isBlank() && parseId(operationId.get()) == null) {
            return Messages.get("firstRun.error.operationId");
        }
        if (!isCountry(region.get())) {
            return Messages.get("firstRun.error.region");
        }
        if (passphrase.get().length() < Passphrases.MINIMUM_LENGTH) {
            return Messages.get("firstRun.error.passphraseShort", Passphrases.MINIMUM_LENGTH);
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Messages.get("firstRun.error.passphraseMismatch");
        }
        return null;
    }

    static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    static UUID parseId(String text) {
        try {
            String trimmed = text.strip();
            UUID id = UUID.fromString(trimmed);
            return id.toString().equalsIgnoreCase(trimmed) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Creates the workspace and its first operation off the FX thread; hands over the unlocked session. */
    void create(Consumer<Session> onCreated) {
        if (busy.get()) {
            return;
        }
        String problem = validate();
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        busy.set(true);
        char[] secret = passphrase.get().toCharArray();
        NewOfficer profile;
        try {
            profile = new NewOfficer(name.get(), agency.get(), country.get());
        } catch (IllegalArgumentException e) {
            busy.set(false);
            error.set(Errors.sentence(e));
            return;
        }
        String opName = operationName.get().strip();
        UUID opId = operationId.get().isBlank() ? null : parseId(operationId.get());
        String opRegion = region.get().strip().toUpperCase(Locale.ROOT);
        Background.run(() -> {
            try {
                Workspace workspace = Workspace.create(folder, secret, profile, clock);
                Session session = new Session(workspace);
                try {
                    new OperationService(workspace).create(opName, opId, opRegion, LocalDate.now(clock), null);
                } catch (RuntimeException e) {
                    // The workspace exists now; the main window offers "New operation…" when none is open.
                }
                return session.prepareOpening();
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, session -> {
            busy.set(false);
            passphrase.set("");
            confirmation.set("");
            onCreated.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }
}
