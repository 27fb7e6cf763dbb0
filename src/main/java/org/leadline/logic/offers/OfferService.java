package org.leadline.logic.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.places.Gazetteer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CurrencyRate;
import org.leadline.model.Ids;
import org.leadline.model.Lead;
import org.leadline.model.LeadSummary;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.RouteAggregate;
import org.leadline.logic.leads.LeadService;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.OfferRepository;
import org.leadline.persistence.OperationRepository;

/**
 * Recording, editing and finding offers, and their routes aggregated. Every field is checked before anything is
 * written: a refusal is one sentence naming the field (type, price, currency, unit, from, via, to, lead, ...) and
 * leaves the workspace as it was. The officer only edits or deletes their own offers.
 */
public final class OfferService {
    /** Prices above this, in EUR, are a typo or a joke, not an offer; the seeds' dearest crossing is 12,000 EUR. */
    public static final BigDecimal MAX_PRICE_EUR = new BigDecimal("1000000");
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NOTE = 20000;
    private final Workspace workspace;

    public OfferService(Workspace workspace) {
        this.workspace = workspace;
    }

    private String me() {
        return workspace.owner().fingerprint();
    }

    /** The clock's time at the database's precision (microseconds), so that a stored offer reads back equal. */
    private Instant now() {
        return workspace.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Offer add(UUID operationId, OfferDraft draft) {
        return workspace.jdbi().inTransaction(handle -> {
            new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            Instant now = now();
            Offer offer = checked(handle, Ids.newId(), operationId, draft, null, 1, now, now);
            new OfferRepository(handle).insert(offer);
            AuditLog.record(handle, me(), now, "offer.add", "offer", offer.id(), null, offer);
            return offer;
        });
    }

    /** Replaces the officer's own offer by the draft, version + 1; a price left as it was keeps its rate. */
    public Offer edit(UUID offerId, OfferDraft draft) {
        return workspace.jdbi().inTransaction(handle -> {
            Offer before = ownOffer(handle, offerId);
            Instant now = now();
            Offer after = checked(handle, before.id(), before.operationId(), draft, before, before.version() + 1, before.createdAt(), now);
            new OfferRepository(handle).update(after);
            AuditLog.record(handle, me(), now, "offer.edit", "offer", after.id(), before, after);
            return after;
        });
    }

    /**
     * Adds captures to the evidence of the officer's own offer, in the caller's transaction: the one that records
     * them ({@code attach --offer}), so that the captures and the offer that names them are stored together or not at all.
     */
    public Offer addEvidence(Handle handle, UUID offerId, List<UUID> captureIds) {
        Offer before = ownOffer(handle, offerId);
        List<UUID> evidence = new ArrayList<>(before.evidenceIds());
        captureIds.stream().filter(id -> !evidence.contains(id)).forEach(evidence::add);
        if (evidence.size() == before.evidenceIds().size()) {
            return before;
        }
        Instant now = now();
        Offer after = checked(handle, before.id(), before.operationId(), draftOf(before).withEvidence(evidence), before,
                before.version() + 1, before.createdAt(), now);
        new OfferRepository(handle).update(after);
        AuditLog.record(handle, me(), now, "offer.edit", "offer", after.id(), before, after);
        return after;
    }

    /** Refuses an offer of another operation, a colleague's or a deleted one, before files are read to be attached to it. */
    public void requireOwn(Handle handle, UUID operationId, UUID offerId) {
        if (!ownOffer(handle, offerId).operationId().equals(operationId)) {
            throw new IllegalArgumentException("The offer " + offerId + " belongs to another operation.");
        }
    }

    public Offer setStatus(UUID offerId, OfferStatus status) {
        Offer offer = find(offerId).orElseThrow(() -> new IllegalArgumentException("There is no offer " + offerId + "."));
        return edit(offerId, draftOf(offer).withStatus(status));
    }

    /** Deletes the officer's own offer: a tombstone, which travels in packages. */
    public void delete(UUID offerId) {
        workspace.jdbi().useTransaction(handle -> {
            Offer before = ownOffer(handle, offerId);
            Offer after = before.asTombstone(now());
            new OfferRepository(handle).update(after);
            AuditLog.record(handle, me(), after.updatedAt(), "offer.delete", "offer", after.id(), before, after);
        });
    }

    public Optional<Offer> find(UUID offerId) {
        return workspace.jdbi().withHandle(handle -> new OfferRepository(handle).byId(offerId));
    }

    /** Live offers, newest first; pass the last offer of a page to get the next one. */
    public List<Offer> page(UUID operationId, Offer after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A page holds at least one offer.");
        }
        return workspace.jdbi().withHandle(handle -> new OfferRepository(handle).page(operationId, after, limit));
    }

