package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.workspace.Workspace;
import org.leadline.logic.workspace.WorkspaceException;

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

    /** V12: text up to 64 KB in a CLOB column (a capture's metadata, audit JSON) stays in its row, also after reopening. */
    @Test
    void smallLobsAreKeptInTheirRowsAfterTheWorkspaceReopens() {
        TestWorkspaces.create(folder).close();
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            String inplace = workspace.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")
                    .mapTo(String.class).one());
            assertThat(inplace).isEqualTo("65536");
        }
    }

    /** A merge under -Xmx512m spends less time collecting with a small page cache; a large heap keeps the large one. */
    @Test
    void thePageCacheIsSizedToTheHeap() {
        long mb = 1024L * 1024;
        assertThat(Database.cacheKiB(256 * mb)).isEqualTo(Database.MIN_CACHE_KIB);
        assertThat(Database.cacheKiB(512 * mb)).isEqualTo(16 * 1024);
        assertThat(Database.cacheKiB(2048 * mb)).isEqualTo(64 * 1024);
        assertThat(Database.cacheKiB(4096 * mb)).isEqualTo(Database.MAX_CACHE_KIB);
        assertThat(Database.cacheKiB(24_000 * mb)).isEqualTo(Database.MAX_CACHE_KIB);
        TestWorkspaces.create(folder).close();
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            String cache = workspace.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")
                    .mapTo(String.class).one());
            assertThat(cache).isEqualTo(String.valueOf(Database.cacheKiB(Runtime.getRuntime().maxMemory())));
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

    private static final String PASSWORD = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
            + " 9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9";

    /** What Database.open used before the JDK's AES: H2's own CIPHER=AES with the same password. */
    private Connection withH2sCipher() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("leadline").toAbsolutePath() + ";CIPHER=AES",
                "leadline", PASSWORD);
    }

    @Test
    void aDatabaseIsTheSameFileThatH2sCipherReadsAndWrites() throws SQLException {
        try (Database database = Database.open(folder, PASSWORD.toCharArray(), true)) {
            database.jdbi().useHandle(h -> new SettingRepository(h).put("written by", "Database"));
        }
        try (Connection c = withH2sCipher(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT val FROM setting WHERE name = 'written by'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Database");
            }
            s.execute("INSERT INTO setting (name, val) VALUES ('then', 'H2')");
        }
        try (Database database = Database.open(folder, PASSWORD.toCharArray(), false)) {
            Optional<String> then = database.jdbi().withHandle(h -> new SettingRepository(h).get("then"));
            assertThat(then).contains("H2");
        }
    }

    @Test
    void aFileOfAnotherKeyIsReportedAsNotMatchingTheKeyFile() throws SQLException {
        try (Connection c = withH2sCipher(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT)");
        }
        char[] other = PASSWORD.replace('0', '1').toCharArray();
        assertThatThrownBy(() -> Database.open(folder, other, false)).isInstanceOfSatisfying(WorkspaceException.class,
                e -> assertThat(e.getMessage()).contains("does not match its key file"));
    }

    /**
     * H2 writes a result larger than its in-memory limit (40,000 rows per GB of heap) to a file in the temporary
     * folder, encrypted only under CIPHER=AES; a workspace keeps every result in memory instead.
     */
    @Test
    void aLargeResultIsNotWrittenToTheTemporaryFolder() throws Exception {
        Path descriptors = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(descriptors), "needs /proc to see the files H2 holds open");
        int rows = (int) Math.max(60_000, 50_000 * Runtime.getRuntime().maxMemory() / (1L << 30));
        try (Database database = Database.open(folder, PASSWORD.toCharArray(), true)) {
            database.jdbi().useHandle(h -> {
                try (Statement s = h.getConnection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT DISTINCT 'lead ' || X FROM SYSTEM_RANGE(1, " + rows + ")")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(openTemporaryFiles(descriptors)).isEmpty();
                }
                // The check itself sees a spilled result:
                h.execute("SET MAX_MEMORY_ROWS 1000");
                try (Statement s = h.getConnection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT DISTINCT 'lead ' || X FROM SYSTEM_RANGE(1, 5000)")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(openTemporaryFiles(descriptors)).isNotEmpty();
                }
            });
        }
    }

    private static List<String> openTemporaryFiles(Path descriptors) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> links = Files.list(descriptors)) {
            for (Path link : links.toList()) {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if (target.contains("h2tmp")) {
                        open.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor of the listing itself, or one closed since.
                }
            }
        }
        return open;
    }
}
