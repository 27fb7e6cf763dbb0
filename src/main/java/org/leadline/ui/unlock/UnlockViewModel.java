package org.leadline.ui.unlock;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.workspace.Workspace;
import org.leadline.logic.workspace.WorkspaceException;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** Opens an existing workspace with its passphrase. */
public final class UnlockViewModel {
    private final Path folder;
    private final Clock clock;
    final StringProperty passphrase = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public UnlockViewModel(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    void unlock(Consumer<Session> onUnlocked) {
        if (busy.get()) {
            return;
        }
        if (passphrase.get().isEmpty()) {
            error.set(Messages.get("unlock.error.empty"));
            return;
        }
        busy.set(true);
        error.set("");
        char[] secret = passphrase.get().toCharArray();
        Background.run(() -> {
            try {
                return new Session(Workspace.open(folder, secret, clock)).prepareOpening();
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, session -> {
            busy.set(false);
            passphrase.set("");
            onUnlocked.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(failure instanceof WorkspaceException e && e.reason() == WorkspaceException.Reason.WRONG_PASSPHRASE
                    ? Messages.get("unlock.error.wrong") : Errors.sentence(failure));
        });
    }
}
