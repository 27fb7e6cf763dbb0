package org.leadline.logic.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.leadline.model.Ids;
import org.leadline.persistence.Database;

/**
 * What H2 itself can write, measured in the same run as the rows it bounds: plain JDBC batches into the workspace
 * schema's {@code lead_entity} table (every index the lead table sorts and finds by), on a file database without
 * encryption, in transactions of {@value #ROWS_PER_TRANSACTION} rows as the demo fill writes them. Every lead the
 * demo fill or an import adds costs one such row and also a lead record, a sighting and search terms, so the
 * leads-per-second rows cannot exceed this figure, whatever Leadline's own code does.
 */
final class EngineCeiling {
    static final int ROWS_PER_TRANSACTION = 250;
    private static final String[] KINDS = {"handle", "phone", "url", "facilitator"};
    private static final String[] CATEGORIES = {"USER_HANDLE", "PHONE_NUMBER", "URL", "POSSIBLE_FACILITATOR"};

    private EngineCeiling() {
    }

    /**
     * Rows per second into {@code lead_entity} for {@code rows} rows, in a database of its own, removed after; with
     * {@code indexed} false, after every index but the primary key is dropped (what the indexes cost).
     */
    static double rowsPerSecond(int rows, boolean indexed) {
        Path database = null;
        try {
            database = Files.createTempDirectory("leadline-engine-ceiling");
            String url = "jdbc:h2:file:" + database.resolve("ceiling").toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(url);
            source.setUser("bench");
            Database.migrate(source);
            try (Connection connection = source.getConnection()) {
                if (!indexed) {
                    dropIndexesButPrimaryKey(connection);
                }
                connection.setAutoCommit(false);
                long started = System.nanoTime();
                insert(connection, rows);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (count(connection) != rows) {
                    throw new IllegalStateException("H2's write ceiling wrote other than " + rows + " rows.");
                }
                return rows / seconds;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("H2's write ceiling could not be measured: " + e.getMessage(), e);
        } finally {
            if (database != null) {
                Bench.deleteQuietly(database);
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM lead_entity")) {
            return count.next() ? count.getLong(1) : -1;
        }
    }

    private static void dropIndexesButPrimaryKey(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet listed = statement.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                     + " WHERE TABLE_NAME = 'LEAD_ENTITY' AND INDEX_TYPE_NAME <> 'PRIMARY KEY'")) {
            while (listed.next()) {
                names.add(listed.getString(1));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("lead_entity has no index to drop: the workspace schema changed.");
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
        }
    }

    /** Synthetic entities of one operation, drawn as the demo's are: random values, times within an action day. */
    private static void insert(Connection connection, int rows) throws SQLException {
        UUID operation = Ids.newId();
        SplittableRandom random = new SplittableRandom(7);
        long dayStart = System.currentTimeMillis() - 3 * 86_400_000L;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO lead_entity (id, operation_id, kind, canonical, raw, status, category, region, platform, tags,
                                         sightings, officers, first_seen, last_seen, live)
                VALUES (?, ?, ?, ?, ?, 'VERIFIED', ?, 'FR', 'telegram', '', ?, 1, ?, ?, TRUE)""")) {
            for (int i = 0; i < rows; i++) {
                int kind = random.nextInt(KINDS.length);
                String value = "value-" + Long.toHexString(random.nextLong());
                long firstSeen = dayStart + random.nextLong(3 * 86_400_000L);
                insert.setObject(1, Ids.newId());
                insert.setObject(2, operation);
                insert.setString(3, KINDS[kind]);
                insert.setString(4, value);
                insert.setString(5, value);
                insert.setString(6, CATEGORIES[kind]);
                insert.setInt(7, 1 + random.nextInt(4));
                insert.setTimestamp(8, new Timestamp(firstSeen));
                insert.setTimestamp(9, new Timestamp(firstSeen + random.nextLong(3_600_000L)));
                insert.addBatch();
                if ((i + 1) % ROWS_PER_TRANSACTION == 0 || i == rows - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }
}
