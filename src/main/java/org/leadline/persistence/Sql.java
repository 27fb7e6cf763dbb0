package org.leadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
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
     * The ids of {@link #forEachRowOfIds} as a table, to join the records to: {@code FROM <WANTED> JOIN lead l ON l.id =
     * wanted.id}. Not {@code WHERE id = ANY(:ids)}: H2 finds those rows through the index too, but then tests each row
     * found against the whole array again, a thousand comparisons a row; the join looks each id up once.
     */
    static final String WANTED = "TABLE(id UUID = :ids) wanted";

    /**
     * Runs {@code sql}, which joins its records to {@link #WANTED}, over {@code ids} a thousand at a time (one bound
     * array, so H2 parses and plans the statement once), and hands each row to {@code row}. Each id is asked once.
     */
    static <R> void forEachRowOfIds(Handle handle, String sql, Collection<UUID> ids, RowMapper<R> mapper, Consumer<R> row) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
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
