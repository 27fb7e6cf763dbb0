package org.leadline.ui.startup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.leadline.logic.workspace.Workspace;
import org.leadline.ui.app.Screens;
import org.leadline.ui.common.Session;
import org.leadline.ui.main.MainView;

/**
 * Measures, for the {@code bench} command in a fresh JVM, the operation's evidence grid as the officer gets it: from
 * View → Evidence of the operation (Ctrl+E) on the unlocked main window to the first frame where every visible tile
 * shows its thumbnail, then every frame while the grid scrolls 40 pixels a frame through captures whose thumbnails
 * are made as they come into view: four seconds of a first scroll, then four seconds more that are the measured ones.
 * The first seconds of the first scroll in a fresh JVM are spent compiling: about 5,000 methods of JavaFX's layout,
 * CSS and rendering take both cores from the FX thread then (frames of 40-100 ms that stop after them); they are
 * reported on their own. Prints "open-ms first-tiles-ms longest-frame-ms p99-frame-ms frames captures
 * first-scroll-longest-ms" on standard output (captures: how many the grid counted, so the bench knows it timed the
 * operation it meant) and exits; needs a display.
 */
public final class EvidenceGridProbe {
    /** Frames drawn before the grid is opened: the main window's first page and its layout settle first. */
    private static final int SETTLE_FRAMES = 30;
    private static final int MAX_WAIT_FRAMES = 600;
    private static final long SCROLL_NANOS = 4_000_000_000L;
    private static final long FIRST_SCROLL_NANOS = 4_000_000_000L;
    private static final double SCROLL_PIXELS = 40;

    private EvidenceGridProbe() {
    }

    /** Arguments: {@code WORKSPACE}, with the passphrase in LEADLINE_PASSPHRASE. */
    public static void main(String[] args) {
        Window.workspace = Probes.unlock(args, 1, 1, "EvidenceGridProbe WORKSPACE");
        Application.launch(Window.class);
    }

    public static final class Window extends Application {
        private static Workspace workspace;
        private Session session;

        @Override
        public void start(Stage stage) {
            Screens screens = Probes.show(stage);
            Scene scene = stage.getScene();
            session = new Session(workspace);
            MainView main = screens.showMainFor(session);
            new AnimationTimer() {
                private int settled;
                private int waited;
                private long opened;
                private long firstTiles;
                private long lastFrame;
                private long scrollStarted;
                private VirtualFlow<?> flow;
                private final List<Long> frames = new ArrayList<>();
                private long firstScrollLongest;

                @Override
                public void handle(long now) {
                    if (opened == 0) {
                        boolean ready = main.firstPageShownProperty().get() && ++settled >= SETTLE_FRAMES;
                        if (ready || ++waited > MAX_WAIT_FRAMES) {
                            opened = System.nanoTime();
                            evidenceItem(scene).fire();
                        }
                        return;
                    }
                    if (scrollStarted == 0) {
                        List<Node> visible = scene.getRoot().lookupAll("#evidenceRows .evidence-tile").stream()
                                .filter(Node::isVisible).toList();
                        if (firstTiles == 0 && !visible.isEmpty()) {
                            firstTiles = System.nanoTime();
                        }
                        if (visible.isEmpty() || !visible.stream().allMatch(EvidenceGridProbe::hasPicture)) {
                            if (System.nanoTime() - opened > 60_000_000_000L) {
                                fail("The evidence grid showed no thumbnails within a minute.");
                            }
                            return;
                        }
                        System.out.print(String.format(Locale.ROOT, "%.1f %.1f ", (System.nanoTime() - opened) / 1e6,
                                (firstTiles - opened) / 1e6));
                        flow = (VirtualFlow<?>) scene.lookup("#evidenceRows .virtual-flow");
                        scrollStarted = now;
                        lastFrame = now;
                        flow.scrollPixels(SCROLL_PIXELS);
                        return;
                    }
                    long frame = now - lastFrame;
                    lastFrame = now;
                    if (now - scrollStarted < FIRST_SCROLL_NANOS) {
                        firstScrollLongest = Math.max(firstScrollLongest, frame);
                        flow.scrollPixels(SCROLL_PIXELS);
                        return;
                    }
                    frames.add(frame);
                    if (now - scrollStarted < FIRST_SCROLL_NANOS + SCROLL_NANOS) {
                        flow.scrollPixels(SCROLL_PIXELS);
                        return;
                    }
                    stop();
                    List<Long> sorted = new ArrayList<>(frames);
                    Collections.sort(sorted);
                    System.out.println(String.format(Locale.ROOT, "%.1f %.1f %d %d %.1f", sorted.get(sorted.size() - 1) / 1e6,
                            sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)) / 1e6, sorted.size(),
                            main.evidence().gridModel().total(), firstScrollLongest / 1e6));
                    System.out.flush();
                    Platform.exit();
                }
            }.start();
        }

        private static MenuItem evidenceItem(Scene scene) {
            MenuBar bar = (MenuBar) scene.lookup("#menuBar");
            return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menuEvidence".equals(item.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The main window has no View → Evidence item."));
        }

        private static void fail(String why) {
            System.err.println(why);
            System.exit(1);
        }

        @Override
        public void stop() {
            session.close();
        }
    }

    private static boolean hasPicture(Node tile) {
        return tile.lookupAll(".image-view").stream().anyMatch(node -> ((ImageView) node).getImage() != null);
    }
}
