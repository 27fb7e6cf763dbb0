package org.leadline;

import javafx.application.Application;
import org.leadline.ui.LeadlineApp;

/** Starts the window; a class of its own so that commands never load JavaFX. */
final class GuiStarter {
    private GuiStarter() {
    }

    static void start(String[] args) {
        Application.launch(LeadlineApp.class, args);
    }
}
