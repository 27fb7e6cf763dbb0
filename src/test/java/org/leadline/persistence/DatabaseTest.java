package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.workspace.Workspace;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void schemaVersionNamesTheNewestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(file -> name.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aNewWorkspaceIsMigratedToTheNewestVersionAndReopensWithoutFlyway() {
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            int version = workspace.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"").mapTo(Integer.class).one());
            assertThat(version).isEqualTo(Database.SCHEMA_VERSION);
        }
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            int tallies = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_tally").mapTo(Integer.class).one());
            assertThat(tallies).isZero();
        }
    }

    @Test
    void aFileMostlyGarbageIsClosedIntoOneFileThatOpensWithEveryRow(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        char[] password = "file-password user-password".toCharArray();
        Database database = Database.open(dir, password.clone(), true);
        database.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE filler (id INT PRIMARY KEY, text VARCHAR(1000))");
            for (int round = 0; round < 6; round++) {
                var batch = h.prepareBatch("MERGE INTO filler (id, text) VALUES (:id, :text)");
                for (int i = 0; i < 3000; i++) {
                    batch.bind("id", i).bind("text", "round " + round + " " + "x".repeat(500)).add();
                }
                batch.execute();
            }
            h.execute("DELETE FROM filler WHERE id >= 100");
            // H2 writes to the file in the background: what it holds now is what closing starts from.
            h.execute("CHECKPOINT SYNC");
        });
        database.close();

        // Whether H2 finds the file worth compacting depends on what its background writer did; either way the close
        // leaves one file that opens with every row, and no copy behind.
        assertThat(dir.resolve("leadline.mv.db.before-compact")).doesNotExist();
        Database reopened = Database.open(dir, password.clone(), false);
        int rows = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM filler").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(100);
        reopened.close();
    }

    @Test
    void aCompactionCutShortIsUndoneFromTheCopyMadeBeforeIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        char[] password = "file-password user-password".toCharArray();
        Database database = Database.open(dir, password.clone(), true);
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE kept (id INT PRIMARY KEY); INSERT INTO kept VALUES (1), (2)"));
        database.close();
        Path file = dir.resolve("leadline.mv.db");
        java.nio.file.Files.copy(file, dir.resolve("leadline.mv.db.before-compact"));
        // What a power cut in the middle of the rewrite could leave: the file cut short.
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        Database reopened = Database.open(dir, password.clone(), false);

        int rows = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kept").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
        assertThat(dir.resolve("leadline.mv.db.before-compact")).doesNotExist();
        reopened.close();
    }
}
