package org.leadline.ui.links;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.common.Session;

/**
 * Measures, for the {@code bench} command in a fresh JVM, the longest frame of the link chart window while it pans
 * across the whole chart: the chart of the workspace's open operation opens over a 1366×768 window, and once laid
 * out it is dragged a few pixels every pulse for {@value #PAN_FRAMES} frames, half of them zoomed in far enough for
 * labels. The same sweep then runs again with the chart hidden: the longest frame of an empty window on this machine
 * at this moment, the floor the chart's figure is to be read against. Prints "longest-ms frames longest-draw-ms
 * empty-longest-ms" on standard output and exits; needs a display.
 */
public final class LinkChartFrameProbe {
    static final int PAN_FRAMES = 240;
    private static final int SETTLE_FRAMES = 20;
    private static final int MAX_WAIT_FRAMES = 60 * 120;

    private LinkChartFrameProbe() {
    }

    /** Arguments: {@code WORKSPACE}, with the passphrase in LEADLINE_PASSPHRASE. */
    public static void main(String[] args) {
        Window.workspace = org.leadline.ui.startup.Probes.unlock(args, 1, 1, "LinkChartFrameProbe WORKSPACE");
        Application.launch(Window.class);
    }

    public static final class Window extends Application {
        private static Workspace workspace;
        private Session session;

        @Override
        public void start(Stage stage) {
            org.leadline.ui.startup.Probes.show(stage);
            session = new Session(workspace);
            session.operationProperty().set(session.loadOpenOperation().orElseThrow());
            LinkChartWindow chart = LinkChartWindow.show(stage, session, lead -> { });
            LinkChartViewModel model = chart.model();
            new AnimationTimer() {
                private int waited;
                private int settled;
                private int panned;
                private long last;
                private long longest;
                private long longestDraw;
                private long longestPaint;
                private final long[] frames = new long[PAN_FRAMES + 1];
                private boolean emptyRun;
                private long chartLongest;
                private long chartDraw;

                @Override
                public void handle(long now) {
                    if (panned == 0 && (model.shownProperty().get() == null || ++settled < SETTLE_FRAMES)) {
                        if (++waited > MAX_WAIT_FRAMES || model.errorProperty().get() != null) {
                            System.err.println("The chart did not open: " + model.errorProperty().get());
                            System.exit(1);
                        }
                        last = now;
                        return;
                    }
                    if (panned > 0) {
                        frames[panned - 1] = now - last;
                        longest = Math.max(longest, now - last);
                        longestDraw = Math.max(longestDraw, chart.canvas().lastDrawNanos());
                        longestPaint = Math.max(longestPaint, chart.canvas().lastPaintNanos());
                    }
                    last = now;
                    if (panned == PAN_FRAMES / 2) {
                        model.zoom(LinkChartViewModel.LABEL_SCALE * 1.2 / model.scale());
                    }
                    // A sweep to the right and down, then back: every part of the chart crosses the screen.
                    double step = panned % (PAN_FRAMES / 2) < PAN_FRAMES / 4 ? 6 : -6;
                    model.pan(step, step / 2);
                    chart.canvas().requestRedraw();
                    if (++panned > PAN_FRAMES) {
                        if (!emptyRun) {
                            chartLongest = longest;
                            chartDraw = longestDraw;
                            report(frames);
                            System.err.println(String.format(Locale.ROOT, "painting a bitmap on the worker at most %.1f ms",
                                    longestPaint / 1e6));
                            // Again with nothing drawn: the machine's own floor.
                            emptyRun = true;
                            chart.canvas().setVisible(false);
                            model.fit();
                            panned = 0;
                            settled = 0;
                            longest = 0;
                            return;
                        }
                        stop();
                        report(frames);
                        System.out.println(String.format(Locale.ROOT, "%.1f %d %.1f %.1f", chartLongest / 1e6, PAN_FRAMES,
                                chartDraw / 1e6, longest / 1e6));
                        System.out.flush();
                        Platform.exit();
                    }
                }
            }.start();
        }

        private static void report(long[] frames) {
            long[] sorted = java.util.Arrays.copyOf(frames, PAN_FRAMES);
            java.util.Arrays.sort(sorted);
            System.err.println(String.format(Locale.ROOT, "median %.1f ms, 90th %.1f ms, 99th %.1f ms, mean %.1f ms",
                    sorted[PAN_FRAMES / 2] / 1e6, sorted[PAN_FRAMES * 9 / 10] / 1e6, sorted[PAN_FRAMES * 99 / 100] / 1e6,
                    java.util.Arrays.stream(sorted).average().orElse(0) / 1e6));
            StringBuilder slow = new StringBuilder();
            for (int i = 0; i < PAN_FRAMES; i++) {
                if (frames[i] > 33_000_000L) {
                    slow.append(String.format(Locale.ROOT, " #%d %.1f", i, frames[i] / 1e6));
                }
            }
            // Which frames were slow tells a stall at the zoom (frame PAN_FRAMES / 2) from one while panning.
            System.err.println("frames over 33 ms:" + (slow.isEmpty() ? " none" : slow));
        }

        @Override
        public void stop() {
            session.close();
        }
    }
}
