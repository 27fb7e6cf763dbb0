package org.leadline;

import javafx.application.Application;
import org.leadline.logic.startup.ClassArchive;
import org.leadline.ui.LeadlineApp;

/** Starts the window; a class of its own so that commands never load JavaFX. */
final class GuiStarter {
    private GuiStarter() {
    }

    /** Seconds after launch before a missing class archive is made: the unlock and the first page come first. */
    private static final long ARCHIVE_DELAY_SECONDS = 30;

    static void start(String[] args) {
        ClassArchive.createInBackgroundIfWanted(ARCHIVE_DELAY_SECONDS);
        Application.launch(LeadlineApp.class, args);
    }
}
