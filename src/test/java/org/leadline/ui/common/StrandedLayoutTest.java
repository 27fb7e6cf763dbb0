package org.leadline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A node that asks for layout while being laid out is stranded by JavaFX, and laid out again by StrandedLayout. */
class StrandedLayoutTest extends FxRobot {
    /** Long enough for a dozen pulses at 60 a second: what a stranded node waits for does not come. */
    private static final long SETTLE_MS = 300;

    /** Like the lead table making its cells: asks for another layout from inside its own, a given number of times. */
    private static final class SelfMarking extends Region {
        int layouts;
        int marksLeft;

        @Override
        protected void layoutChildren() {
            layouts++;
            if (marksLeft > 0) {
                marksLeft--;
                requestLayout();
            }
        }
    }

    private SelfMarking node;

    @BeforeEach
    void show() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        node = new SelfMarking();
        FxToolkit.setupSceneRoot(() -> new StackPane(new StackPane(node)));
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
        settle();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void javaFxStrandsARequestMadeDuringTheNodesOwnLayout() {
        // The premise of StrandedLayout: if a JavaFX update lays the node out again by itself, the workaround can go.
        int before = node.layouts;
        interact(() -> {
            node.marksLeft = 1;
            node.requestLayout();
        });
        settle();
        assertThat(node.layouts).isEqualTo(before + 1);
        assertThat(node.isNeedsLayout()).isTrue();
    }

    @Test
    void aStrandedNodeIsLaidOutAgainAndItsOpacityPutBack() throws TimeoutException {
        int before = node.layouts;
        interact(() -> {
            node.marksLeft = 1;
            StrandedLayout.relayout(node);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !node.isNeedsLayout());
        settle();
        assertThat(node.layouts).isEqualTo(before + 2);
        assertThat(node.getOpacity()).isEqualTo(1.0);
    }

    @Test
    void aNodeThatMarksItselfOnEveryPassIsRetriedOnlyAFewTimes() {
        int before = node.layouts;
        interact(() -> {
            node.marksLeft = Integer.MAX_VALUE;
            StrandedLayout.relayout(node);
        });
        settle();
        assertThat(node.layouts).isEqualTo(before + 1 + StrandedLayout.MAX_PASSES);
        assertThat(node.getOpacity()).isEqualTo(1.0);
    }

    @Test
    void aNodeLaidOutInOnePassIsLeftAsItIs() {
        int before = node.layouts;
        interact(() -> StrandedLayout.relayout(node));
        settle();
        assertThat(node.layouts).isEqualTo(before + 1);
        assertThat(node.isNeedsLayout()).isFalse();
        assertThat(node.getOpacity()).isEqualTo(1.0);
    }

    private void settle() {
        sleep(SETTLE_MS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
