package org.leadline.logic.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.model.RouteAggregate;

class OfferServiceTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    OfferService offers;
    CurrencyRates rates;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        offers = new OfferService(workspace);
        rates = new CurrencyRates(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static OfferDraft travel(String amount, String currency, String from, String to) {
        return OfferDraft.of(OfferType.TRAVEL, new BigDecimal(amount), currency, Place.parse(from), Place.parse(to));
    }

    private int offerRows() {
        return workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM offer").mapTo(Integer.class).one());
    }

    @Test
    void anOfferIsStoredWithItsRouteLeadsAndTheRateItWasConvertedAt() {
        UUID lead = new LeadService(workspace).add(operation.id(), "telegram:zuwara_trips", LeadKind.HANDLE, List.of(), null,
                SightingSource.NONE).get(0).entityId();
        UUID capture = org.leadline.logic.evidence.TestImages.capture(workspace, operation.id());
        OfferDraft draft = new OfferDraft(OfferType.TRAVEL, "Boat to Lampedusa every night", new BigDecimal("12000"), "lyd",
                org.leadline.model.PriceUnit.PER_PERSON, Place.parse("LY/Zouara"), List.of(Place.parse("TN")), Place.parse("it/lampedusa"),
                org.leadline.model.Transport.BOAT, Instant.parse("2025-10-15T09:30:00Z"), "Telegram", List.of(lead), List.of(capture),
                null, "Seen in three groups");

        Offer offer = offers.add(operation.id(), draft);

        Offer stored = offers.find(offer.id()).orElseThrow();
        assertThat(stored).isEqualTo(offer);
        assertThat(stored.from()).isEqualTo(new Place("LY", "Zuwara"));
        assertThat(stored.via()).containsExactly(Place.country("TN"));
        assertThat(stored.to()).isEqualTo(new Place("IT", "Lampedusa"));
        assertThat(stored.currency()).isEqualTo("LYD");
        assertThat(stored.eurPerUnit()).isEqualByComparingTo("0.16");
        assertThat(stored.rateDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(stored.priceEur()).isEqualByComparingTo("1920.00");
        assertThat(stored.platform()).isEqualTo("telegram");
        assertThat(stored.status()).isEqualTo(OfferStatus.REPORTED);
        assertThat(stored.leadIds()).hasSize(1).doesNotContain(lead); // the record, not the entity
        assertThat(stored.evidenceIds()).containsExactly(capture);
        assertThat(stored.origin()).isEqualTo(workspace.owner().fingerprint());
        assertThat(stored.version()).isEqualTo(1);
        int audited = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit WHERE action = 'offer.add' AND subject_id = :id")
                .bind("id", offer.id().toString()).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void editingARateConvertsNewOffersAtItAndLeavesRecordedOnesAtTheirs() {
        Offer before = offers.add(operation.id(), travel("1000", "USD", "TR/Izmir", "GR"));
        assertThat(before.priceEur()).isEqualByComparingTo("860.00");

        rates.set(operation.id(), "usd", new BigDecimal("0.9"), LocalDate.of(2026, 12, 1));

        assertThat(rates.table(operation.id()).get("USD").eurPerUnit()).isEqualByComparingTo("0.9");
        assertThat(rates.table(operation.id()).get("USD").isDefault()).isFalse();
        Offer after = offers.add(operation.id(), travel("1000", "USD", "TR/Izmir", "GR"));
        assertThat(after.priceEur()).isEqualByComparingTo("900.00");
        assertThat(after.rateDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        Offer old = offers.find(before.id()).orElseThrow();
        assertThat(old.priceEur()).isEqualByComparingTo("860.00");
        assertThat(old.eurPerUnit()).isEqualByComparingTo("0.86");
        assertThat(old.rateDate()).isEqualTo(LocalDate.of(2026, 11, 1));

        // An edit that keeps the price keeps its rate; one that changes it converts at today's table.
        Offer retyped = offers.edit(before.id(), OfferService.draftOf(old).withStatus(OfferStatus.CONFIRMED));
        assertThat(retyped.priceEur()).isEqualByComparingTo("860.00");
        assertThat(retyped.version()).isEqualTo(2);
        Offer repriced = offers.edit(before.id(), OfferService.draftOf(retyped).withPrice(new BigDecimal("2000"), "USD"));
        assertThat(repriced.priceEur()).isEqualByComparingTo("1800.00");
        assertThat(repriced.version()).isEqualTo(3);
    }

    @Test
    void aRateCanBeSetForACurrencyTheDefaultsLack() {
        assertThatThrownBy(() -> offers.add(operation.id(), travel("100", "XAU", "LY", "IT")))
                .hasMessageStartingWith("The currency XAU has no rate in this operation's table");
        rates.set(operation.id(), "XAU", new BigDecimal("3500"), null);
        assertThat(offers.add(operation.id(), travel("1", "XAU", "LY", "IT")).priceEur()).isEqualByComparingTo("3500");
    }

    @Test
    void badInputIsOneSentenceNamingTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUX", "FR", "GB")))
                .hasMessage("The currency 'EUX' is not an ISO 4217 currency code (e.g. EUR, USD, GBP, LYD, TND, TRY).");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("-5", "EUR", "FR", "GB")))
                .hasMessage("The price must be more than zero (got -5).");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("0", "EUR", "FR", "GB")))
                .hasMessageContaining("price must be more than zero");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("2000000", "EUR", "FR", "GB")))
                .hasMessageContaining("more than the 1,000,000 EUR");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUR", "FR/Calais", "FR/Calais")))
                .hasMessage("The route goes from FR/Calais to itself: the destination (to) must differ from the origin (from).");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUR", "FR/Atlantis", "GB")))
                .hasMessage("The place 'Atlantis' in from is not in the gazetteer for France (FR).");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUR", "FR", "QQ")))
                .hasMessage("The country 'QQ' in to is not an ISO 3166 country code or name.");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUR", "FR", "GB").withVia(List.of(Place.parse("ZZ")))))
                .hasMessageContaining("in via");
        assertThatThrownBy(() -> offers.add(operation.id(), travel("1400", "EUR", "FR", "GB").withLeads(List.of(UUID.randomUUID()))))
                .hasMessageEndingWith("in lead is not a lead of this operation.");
        assertThat(offerRows()).isZero();
        int legs = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM offer_route_leg").mapTo(Integer.class).one());
        assertThat(legs).isZero();
    }

    @Test
    void aDeletionIsATombstoneAndOnlyTheOriginChangesAnOffer() {
        Offer offer = offers.add(operation.id(), travel("1400", "EUR", "FR/Calais", "GB/Dover"));
        offers.delete(offer.id());
        Offer tombstone = offers.find(offer.id()).orElseThrow();
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.version()).isEqualTo(2);
        assertThat(offers.page(operation.id(), null, 10)).isEmpty();
        assertThat(offers.routes(operation.id())).isEmpty();
        assertThatThrownBy(() -> offers.delete(offer.id())).hasMessageContaining("was deleted");

        Offer colleagues = new Offer(UUID.randomUUID(), operation.id(), OfferType.TRAVEL, null, new BigDecimal("1500.00"), "EUR",
                org.leadline.model.PriceUnit.PER_PERSON, new BigDecimal("1500.00"), BigDecimal.ONE, LocalDate.of(2026, 11, 1),
                Place.country("FR"), List.of(), Place.country("GB"), null, Instant.now(), null, List.of(), List.of(),
                OfferStatus.REPORTED, null, "f".repeat(64), 1, Instant.now(), Instant.now(), false);
        workspace.jdbi().useTransaction(h -> new org.leadline.persistence.OfferRepository(h).insert(colleagues));
        assertThatThrownBy(() -> offers.setStatus(colleagues.id(), OfferStatus.DISMISSED))
                .hasMessageContaining("was recorded by another officer");
    }

    @Test
    void pagesRunNewestFirstByKeyset() {
        for (int i = 0; i < 7; i++) {
            offers.add(operation.id(), travel(String.valueOf(1000 + i), "EUR", "LY", "IT")
                    .withSeen(Instant.parse("2025-10-15T09:00:00Z").plusSeconds(60L * i), null));
        }
        List<Offer> first = offers.page(operation.id(), null, 3);
        List<Offer> second = offers.page(operation.id(), first.get(2), 3);
        List<Offer> third = offers.page(operation.id(), second.get(2), 3);
        assertThat(first).extracting(o -> o.amount().intValue()).containsExactly(1006, 1005, 1004);
        assertThat(second).extracting(o -> o.amount().intValue()).containsExactly(1003, 1002, 1001);
        assertThat(third).extracting(o -> o.amount().intValue()).containsExactly(1000);
    }

    /**
     * A hand-computed example. LY → IT: 1,000, 3,000, 2,000 and 10,000 EUR (sorted 1,000 2,000 3,000 10,000: median
     * (2,000 + 3,000) / 2 = 2,500); FR → GB: 1,400 EUR and 1,000 GBP at 1.14 = 1,140 EUR and 900 EUR (sorted 900 1,140
     * 1,400: median 1,140); TR → GR: one offer of 500 USD at 0.86 = 430 EUR. A deleted LY → IT offer of 50,000 EUR and
     * the via points do not count.
     */
    @Test
    void routesAreAggregatedInTheDatabaseAsComputedByHand() {
        Instant day1 = Instant.parse("2025-10-15T10:00:00Z");
        Instant day2 = Instant.parse("2025-10-16T10:00:00Z");
        offers.add(operation.id(), travel("1000", "EUR", "LY/Zuwara", "IT/Lampedusa").withSeen(day1, "telegram"));
        offers.add(operation.id(), travel("3000", "EUR", "LY/Tripoli", "IT").withSeen(day1, "facebook"));
        offers.add(operation.id(), travel("2000", "EUR", "LY", "IT/Pozzallo").withVia(List.of(Place.parse("MT"))).withSeen(day2, "telegram"));
        offers.add(operation.id(), travel("10000", "EUR", "LY/Sabratha", "IT").withSeen(day2, null));
        Offer deleted = offers.add(operation.id(), travel("50000", "EUR", "LY", "IT").withSeen(day2, "tiktok"));
        offers.delete(deleted.id());
        offers.add(operation.id(), travel("1400", "EUR", "FR/Calais", "GB").withSeen(day1, "facebook"));
        offers.add(operation.id(), travel("1000", "GBP", "FR/Dunkirk", "GB").withSeen(day1, "facebook"));
        offers.add(operation.id(), travel("900", "EUR", "FR", "GB/Dover").withSeen(day2, "instagram"));
        offers.add(operation.id(), travel("500", "USD", "TR/Izmir", "GR/Lesbos").withSeen(day2, "telegram"));

        List<RouteAggregate> routes = offers.routes(operation.id());

        assertThat(routes).extracting(RouteAggregate::from, RouteAggregate::to, RouteAggregate::offers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LY", "IT", 4), org.assertj.core.groups.Tuple.tuple("FR", "GB", 3),
                        org.assertj.core.groups.Tuple.tuple("TR", "GR", 1));
        RouteAggregate libya = routes.get(0);
        assertThat(libya.minEur()).isEqualByComparingTo("1000");
        assertThat(libya.medianEur()).isEqualByComparingTo("2500");
        assertThat(libya.maxEur()).isEqualByComparingTo("10000");
        assertThat(libya.platforms()).containsExactly("facebook", "telegram");
        assertThat(libya.perDay()).containsEntry(LocalDate.of(2025, 10, 15), 2).containsEntry(LocalDate.of(2025, 10, 16), 2);
        RouteAggregate channel = routes.get(1);
        assertThat(channel.minEur()).isEqualByComparingTo("900");
        assertThat(channel.medianEur()).isEqualByComparingTo("1140");
        assertThat(channel.maxEur()).isEqualByComparingTo("1400");
        assertThat(channel.platforms()).containsExactly("facebook", "instagram");
        RouteAggregate aegean = routes.get(2);
        assertThat(aegean.minEur()).isEqualByComparingTo("430");
        assertThat(aegean.medianEur()).isEqualByComparingTo("430");
        assertThat(aegean.maxEur()).isEqualByComparingTo("430");
    }

    @Test
    void checkRefusesAsAddWouldAndWritesNothing() {
        offers.check(operation.id(), travel("12000", "EUR", "LY", "IT"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> offers.check(operation.id(), travel("12000", "XYZ", "LY", "IT")))
                .hasMessageContaining("currency");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> offers.check(operation.id(), travel("12000", "EUR", "LY", "LY")))
                .hasMessageContaining("itself");
        org.assertj.core.api.Assertions.assertThat(offerRows()).isZero();
    }

    @Test
    void routePageListsTheTravelOffersOfOneRouteNewestFirst() {
        offers.add(operation.id(), travel("12000", "EUR", "LY", "IT"));
        offers.add(operation.id(), travel("9000", "EUR", "LY", "IT"));
        offers.add(operation.id(), travel("3000", "EUR", "TN", "IT"));
        var page = offers.routePage(operation.id(), "LY", "IT", null, 1);
        org.assertj.core.api.Assertions.assertThat(page).hasSize(1);
        var next = offers.routePage(operation.id(), "LY", "IT", page.get(0), 10);
        org.assertj.core.api.Assertions.assertThat(next).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(List.of(page.get(0).amount().intValue(), next.get(0).amount().intValue()))
                .containsExactlyInAnyOrder(12000, 9000);
    }
}
