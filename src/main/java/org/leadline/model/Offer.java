package org.leadline.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer (an incident): what a seller advertises, at what price, along which route. One officer's record, which
 * travels in packages like a lead record: only its origin edits it, raising its version; a deletion is a tombstone.
 *
 * @param offeredText what is offered, in the seller's words
 * @param amount the price as advertised, in {@code currency} (ISO 4217)
 * @param priceEur the price in EUR at {@code eurPerUnit}, the rate of {@code rateDate} that the conversion used; kept
 *                 when the operation's rate table changes later
 * @param from the route's origin; {@code via} the places in between, in order; {@code to} its destination
 * @param transport how people are moved, or null when the offer does not say
 * @param leadIds the lead records (their ids, not the entities') that advertise the offer
 * @param evidenceIds the captures (screenshots, saved pages) that show it
 * @param origin fingerprint of the officer who made the record
 */
public record Offer(
        UUID id,
        UUID operationId,
        OfferType type,
        String offeredText,
        BigDecimal amount,
        String currency,
        PriceUnit unit,
        BigDecimal priceEur,
        BigDecimal eurPerUnit,
        LocalDate rateDate,
        Place from,
        List<Place> via,
        Place to,
        Transport transport,
        Instant seenAt,
        String platform,
        List<UUID> leadIds,
        List<UUID> evidenceIds,
        OfferStatus status,
        String note,
        String origin,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    public Offer {
        via = List.copyOf(via);
        leadIds = List.copyOf(leadIds);
        evidenceIds = List.copyOf(evidenceIds);
    }

    /** The whole route, origin first. */
    public List<Place> legs() {
        List<Place> legs = new java.util.ArrayList<>(via.size() + 2);
        legs.add(from);
        legs.addAll(via);
        legs.add(to);
        return legs;
    }

    public Offer asTombstone(Instant now) {
        return new Offer(id, operationId, type, offeredText, amount, currency, unit, priceEur, eurPerUnit, rateDate, from, via, to,
                transport, seenAt, platform, leadIds, evidenceIds, status, note, origin, version + 1, createdAt, now, true);
    }
}
