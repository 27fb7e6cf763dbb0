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
}
