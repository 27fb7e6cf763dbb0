package org.leadline.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;

/** What the main window asks of the application around it. */
public interface Shell {
    /** Hides the operation behind the lock screen. */
    void lock();

    /** Closes the workspace and the window. */
    void quit();

    BooleanProperty darkThemeProperty();

    /** Minutes without keyboard or mouse before the window locks itself. */
    IntegerProperty idleMinutesProperty();

    /** The stylesheets dialogs need to look like the window. */
    java.util.List<String> stylesheets();

    /** Input in another window of the application (a dialog) counts as activity for the idle lock. */
    void watchActivity(javafx.scene.Scene scene);
}
