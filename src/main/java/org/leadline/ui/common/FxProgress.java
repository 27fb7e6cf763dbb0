package org.leadline.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import org.leadline.logic.tasks.Progress;

/**
 * Progress of background work shown on the FX thread, at most once a percent so that a fast loop does not flood it,
 * and the cooperative cancel the work checks between batches (never an interrupt: H2 must not be interrupted).
 */
public final class FxProgress implements Progress {
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final DoubleProperty shown;
    private volatile int lastPercent = -1;

    /** @param shown set to 0…1 on the FX thread as the work reports */
    public FxProgress(DoubleProperty shown) {
        this.shown = shown;
    }

    @Override
    public void report(long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            Platform.runLater(() -> shown.set(percent / 100.0));
        }
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancel.set(true);
    }
}
