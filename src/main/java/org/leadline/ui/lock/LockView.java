package org.leadline.ui.lock;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.leadline.model.Officer;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.PassphrasePrompt;

/** Replaces the whole window while locked: nothing of the operation shows. */
public final class LockView {
    private final PassphrasePrompt prompt;

    public LockView(LockViewModel model, Officer owner, String reason, Runnable onUnlocked) {
        Label who = Layouts.text(Messages.get("lock.owner", owner.name(), owner.agency()), "field-hint");
        prompt = new PassphrasePrompt(Messages.get("lock.title"), reason, model.passphrase, model.error, model.busy,
                () -> model.unlock(onUnlocked), who);
        prompt.root().setId("lockScreen");
    }

    public Parent root() {
        return prompt.root();
    }

    public void focus() {
        prompt.focus();
    }
}
