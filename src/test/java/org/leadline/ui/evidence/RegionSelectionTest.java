package org.leadline.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadline.ui.evidence.RegionSelection.Box;

class RegionSelectionTest {
    @Test
    void aDragBecomesTheScreenshotPixelsUnderItInAnyDirection() {
        assertThat(RegionSelection.crop(100, 50, 300, 250, 1366, 768, 1366, 768)).contains(new Box(100, 50, 200, 200));
        assertThat(RegionSelection.crop(300, 250, 100, 50, 1366, 768, 1366, 768)).as("dragged up and left")
                .contains(new Box(100, 50, 200, 200));
    }

    @Test
    void onAHiDpiScreenTheBoxIsScaledToTheDenserPixelsAndCoversPartialPixels() {
        // A 1440×900 desktop photographed at 2880×1800 pixels.
        assertThat(RegionSelection.crop(10.25, 20.5, 110.75, 70.5, 1440, 900, 2880, 1800)).contains(new Box(20, 41, 202, 100));
    }

    @Test
    void aDragPastTheEdgeIsClampedAndAClickIsNoRegion() {
        assertThat(RegionSelection.crop(-40, -10, 50, 60, 800, 600, 800, 600)).contains(new Box(0, 0, 50, 60));
        assertThat(RegionSelection.crop(700, 500, 900, 700, 800, 600, 800, 600)).contains(new Box(700, 500, 100, 100));
        assertThat(RegionSelection.crop(10, 10, 12, 40, 800, 600, 800, 600)).as("narrower than 4 pixels").isEmpty();
        assertThat(RegionSelection.crop(900, 900, 1000, 1000, 800, 600, 800, 600)).as("all off screen").isEmpty();
        assertThat(RegionSelection.crop(0, 0, 10, 10, 0, 600, 800, 600)).isEmpty();
    }

    @Test
    void theFileNameIsTheUtcTimeWithoutColons() {
        assertThat(RegionSelection.fileName(Instant.parse("2026-12-01T14:03:55.789Z"))).isEqualTo("screen-2026-12-01T14-03-55Z.png");
    }
}
