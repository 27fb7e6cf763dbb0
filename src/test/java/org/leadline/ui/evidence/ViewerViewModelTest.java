package org.leadline.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.leadline.logic.evidence.TestImages;
import org.leadline.model.Capture.ExifSummary;
import org.leadline.model.Officer;

class ViewerViewModelTest {
    @Test
    void theWarningNamesCameraTimeAndPositionOrOnlyWhatIsThere() {
        assertThat(ViewerViewModel.exifWarning(new ExifSummary("2025:10:14 21:37:05", 32.88720, 12.07670, "Leadline test")))
                .isEqualTo("This image carries camera time 2025:10:14 21:37 and GPS position 32.887, 12.077: it may identify"
                        + " a person or place, and it may be false.");
        assertThat(ViewerViewModel.exifWarning(new ExifSummary(null, -33.9, 18.42, null)))
                .isEqualTo("This image carries GPS position -33.900, 18.420: it may identify a person or place, and it may be false.");
        assertThat(ViewerViewModel.exifWarning(new ExifSummary(null, null, null, "GIMP"))).as("software alone is no warning").isNull();
        assertThat(ViewerViewModel.exifWarning(ExifSummary.NONE)).isNull();
    }

    @Test
    void theOfficerLineNamesAKnownOfficerAndOtherwiseTheStartOfTheirKey() {
        Officer claire = new Officer(UUID.randomUUID(), "Claire Martin", "OCLTI", "FR", new byte[32], "c0ffee".repeat(10) + "abcd");
        assertThat(ViewerViewModel.officerLine(claire, claire.fingerprint())).isEqualTo("Claire Martin, OCLTI (FR)");
        assertThat(ViewerViewModel.officerLine(null, "ab12cd34" + "0".repeat(56))).isEqualTo("A colleague (key ab12cd34…)");
    }

    @Test
    void fitShowsTheWholePictureAndZoomStaysInBounds() {
        assertThat(ViewerViewModel.fit(2000, 1000, 800, 600)).isEqualTo(0.4);
        assertThat(ViewerViewModel.fit(100, 400, 800, 600)).isEqualTo(1.5);
        assertThat(ViewerViewModel.fit(100_000, 10, 800, 600)).isEqualTo(ViewerViewModel.MIN_ZOOM);
        assertThat(ViewerViewModel.clampZoom(99)).isEqualTo(ViewerViewModel.MAX_ZOOM);
    }

    @Test
    void redactionPaintsTheBoxesBlackAndLeavesTheRest() throws Exception {
        byte[] picture = TestImages.image("png", 120, 80, 5);
        var before = ImageIO.read(new ByteArrayInputStream(picture));
        var after = ImageIO.read(new ByteArrayInputStream(ViewerViewModel.redact(picture, List.of(new RegionSelection.Box(10, 10, 30, 20)))));
        assertThat(after.getWidth()).isEqualTo(120);
        assertThat(after.getRGB(15, 15) & 0xFFFFFF).isZero();
        assertThat(after.getRGB(39, 29) & 0xFFFFFF).isZero();
        assertThat(after.getRGB(40, 30)).isEqualTo(before.getRGB(40, 30));
        assertThat(after.getRGB(100, 70)).isEqualTo(before.getRGB(100, 70));
    }

    @Test
    void cropKeepsTheBoxAndMarkingFramesItInRed() throws Exception {
        byte[] picture = TestImages.image("png", 120, 80, 6);
        var before = ImageIO.read(new ByteArrayInputStream(picture));
        var cropped = ImageIO.read(new ByteArrayInputStream(ViewerViewModel.crop(picture, new RegionSelection.Box(30, 20, 50, 40))));
        assertThat(cropped.getWidth()).isEqualTo(50);
        assertThat(cropped.getHeight()).isEqualTo(40);
        assertThat(cropped.getRGB(0, 0)).isEqualTo(before.getRGB(30, 20));
        assertThat(cropped.getRGB(49, 39)).isEqualTo(before.getRGB(79, 59));

        var marked = ImageIO.read(new ByteArrayInputStream(ViewerViewModel.mark(picture, List.of(new RegionSelection.Box(30, 20, 50, 40)))));
        assertThat(marked.getWidth()).isEqualTo(120);
        assertThat(marked.getRGB(30, 40) & 0xFFFFFF).as("the frame").isEqualTo(ViewerViewModel.MARK.getRGB() & 0xFFFFFF);
        assertThat(marked.getRGB(55, 40)).as("inside it").isEqualTo(before.getRGB(55, 40));
        assertThat(marked.getRGB(5, 5)).as("outside it").isEqualTo(before.getRGB(5, 5));
    }

    @Test
    void metadataJsonBecomesGroupsOfTagsInOrder() {
        var groups = ViewerViewModel.tagGroups("{\"Exif IFD0\":{\"Software\":\"GIMP\",\"Make\":\"Apple\"},\"GPS\":{\"GPS Latitude\":\"32° 53' 13.92\\\"\"}}");
        assertThat(groups).extracting(ViewerViewModel.TagGroup::directory).containsExactly("Exif IFD0", "GPS");
        assertThat(groups.get(0).tags()).extracting(java.util.Map.Entry::getKey).containsExactly("Software", "Make");
        assertThat(ViewerViewModel.tagGroups(null)).isEmpty();
        assertThat(ViewerViewModel.tagGroups("not json")).isEmpty();
    }
}
