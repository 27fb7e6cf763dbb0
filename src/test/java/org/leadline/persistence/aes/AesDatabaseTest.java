package org.leadline.persistence.aes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real H2 databases, moved back and forth between H2's CIPHER=AES and {@link AesFilePath}. */
class AesDatabaseTest {
    private static final String FILE_PASSWORD = "5f3c9a0e7b21d4c8a6e09f1b2d3c4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";
    private static final String USER_PASSWORD = "user-secret";

    @TempDir
    Path folder;

    private Connection withH2sCipher(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db + ";CIPHER=AES", "sa", FILE_PASSWORD + " " + USER_PASSWORD);
    }

    private static Connection withOurs(FileKey key, Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + key.path(db), "sa", USER_PASSWORD);
    }

    @Test
    void aDatabaseGoesFromH2sCipherToOursAndBack() throws SQLException {
        Path db = folder.resolve("db").toAbsolutePath();
        Random random = new Random(7);
        List<byte[]> rows = new ArrayList<>();
        try (Connection c = withH2sCipher(db)) {
            execute(c, "CREATE TABLE page(id INT PRIMARY KEY, body VARBINARY(20000))");
            insert(c, rows, random, 300);
        }
        try (FileKey key = FileKey.register(FILE_PASSWORD.toCharArray())) {
            try (Connection c = withOurs(key, db)) {
                assertThat(bodies(c)).containsExactlyElementsOf(rows);
                insert(c, rows, random, 300);
                try (PreparedStatement update = c.prepareStatement("UPDATE page SET body = ? WHERE MOD(id, 7) = 0")) {
                    update.setBytes(1, new byte[] {1, 2, 3});
                    update.executeUpdate();
                }
                for (int i = 0; i < rows.size(); i += 7) {
                    rows.set(i, new byte[] {1, 2, 3});
                }
                execute(c, "CHECKPOINT SYNC");
            }
        }
        try (Connection c = withH2sCipher(db)) {
            assertThat(bodies(c)).containsExactlyElementsOf(rows);
            insert(c, rows, random, 100);
        }
        try (FileKey key = FileKey.register(FILE_PASSWORD.toCharArray()); Connection c = withOurs(key, db)) {
            assertThat(bodies(c)).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void aDatabaseCompactedThroughOursOpensWithH2sCipher() throws SQLException {
        Path db = folder.resolve("compacted").toAbsolutePath();
        Random random = new Random(8);
        List<byte[]> rows = new ArrayList<>();
        try (FileKey key = FileKey.register(FILE_PASSWORD.toCharArray())) {
            try (Connection c = withOurs(key, db)) {
                execute(c, "CREATE TABLE page(id INT PRIMARY KEY, body VARBINARY(20000))");
                insert(c, rows, random, 400);
                execute(c, "DELETE FROM page WHERE id < 200");
                rows.subList(0, 200).clear();
                execute(c, "SHUTDOWN COMPACT");
            }
        }
        try (Connection c = withH2sCipher(db)) {
            assertThat(bodies(c)).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void aWrongFilePasswordReadsNothing() throws SQLException {
        Path db = folder.resolve("wrong").toAbsolutePath();
        try (Connection c = withH2sCipher(db)) {
            execute(c, "CREATE TABLE t(id INT)");
        }
        char[] wrong = FILE_PASSWORD.replace('5', '6').toCharArray();
        try (FileKey key = FileKey.register(wrong)) {
            assertThatThrownBy(() -> withOurs(key, db).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void insert(Connection c, List<byte[]> rows, Random random, int count) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO page VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                byte[] body = new byte[random.nextInt(12000)];
                random.nextBytes(body);
                insert.setInt(1, rows.size());
                insert.setBytes(2, body);
                insert.addBatch();
                rows.add(body);
            }
            insert.executeBatch();
        }
    }

    private static List<byte[]> bodies(Connection c) throws SQLException {
        List<byte[]> bodies = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT body FROM page ORDER BY id")) {
            while (rs.next()) {
                bodies.add(rs.getBytes(1));
            }
        }
        return bodies;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
