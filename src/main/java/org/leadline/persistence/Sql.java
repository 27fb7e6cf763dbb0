package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Conversions between the domain's values and their columns. */
final class Sql {
    private Sql() {
    }

    /** Rows a batched insert sends at a time: an import's rows would otherwise all wait in memory as bindings. */
    static final int BATCH_ROWS = 1000;

    /** Sends the batch's rows once it holds {@link #BATCH_ROWS}; the batch takes more rows afterwards. */
    static void sendWhenFull(org.jdbi.v3.core.statement.PreparedBatch batch) {
        if (batch.size() >= BATCH_ROWS) {
            batch.execute();
        }
    }

    /** Sends what the batch still holds. */
    static void sendRest(org.jdbi.v3.core.statement.PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Ids bound to one query at a time by {@link #forEachRowOfIds}. */
    static final int ID_CHUNK = 1000;

    /**
     * Runs {@code sql}, which names its ids as {@code = ANY(:ids)}, over {@code ids} a thousand at a time (a bound array
     * that H2 reads through the index), and hands each row to {@code row}.
     */
    static <R> void forEachRowOfIds(Handle handle, String sql, Collection<UUID> ids, RowMapper<R> mapper, Consumer<R> row) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            handle.createQuery(sql).bindArray("ids", UUID.class, all.subList(from, Math.min(all.size(), from + ID_CHUNK)))
                    .map(mapper).forEach(row);
        }
    }

        static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Tags are stored space-separated: tag names never hold white space. */
    static String joinTags(List<String> tags) {
        return String.join(" ", tags);
    }

    static List<String> splitTags(String tags) {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.trim().split(" +"));
    }
}
