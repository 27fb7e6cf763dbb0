package org.leadline.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.leadline.persistence.aes.FileKey;
import org.leadline.logic.workspace.WorkspaceException;
import org.leadline.logic.workspace.WorkspaceException.Reason;

/**
 * The workspace's H2 file database, encrypted in the format of H2's AES cipher under a password derived from the
 * workspace key (see {@link FileKey}).
 * Opening it migrates the schema with Flyway.
 */
public final class Database implements AutoCloseable {

    private static final String USER = "leadline";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
    private final JdbcConnectionPool pool;
    private final FileKey fileKey;
    private final Jdbi jdbi;
    private final Path folder;
    private final String url;
    private final String password;

    private Database(JdbcConnectionPool pool, FileKey fileKey, Path folder, String url, String password) {
        this.pool = pool;
        this.fileKey = fileKey;
        this.jdbi = Jdbi.create(pool);
        this.folder = folder;
        this.url = url;
        this.password = password;
    }

    static final int MIN_CACHE_KIB = 16 * 1024;
    static final int MAX_CACHE_KIB = 128 * 1024;

    /**
     * H2's page cache for a heap of {@code maxHeapBytes}: a thirty-second of it, from 16 MB to 128 MB. The cached
     * pages' objects take several times H2's estimate of them, and a small heap copies them at every mixed collection:
     * merging six officer packages under -Xmx512m took 76-81 s with 128 MB (13-14 s of it paused for collections) and
     * 61-63 s with 16 MB (6-7 s paused); reading a page again costs less. Under -Xmx4g (the window) both took about as
     * long, so a large heap keeps the large cache for the lead table's sorts.
     */
    static int cacheKiB(long maxHeapBytes) {
        long kib = maxHeapBytes / 32 / 1024;
        return (int) Math.max(MIN_CACHE_KIB, Math.min(MAX_CACHE_KIB, kib));
    }

