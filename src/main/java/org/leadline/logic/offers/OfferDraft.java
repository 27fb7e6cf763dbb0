package org.leadline.logic.offers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

/**
 * What an officer enters for an offer, before {@link OfferService} checks it. Places may be written loosely ("ly",
 * "Libye", "LY/Zouara"); the service resolves them through the gazetteer.
 *
 * @param leads ids of lead entities (as {@code lead list} prints them) or of lead records
 * @param seenAt null for now
 * @param status null for reported
 */
public record OfferDraft(OfferType type, String offeredText, BigDecimal amount, String currency, PriceUnit unit, Place from,
                         List<Place> via, Place to, Transport transport, Instant seenAt, String platform, List<UUID> leads,
                         List<UUID> evidence, OfferStatus status, String note) {

    public OfferDraft {
        via = via == null ? List.of() : List.copyOf(via);
        leads = leads == null ? List.of() : List.copyOf(leads);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The smallest draft: a type, a price and a route; the rest empty. */
    public static OfferDraft of(OfferType type, BigDecimal amount, String currency, Place from, Place to) {
        return new OfferDraft(type, null, amount, currency, PriceUnit.PER_PERSON, from, List.of(), to, null, null, null,
                List.of(), List.of(), null, null);
    }

    public OfferDraft withVia(List<Place> newVia) {
        return new OfferDraft(type, offeredText, amount, currency, unit, from, newVia, to, transport, seenAt, platform, leads,
                evidence, status, note);
    }

    public OfferDraft withLeads(List<UUID> newLeads) {
        return new OfferDraft(type, offeredText, amount, currency, unit, from, via, to, transport, seenAt, platform, newLeads,
                evidence, status, note);
    }

    public OfferDraft withPrice(BigDecimal newAmount, String newCurrency) {
        return new OfferDraft(type, offeredText, newAmount, newCurrency, unit, from, via, to, transport, seenAt, platform, leads,
                evidence, status, note);
    }

    public OfferDraft withSeen(Instant newSeenAt, String newPlatform) {
        return new OfferDraft(type, offeredText, amount, currency, unit, from, via, to, transport, newSeenAt, newPlatform, leads,
                evidence, status, note);
    }

    public OfferDraft withEvidence(List<UUID> newEvidence) {
        return new OfferDraft(type, offeredText, amount, currency, unit, from, via, to, transport, seenAt, platform, leads,
                newEvidence, status, note);
    }

    public OfferDraft withStatus(OfferStatus newStatus) {
        return new OfferDraft(type, offeredText, amount, currency, unit, from, via, to, transport, seenAt, platform, leads,
                evidence, newStatus, note);
    }
}
