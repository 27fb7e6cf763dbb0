package org.leadline.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ceiling runs against the workspace schema as migrated, and leaves no database behind. */
class EngineCeilingTest {
    private static long ceilingFolders() throws Exception {
        try (Stream<Path> listed = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return listed.filter(path -> path.getFileName().toString().startsWith("leadline-engine-ceiling")).count();
        }
    }

    @Test
    void writesIntoTheLeadTableOfTheRealSchemaAndRemovesItsDatabase() throws Exception {
        long before = ceilingFolders();
        // Not a whole number of transactions: the last, short one counts too (the measure checks every row is there).
        assertThat(EngineCeiling.rowsPerSecond(EngineCeiling.ROWS_PER_TRANSACTION * 3 + 17, true)).isPositive().isFinite();
        assertThat(EngineCeiling.rowsPerSecond(EngineCeiling.ROWS_PER_TRANSACTION * 3 + 17, false)).isPositive().isFinite();
        assertThat(ceilingFolders()).isEqualTo(before);
    }
}