    /**
     * Opens (creating if needed) the database in {@code folder}.
     *
     * @param password H2's "filePassword userPassword", from the workspace key
     */
    public static Database open(Path folder, char[] password, boolean create) {
        int space = indexOf(password, ' ');
        if (space < 0) {
            Arrays.fill(password, '\0');
            throw new IllegalArgumentException("The database password is \"filePassword userPassword\"");
        }
        char[] filePassword = Arrays.copyOf(password, space);
        FileKey fileKey = FileKey.register(filePassword);
        String userPassword = new String(password, space + 1, password.length - space - 1);
        Arrays.fill(filePassword, '\0');
        Arrays.fill(password, '\0');
        // The file is in the format of H2's CIPHER=AES under the same file password, so workspaces made before open
        // unchanged, but its AES is the JDK's (AES-NI): H2's own took about half the CPU of an import.
        // TRACE_LEVEL_FILE=0: H2's trace file would hold SQL, and so lead values, in clear text.
        // MAX_COMPACT_TIME=0: no compaction in place when closing; under H2's CIPHER=AES it left files that no longer
        // open ("Double mark"). The file is compacted only by the guarded SHUTDOWN COMPACT of close().
        // CACHE_SIZE: see cacheKiB.
        // MAX_MEMORY_ROWS: H2 encrypts a large result it spills to the temporary folder only under CIPHER=AES;
        // here it would write it in clear text, so results stay in memory.
        String url = "jdbc:h2:file:" + fileKey.path(folder.resolve("leadline").toAbsolutePath())
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0;CACHE_SIZE=" + cacheKiB(Runtime.getRuntime().maxMemory())
                + ";MAX_MEMORY_ROWS=" + Integer.MAX_VALUE
                + (create ? "" : ";IFEXISTS=TRUE");
        restoreAfterInterruptedCompaction(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, userPassword);
        pool.setMaxConnections(4);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            fileKey.close();
            throw translate(e, folder);
        }
        if (!create && isCurrent(pool)) {
            return new Database(pool, fileKey, folder, url, userPassword);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            fileKey.close();
            throw new WorkspaceException(Reason.DAMAGED, "The workspace database could not be brought up to date: " + e.getMessage(), e);
        }
        return new Database(pool, fileKey, folder, url, userPassword);
    }

    /** Brings the schema behind {@code dataSource} up to the newest migration in {@code db/migration}. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The newest migration in {@code db/migration}; {@code DatabaseTest} keeps it true. A workspace already at this
     * version opens without starting Flyway, which costs more than half a second on a cold start.
     */
    static final int SCHEMA_VERSION = 12;

    private static boolean isCurrent(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** Loads H2's engine on another core while the passphrase's key derivation runs on this one. */
    public static void warmUp() {
        Thread warm = new Thread(() -> {
            try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:mem:"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE warm (id UUID PRIMARY KEY, at TIMESTAMP WITH TIME ZONE)");
            } catch (SQLException ignored) {
                // Only a head start: the real open reports its own errors.
            }
        }, "h2-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static WorkspaceException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new WorkspaceException(Reason.LOCKED,
                    "The workspace " + folder.getParent() + " is already open in another Leadline window or command.", e);
            // H2 reports a file that does not decrypt as corrupted: only under CIPHER=AES does it say "encryption error".
            case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_CORRUPTED_1,
                 ErrorCode.WRONG_PASSWORD_FORMAT ->
                    new WorkspaceException(Reason.DAMAGED,
                            "The workspace database does not match its key file: it is damaged or was replaced.", e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new WorkspaceException(Reason.DAMAGED, "The workspace database is missing from " + folder + ".", e);
            default -> new WorkspaceException(Reason.DAMAGED, "The workspace database cannot be opened: it may be damaged.", e);
        };
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Closes the database, compacting the file when less than half of it is live data: H2 appends every change and
     * leaves the old pages behind, so a day of imports can leave a file several times larger than its content.
     */
    @Override
    public void close() {
        boolean compact = false;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            compact = fillRate(statement) < MINIMUM_FILL_RATE;
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing left to flush.
        } finally {
            pool.dispose();
        }
        try {
            if (compact) {
                compactGuarded();
            }
        } finally {
            fileKey.close();
        }
    }

    /**
     * SHUTDOWN COMPACT rewrites the whole file, and with CIPHER=AES it has left files that no longer open (public H2
     * issues #3304, #3307, #2752; "Double mark" in a test here). So the cleanly closed file is copied first, compacted,
     * opened again and read; if any of that fails, the copy (the same data, not compacted) takes its place again.
     */
    private void compactGuarded() {
        Path file = databaseFile(folder);
        Path backup = backupFile(folder);
        try {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("The database was not compacted: no room for the copy that guards the compaction ({}).", e.getMessage());
            return;
        }
        try {
            try (Connection connection = DriverManager.getConnection(url, USER, password); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            try (Connection connection = DriverManager.getConnection(url, USER, password); Statement statement = connection.createStatement()) {
                readEveryTable(statement);
                statement.execute("SHUTDOWN");
            }
            Files.delete(backup);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("The compacted database did not open again; the file as it was before compaction is kept.", e);
            try {
                Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.error("The copy made before compaction could not be put back; it is kept as {}.", backup, moveFailed);
            }
        }
    }

    /** Counts the rows of every table: the reads a damaged file fails on. */
    private static void readEveryTable(Statement statement) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
            }
        }
    }

    /**
     * A copy left by a compaction that was interrupted (power cut, kill): it holds the same data as the file, cleanly
     * closed, while the file itself may be half rewritten, so the copy is put back.
     */
    private static void restoreAfterInterruptedCompaction(Path folder) {
        Path backup = backupFile(folder);
        if (Files.isRegularFile(backup)) {
            try {
                Files.move(backup, databaseFile(folder), StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("A compaction of the database was interrupted; the file as it was before it is back in place.");
            } catch (IOException e) {
                throw new WorkspaceException(Reason.DAMAGED, "The workspace database was being compacted when Leadline stopped, and"
                        + " the copy made before cannot be put back: " + e.getMessage(), e);
            }
        }
    }

    private static Path databaseFile(Path folder) {
        return folder.resolve("leadline.mv.db");
    }

    private static Path backupFile(Path folder) {
        return folder.resolve("leadline.mv.db.before-compact");
    }

    private static final int MINIMUM_FILL_RATE = 50;

    /**
     * The share of the file that holds live data, in percent: the part of the file used by chunks (FILL_RATE) times
     * the live part of those chunks (CHUNKS_FILL_RATE). Right after many writes the first is near 100 and only the
     * second tells how much is garbage.
     */
    private static int fillRate(Statement statement) throws SQLException {
        int file = 100;
        int chunks = 100;
        try (ResultSet rs = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                int value = Integer.parseInt(rs.getString(2));
                if (rs.getString(1).equals("info.FILL_RATE")) {
                    file = value;
                } else {
                    chunks = value;
                }
            }
        }
        return file * chunks / 100;
    }
}
