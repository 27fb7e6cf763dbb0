package org.leadline.ui.app;

import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Locks the window after the configured minutes without keyboard or mouse input. */
final class IdleLock {
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<InputEvent> activity = event -> restartIfRunning();
    private boolean armed;

    IdleLock(Scene scene, IntegerProperty minutes, Runnable lock) {
        timer.setDuration(Duration.minutes(minutes.get()));
        minutes.addListener((obs, before, after) -> {
            timer.setDuration(Duration.minutes(after.intValue()));
            restartIfRunning();
        });
        timer.setOnFinished(event -> {
            if (armed) {
                armed = false;
                lock.run();
            }
        });
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    /** Input in another scene (a dialog of the window) keeps the lock away too. */
    void watch(Scene other) {
        other.addEventFilter(InputEvent.ANY, activity);
    }

    /** Counts from now (the main window shows). */
    void arm() {
        armed = true;
        timer.playFromStart();
    }

    void disarm() {
        armed = false;
        timer.stop();
    }

    private void restartIfRunning() {
        if (armed) {
            timer.playFromStart();
        }
    }
}
