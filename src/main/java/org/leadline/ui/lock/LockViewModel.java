package org.leadline.ui.lock;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;

/** Checks the passphrase of the still-open workspace before the operation shows again. */
public final class LockViewModel {
    private final Workspace workspace;
    final StringProperty passphrase = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LockViewModel(Workspace workspace) {
        this.workspace = workspace;
    }

    void unlock(Runnable onUnlocked) {
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
                return workspace.acceptsPassphrase(secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, accepted -> {
            busy.set(false);
            if (accepted) {
                passphrase.set("");
                onUnlocked.run();
            } else {
                error.set(Messages.get("unlock.error.wrong"));
            }
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }
}