    /** The live travel offers of one route of {@link #routes}, newest first; pass the last of a page for the next. */
    public List<Offer> routePage(UUID operationId, String fromCountry, String toCountry, Offer after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A page holds at least one offer.");
        }
        return workspace.jdbi().withHandle(handle -> new OfferRepository(handle).routePage(operationId, fromCountry, toCountry, after, limit));
    }

    /**
     * Checks a draft as {@link #add} would, writing nothing: the same one-sentence refusal naming the field, for a
     * form that holds an offer until a later save (the paste dialog's suggestions).
     */
    public void check(UUID operationId, OfferDraft draft) {
        workspace.jdbi().useHandle(handle -> {
            Instant now = now();
            checked(handle, Ids.newId(), operationId, draft, null, 1, now, now);
        });
    }

    /**
     * Every route of the operation's live travel offers, origin country to destination country, aggregated in the
     * database, with the offers per day.
     */
    public List<RouteAggregate> routes(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new OfferRepository(handle).routes(operationId, true));
    }

    /** The draft that gives this offer again, for an edit that changes one field. */
    public static OfferDraft draftOf(Offer offer) {
        List<UUID> leads = offer.leadIds();
        return new OfferDraft(offer.type(), offer.offeredText(), offer.amount(), offer.currency(), offer.unit(), offer.from(),
                offer.via(), offer.to(), offer.transport(), offer.seenAt(), offer.platform(), leads, offer.evidenceIds(),
                offer.status(), offer.note());
    }

    private Offer ownOffer(Handle handle, UUID offerId) {
        Offer offer = new OfferRepository(handle).byId(offerId)
                .orElseThrow(() -> new IllegalArgumentException("There is no offer " + offerId + "."));
        if (!offer.origin().equals(me())) {
            throw new IllegalArgumentException("The offer " + offerId + " was recorded by another officer: only they can change it.");
        }
        if (offer.deleted()) {
            throw new IllegalArgumentException("The offer " + offerId + " was deleted.");
        }
        return offer;
    }

    /** The offer a draft describes, every field checked; nothing is written here. */
    private Offer checked(Handle handle, UUID id, UUID operationId, OfferDraft draft, Offer before, long version, Instant createdAt,
                          Instant now) {
        if (draft.type() == null) {
            throw new IllegalArgumentException("The offer has no type (travel, documents, guidance or other).");
        }
        BigDecimal amount = draft.amount();
        if (amount == null) {
            throw new IllegalArgumentException("The offer has no price.");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("The price must be more than zero (got " + amount.toPlainString() + ").");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("The price " + amount.toPlainString() + " has more than two decimals.");
        }
        String currency = CurrencyRates.requireIso4217(draft.currency());
        boolean samePrice = before != null && before.amount().compareTo(amount) == 0 && before.currency().equals(currency);
        BigDecimal eurPerUnit;
        java.time.LocalDate rateDate;
        if (samePrice) {
            eurPerUnit = before.eurPerUnit();
            rateDate = before.rateDate();
        } else {
            CurrencyRate rate = CurrencyRates.rateFor(handle, operationId, currency);
            eurPerUnit = rate.eurPerUnit();
            rateDate = rate.ratesOn();
        }
        BigDecimal priceEur = amount.multiply(eurPerUnit).setScale(2, RoundingMode.HALF_EVEN);
        if (priceEur.compareTo(MAX_PRICE_EUR) > 0) {
            throw new IllegalArgumentException("The price " + amount.toPlainString() + " " + currency + " is " + priceEur.toPlainString()
                    + " EUR, more than the 1,000,000 EUR that any offer costs: check the amount and the currency.");
        }
        if (priceEur.signum() <= 0) {
            throw new IllegalArgumentException("The price " + amount.toPlainString() + " " + currency + " is less than one cent in EUR.");
        }
        Gazetteer gazetteer = Gazetteer.get();
        Place from = gazetteer.resolve(draft.from(), "from");
        Place to = gazetteer.resolve(draft.to(), "to");
        List<Place> via = new ArrayList<>();
        for (Place stop : draft.via()) {
            via.add(gazetteer.resolve(stop, "via"));
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("The route goes from " + from + " to itself: the destination (to) must differ from the origin (from).");
        }
        String text = limited(draft.offeredText(), MAX_TEXT, "offered text");
        String note = limited(draft.note(), MAX_NOTE, "note");
        String platform = draft.platform() == null || draft.platform().isBlank() ? null : draft.platform().strip().toLowerCase(Locale.ROOT);
        if (platform != null && (platform.length() > 32 || !platform.matches("[\\p{L}\\p{N}._ -]+"))) {
            throw new IllegalArgumentException("The platform '" + draft.platform() + "' is not a platform name (e.g. telegram, facebook).");
        }
        List<UUID> leads = new ArrayList<>();
        for (UUID lead : draft.leads()) {
            UUID record = leadRecord(handle, operationId, lead);
            if (!leads.contains(record)) {
                leads.add(record);
            }
        }
        List<UUID> evidence = draft.evidence().stream().distinct().toList();
        // A package must be able to carry every capture an offer names: only live captures of the operation count.
        evidence.forEach(capture -> new org.leadline.persistence.CaptureRepository(handle).requireLive(operationId, capture));
        PriceUnit unit = draft.unit() == null ? PriceUnit.UNKNOWN : draft.unit();
        OfferStatus status = draft.status() == null ? OfferStatus.REPORTED : draft.status();
        Instant seenAt = draft.seenAt() == null ? now : draft.seenAt().truncatedTo(ChronoUnit.MICROS);
        return new Offer(id, operationId, draft.type(), text, amount.setScale(2, RoundingMode.UNNECESSARY), currency, unit, priceEur,
                eurPerUnit, rateDate, from, via, to, draft.transport(), seenAt, platform, leads, evidence, status, note, me(), version,
                createdAt, now, false);
    }

    private static String limited(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("The " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    /**
     * The lead record an offer refers to: the id itself if it is a record of the operation; for an entity id, the
     * officer's own record of it, else its oldest live record (packages refer to records, not to local entities).
     */
    /**
     * The officer's own record of the lead named (by entity or by any officer's record of it), made if only colleagues
     * had one: an offer names its own officer's records, so that their package carries everything the offer names.
     */
    private UUID leadRecord(Handle handle, UUID operationId, UUID id) {
        LeadRepository leads = new LeadRepository(handle);
        Optional<Lead> record = leads.record(id).filter(lead -> lead.operationId().equals(operationId));
        UUID entityId = record.isPresent() ? leads.entityIdOfRecord(id)
                : leads.entity(id).filter(summary -> summary.operationId().equals(operationId)).map(LeadSummary::id)
                        .orElseThrow(() -> new IllegalArgumentException("The lead " + id + " in lead is not a lead of this operation."));
        if (record.isPresent() && record.get().origin().equals(me())) {
            return id;
        }
        UUID own = new LeadService(workspace).ownRecord(handle, entityId).id();
        leads.refreshEntity(entityId, me());
        return own;
    }

}
