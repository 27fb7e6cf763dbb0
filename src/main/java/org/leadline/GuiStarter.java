package org.leadline;

/** Starts the window; kept apart so that commands never load JavaFX. */
final class GuiStarter {
    private GuiStarter() {
    }

    static void start(String[] args) {
        try {
            Class<?> app = Class.forName("org.leadline.ui.LeadlineApp");
            Class<?> application = Class.forName("javafx.application.Application");
            application.getMethod("launch", Class.class, String[].class).invoke(null, app, args);
        } catch (ReflectiveOperationException e) {
            System.err.println("The window cannot be started: " + e.getMessage());
            System.exit(1);
        }
    }
}
