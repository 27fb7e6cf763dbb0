package org.leadline.ui.common;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * JavaFX drops a layout request that a node makes while its parent is laying it out ({@code Parent.requestParentLayout}
 * skips a parent that is performing layout). The node stays marked "needs layout" under a clean parent, and nothing
 * lays it out again until something else dirties that branch. The lead table does that when its first rows arrive
 * just before the window's first layout: its cells are made during its own layout, which asks for another. The table
 * then showed "No lead matches these filters." over a full page of rows (seen under Xvfb at start-up, 3 starts of 3
 * when the first page came before the header's counters).
 *
 * <p>{@link #relayout} watches the next layout passes of the node's scene: after each, a node still marked is left
 * over from that pass, and its parent is asked again, now that nothing is laying it out. Once such a late layout has
 * run, the node's area is repainted as a whole: Prism's dirty regions missed it, and the old placeholder stayed on
 * screen although the scene held the rows (it showed with {@code -Dprism.dirtyopts=false}).
 */
public final class StrandedLayout {
    /** A node that marks itself on every pass would otherwise keep the window laying out forever. */
    static final int MAX_PASSES = 4;
    /** Too little to see, enough for Prism to repaint the node's whole area for one frame. */
    private static final double NUDGE = 0.001;

    private StrandedLayout() {
    }

    /** Lays {@code node} out again after the next layout passes while JavaFX strands it; call after changing it. */
    public static void relayout(Parent node) {
        Scene scene = node.getScene();
        if (scene == null) {
            // Not showing yet: adding it to a scene lays the whole branch out.
            return;
        }
        node.requestLayout();
        scene.addPostLayoutPulseListener(new Runnable() {
            private int passes;

            @Override
            public void run() {
                Parent parent = node.getParent();
                if (node.isNeedsLayout() && parent != null && node.getScene() == scene && passes < MAX_PASSES) {
                    passes++;
                    parent.requestLayout();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                if (passes > 0) {
                    repaint(node, scene);
                }
            }
        });
    }

    /** Changes the node's opacity for one frame, which marks all of it dirty, and puts it back. */
    private static void repaint(Parent node, Scene scene) {
        double opacity = node.getOpacity();
        node.setOpacity(opacity > NUDGE ? opacity - NUDGE : opacity + NUDGE);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                node.setOpacity(opacity);
            }
        });
        Platform.requestNextPulse();
    }
}
