package org.leadline.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.RouteAggregate;
import org.leadline.model.Transport;

/** Offer records with their route legs, the lead records that advertise them and their evidence. */
public final class OfferRepository {
    private final Handle handle;

    public OfferRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Offer offer) {
        insertAll(List.of(offer));
    }

    /** Inserts offers in batches: the route legs and links with them. */
    public void insertAll(List<Offer> offers) {
        if (offers.isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("""
                INSERT INTO offer (id, operation_id, type, offered_text, amount, currency, unit, price_eur, eur_per_unit, rate_date,
                                   from_country, from_place, to_country, to_place, transport, seen_at, platform, status, note,
                                   origin, version, created_at, updated_at, deleted)
                VALUES (:id, :op, :type, :text, :amount, :currency, :unit, :eur, :rate, :rateDate, :fromCountry, :fromPlace,
                        :toCountry, :toPlace, :transport, :seenAt, :platform, :status, :note, :origin, :version, :createdAt,
                        :updatedAt, :deleted)""");
        for (Offer offer : offers) {
            bindRow(rows, offer).add();
        }
        rows.execute();
        insertParts(offers);
        Map<OfferType, Long> live = new java.util.EnumMap<>(OfferType.class);
        offers.stream().filter(offer -> !offer.deleted()).forEach(offer -> live.merge(offer.type(), 1L, Long::sum));
        live.forEach((type, n) -> addToTally(offers.get(0).operationId(), type, n));
        new NamedIncidentLeads(handle).namedByLiveOffers(offers.stream().filter(offer -> !offer.deleted())
                .flatMap(offer -> offer.leadIds().stream()).distinct().toList());
    }

    private void addToTally(UUID operationId, OfferType type, long delta) {
        handle.createUpdate("""
                        MERGE INTO offer_tally t USING (VALUES (CAST(:op AS UUID), CAST(:type AS VARCHAR(16)), CAST(:n AS BIGINT))) v (op, type, n)
                        ON t.operation_id = v.op AND t.type = v.type
                        WHEN MATCHED THEN UPDATE SET n = t.n + v.n
                        WHEN NOT MATCHED THEN INSERT (operation_id, type, n) VALUES (v.op, v.type, v.n)""")
                .bind("op", operationId).bind("type", type.name()).bind("n", delta).execute();
    }

    private static PreparedBatch bindRow(PreparedBatch batch, Offer offer) {
        return batch.bind("id", offer.id())
                .bind("op", offer.operationId())
                .bind("type", offer.type().name())
                .bind("text", offer.offeredText())
                .bind("amount", offer.amount())
                .bind("currency", offer.currency())
                .bind("unit", offer.unit().name())
                .bind("eur", offer.priceEur())
                .bind("rate", offer.eurPerUnit())
                .bind("rateDate", offer.rateDate())
                .bind("fromCountry", offer.from().country())
                .bind("fromPlace", offer.from().name())
                .bind("toCountry", offer.to().country())
                .bind("toPlace", offer.to().name())
                .bind("transport", offer.transport() == null ? null : offer.transport().name())
                .bind("seenAt", Sql.utc(offer.seenAt()))
                .bind("platform", offer.platform())
                .bind("status", offer.status().name())
                .bind("note", offer.note())
                .bind("origin", offer.origin())
                .bind("version", offer.version())
                .bind("createdAt", Sql.utc(offer.createdAt()))
                .bind("updatedAt", Sql.utc(offer.updatedAt()))
                .bind("deleted", offer.deleted());
    }

    private void insertParts(List<Offer> offers) {
        PreparedBatch legs = handle.prepareBatch("INSERT INTO offer_route_leg (offer_id, position, country, place) VALUES (:offer, :position, :country, :place)");
        PreparedBatch leads = handle.prepareBatch("INSERT INTO offer_lead (offer_id, lead_id) VALUES (:offer, :lead)");
        PreparedBatch evidence = handle.prepareBatch("INSERT INTO offer_evidence (offer_id, capture_id) VALUES (:offer, :capture)");
        boolean anyLead = false;
        boolean anyEvidence = false;
        for (Offer offer : offers) {
            List<Place> route = offer.legs();
            for (int position = 0; position < route.size(); position++) {
                legs.bind("offer", offer.id()).bind("position", position).bind("country", route.get(position).country())
                        .bind("place", route.get(position).name()).add();
            }
            for (UUID lead : offer.leadIds()) {
                leads.bind("offer", offer.id()).bind("lead", lead).add();
                anyLead = true;
            }
            for (UUID capture : offer.evidenceIds()) {
                evidence.bind("offer", offer.id()).bind("capture", capture).add();
                anyEvidence = true;
            }
        }
        legs.execute();
        if (anyLead) {
            leads.execute();
        }
        if (anyEvidence) {
            evidence.execute();
        }
    }

    /** Replaces a record by a newer version of itself (an edit or a tombstone). */
    public void update(Offer offer) {
        Optional<Offer> before = byId(offer.id());
        before.filter(old -> !old.deleted()).ifPresent(old -> addToTally(old.operationId(), old.type(), -1));
        handle.createUpdate("DELETE FROM offer_route_leg WHERE offer_id = :id").bind("id", offer.id()).execute();
        handle.createUpdate("DELETE FROM offer_lead WHERE offer_id = :id").bind("id", offer.id()).execute();
        handle.createUpdate("DELETE FROM offer_evidence WHERE offer_id = :id").bind("id", offer.id()).execute();
        handle.createUpdate("DELETE FROM offer WHERE id = :id").bind("id", offer.id()).execute();
        insert(offer);
        // The leads it named before, and those it names now if it is a tombstone, may be named by no live offer any more.
        Set<UUID> leads = new LinkedHashSet<>(offer.leadIds());
        before.ifPresent(old -> leads.addAll(old.leadIds()));
        new NamedIncidentLeads(handle).recount(leads);
    }

    public Optional<Offer> byId(UUID id) {
        return withParts(handle.createQuery("SELECT * FROM offer WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> mapRow(rs)).list()).stream().findFirst();
    }

    /**
     * Live offers of an operation, newest first, {@code limit} at a time; the next page starts after the last offer of
     * this one (keyset on seen_at, id: never OFFSET).
     */
    public List<Offer> page(UUID operationId, Offer after, int limit) {
        String keyset = after == null ? "" : " AND (seen_at < :seen OR seen_at = :seen AND id < :id)";
        // operation_id leads the ORDER BY as it leads the index: only then does H2 read ix_offer_seen in order
        // instead of sorting every offer of the operation (the same rule as the lead table's sort indexes).
        var query = handle.createQuery("SELECT * FROM offer USE INDEX (ix_offer_seen) WHERE operation_id = :op AND NOT deleted"
                        + keyset + " ORDER BY operation_id, seen_at DESC, id DESC LIMIT :limit")
                .bind("op", operationId).bind("limit", limit);
        if (after != null) {
            query.bind("seen", Sql.utc(after.seenAt())).bind("id", after.id());
        }
        return withParts(query.map((rs, ctx) -> mapRow(rs)).list());
    }

    /**
     * Live travel offers of one route (origin country to destination country), newest first, keyset-paged as
     * {@link #page}: the offers behind one row of {@link #routes}.
     */
    public List<Offer> routePage(UUID operationId, String fromCountry, String toCountry, Offer after, int limit) {
        String keyset = after == null ? "" : " AND (seen_at < :seen OR seen_at = :seen AND id < :id)";
        var query = handle.createQuery("SELECT * FROM offer WHERE operation_id = :op AND NOT deleted AND type = 'TRAVEL'"
                        + " AND from_country = :from AND to_country = :to" + keyset + " ORDER BY seen_at DESC, id DESC LIMIT :limit")
                .bind("op", operationId).bind("from", fromCountry).bind("to", toCountry).bind("limit", limit);
        if (after != null) {
            query.bind("seen", Sql.utc(after.seenAt())).bind("id", after.id());
        }
        return withParts(query.map((rs, ctx) -> mapRow(rs)).list());
    }

    /** Live offers by type (their wire names), for the operation's incident counters. */
    public Map<OfferType, Integer> countByType(UUID operationId) {
        Map<OfferType, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT type, n FROM offer_tally WHERE operation_id = :op AND n > 0")
                .bind("op", operationId)
                .map((rs, ctx) -> Map.entry(OfferType.valueOf(rs.getString("type")), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * Every route of an operation's live travel offers, origin country to destination country, most offers first:
     * counted, priced (min, median, max EUR) and, with {@code withDays}, per day, in the database through
     * {@code ix_offer_route} alone.
     * Documents and guidance have a route too but are not crossings: their prices would blur the crossings' range.
     */
    public List<RouteAggregate> routes(UUID operationId, boolean withDays) {
        Map<String, TreeMap<LocalDate, Integer>> perDay = withDays ? perDay(operationId) : Map.of();
        return handle.createQuery("""
                        SELECT from_country, to_country, COUNT(*) AS n, MIN(price_eur) AS min_eur, MEDIAN(price_eur) AS median_eur,
                               MAX(price_eur) AS max_eur,
                               LISTAGG(DISTINCT platform, ' ') WITHIN GROUP (ORDER BY platform) AS platforms
                        FROM offer USE INDEX (ix_offer_route) WHERE operation_id = :op AND NOT deleted AND type = 'TRAVEL'
                        GROUP BY from_country, to_country
                        ORDER BY n DESC, from_country, to_country""")
                .bind("op", operationId)
                .map((rs, ctx) -> {
                    String platforms = rs.getString("platforms");
                    String key = rs.getString("from_country") + ">" + rs.getString("to_country");
                    return new RouteAggregate(rs.getString("from_country"), rs.getString("to_country"), rs.getInt("n"),
                            money(rs.getBigDecimal("min_eur")), money(rs.getBigDecimal("median_eur")), money(rs.getBigDecimal("max_eur")),
                            platforms == null || platforms.isBlank() ? List.of() : List.of(platforms.split(" ")),
                            perDay.getOrDefault(key, new TreeMap<>()));
                })
                .list();
    }

    /** Live travel offers per route and day (UTC), for a trend. */
    private Map<String, TreeMap<LocalDate, Integer>> perDay(UUID operationId) {
        Map<String, TreeMap<LocalDate, Integer>> perDay = new HashMap<>();
        handle.createQuery("""
                        SELECT from_country, to_country, CAST(seen_at AS DATE) AS seen_day, COUNT(*) AS n
                        FROM offer USE INDEX (ix_offer_route) WHERE operation_id = :op AND NOT deleted AND type = 'TRAVEL'
                        GROUP BY from_country, to_country, seen_day""")
                .bind("op", operationId)
                .map((rs, ctx) -> new Object[] {rs.getString(1) + ">" + rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)})
                .forEach(row -> perDay.computeIfAbsent((String) row[0], key -> new TreeMap<>()).put((LocalDate) row[1], (Integer) row[2]));
        return perDay;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    List<Offer> withParts(List<Offer> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(Offer::id).toList();
        Map<UUID, List<Place>> legs = new HashMap<>();
        handle.createQuery("SELECT * FROM offer_route_leg WHERE offer_id IN (<ids>) ORDER BY offer_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getObject("offer_id", UUID.class), new Place(rs.getString("country"), rs.getString("place"))))
                .forEach(entry -> legs.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        Map<UUID, List<UUID>> leads = links("SELECT offer_id, lead_id FROM offer_lead WHERE offer_id IN (<ids>) ORDER BY lead_id", ids);
        Map<UUID, List<UUID>> evidence = links("SELECT offer_id, capture_id FROM offer_evidence WHERE offer_id IN (<ids>) ORDER BY capture_id", ids);
        List<Offer> out = new ArrayList<>(rows.size());
        for (Offer row : rows) {
            List<Place> route = legs.getOrDefault(row.id(), List.of(row.from(), row.to()));
            out.add(new Offer(row.id(), row.operationId(), row.type(), row.offeredText(), row.amount(), row.currency(), row.unit(),
                    row.priceEur(), row.eurPerUnit(), row.rateDate(), row.from(), route.subList(1, Math.max(1, route.size() - 1)),
                    row.to(), row.transport(), row.seenAt(), row.platform(), leads.getOrDefault(row.id(), List.of()),
                    evidence.getOrDefault(row.id(), List.of()), row.status(), row.note(), row.origin(), row.version(),
                    row.createdAt(), row.updatedAt(), row.deleted()));
        }
        return out;
    }

    private Map<UUID, List<UUID>> links(String sql, Collection<UUID> ids) {
        Map<UUID, List<UUID>> links = new HashMap<>();
        handle.createQuery(sql).bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .forEach(entry -> links.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return links;
    }

    static Offer mapRow(ResultSet rs) throws SQLException {
        String transport = rs.getString("transport");
        Instant seenAt = Sql.instant(rs, "seen_at");
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                OfferType.valueOf(rs.getString("type")), rs.getString("offered_text"), rs.getBigDecimal("amount"),
                rs.getString("currency"), PriceUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("price_eur"),
                rs.getBigDecimal("eur_per_unit").stripTrailingZeros(), rs.getObject("rate_date", LocalDate.class),
                new Place(rs.getString("from_country"), rs.getString("from_place")), List.of(),
                new Place(rs.getString("to_country"), rs.getString("to_place")),
                transport == null ? null : Transport.valueOf(transport), seenAt, rs.getString("platform"), List.of(), List.of(),
                OfferStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("origin"), rs.getLong("version"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getBoolean("deleted"));
    }
}
