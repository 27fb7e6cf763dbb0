package org.leadline.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;

class DemoServiceTest {
    @TempDir
    Path folder;

    @Test
    void anOfficersOwnDayHasOneRecordOfTheirsPerLead() {
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);

            int written = new DemoService(workspace).fillOwn(operation.id(), 3_000, 11, Progress.NONE);

            assertThat(written).isEqualTo(3_000);
            List<String> origins = workspace.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT origin FROM lead")
                    .mapTo(String.class).list());
            assertThat(origins).containsExactly(workspace.owner().fingerprint());
            int records = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead").mapTo(Integer.class).one());
            int entities = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_entity WHERE live AND officers = 1")
                    .mapTo(Integer.class).one());
            assertThat(records).isEqualTo(3_000);
            assertThat(entities).isEqualTo(3_000);
        }
    }

    @Test
    void aCancelledFillKeepsTheWholeBatchesItReportedAndTheSameSeedThenCompletesIt() {
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);
            DemoService demo = new DemoService(workspace);
            long[] reported = {0};
            Progress cancelAfterTheFirstBatches = new Progress() {
                @Override
                public void report(long done, long total) {
                    reported[0] = done;
                }

                @Override
                public boolean cancelled() {
                    return reported[0] >= 400;
                }
            };

            assertThatThrownBy(() -> demo.fill(operation.id(), 3_000, 5, cancelAfterTheFirstBatches))
                    .isInstanceOf(CancelledException.class);

            // Each batch is a transaction: what was reported done is in the operation, nothing of the next batch.
            assertThat(reported[0]).isBetween(400L, 2_999L);
            assertThat(entities(workspace)).isEqualTo(reported[0]);
            // The same seed again draws the same values: those already written are left out, the rest completes the day.
            int written = demo.fill(operation.id(), 3_000, 5, Progress.NONE);
            assertThat(written).isEqualTo(3_000 - reported[0]);
            assertThat(entities(workspace)).isEqualTo(3_000);
        }
    }

    private static long entities(Workspace workspace) {
        return workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_entity").mapTo(Long.class).one());
    }

    @Test
    void aLabelledScreenshotIsTheSamePictureInOtherBytes() throws IOException {
        byte[] png = DemoImages.noise(20_000, 5);

        byte[] labelled = DemoImages.labelled(png, "officer 3 shot 17");

        assertThat(Bytes.sha256(labelled)).isNotEqualTo(Bytes.sha256(png));
        assertThat(DemoImages.labelled(png, "officer 4 shot 17")).isNotEqualTo(labelled);
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage relabelled = ImageIO.read(new ByteArrayInputStream(labelled));
        assertThat(relabelled.getWidth()).isEqualTo(original.getWidth());
        for (int y = 0; y < original.getHeight(); y += 7) {
            for (int x = 0; x < original.getWidth(); x += 7) {
                assertThat(relabelled.getRGB(x, y)).isEqualTo(original.getRGB(x, y));
            }
        }
    }
}
