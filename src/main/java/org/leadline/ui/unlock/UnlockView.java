package org.leadline.ui.unlock;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.PassphrasePrompt;
import org.leadline.ui.common.Session;

/** Shown at start when the folder holds a workspace. */
public final class UnlockView {
    private final PassphrasePrompt prompt;

    public UnlockView(UnlockViewModel model, Consumer<Session> onUnlocked) {
        Label folder = Layouts.text(Messages.get("unlock.folder", model.folder().toAbsolutePath()), "field-hint");
        folder.setWrapText(true);
        prompt = new PassphrasePrompt(Messages.get("unlock.title"), Messages.get("unlock.subtitle"), model.passphrase,
                model.error, model.busy, () -> model.unlock(onUnlocked), folder);
        prompt.root().setId("unlockScreen");
    }

    public Parent root() {
        return prompt.root();
    }

    public void focus() {
        prompt.focus();
    }
}
