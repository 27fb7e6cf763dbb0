package org.leadline.logic.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.leadline.logic.offers.DefaultRates;
import org.leadline.model.CurrencyRate;
import org.leadline.model.Ids;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

/**
 * Synthetic offers modelled on the seeds' reports: crossings from 1,400 EUR (France to the United Kingdom) to 12,000 EUR
 * (Libya to Italy), the Aegean, the western Mediterranean and Atlantic routes, the Balkans and the Sahel; forged
 * documents and route advice. Prices are drawn per route in the currencies the adverts use, converted at the default
 * rates. The same seed gives the same offers.
 */
final class DemoOffers {
    private record Route(int weight, OfferType type, String[] from, String[] to, String[] via, int minEur, int maxEur,
                         String[] currencies, Transport[] transports, String words) {
    }

    private static final String[] NONE = {};
    private static final Route[] ROUTES = {
            new Route(22, OfferType.TRAVEL, new String[] {"LY/Zuwara", "LY/Sabratha", "LY/Tripoli", "LY/Garabulli", "LY/Zawiya", "LY"},
                    new String[] {"IT/Lampedusa", "IT/Pozzallo", "IT/Augusta", "IT/Catania", "IT"}, NONE, 3_000, 12_000,
                    new String[] {"EUR", "USD", "LYD"}, new Transport[] {Transport.BOAT, Transport.RUBBER_DINGHY},
                    "Passage Libye → Italie, départ chaque semaine"),
            new Route(5, OfferType.TRAVEL, new String[] {"LY/Tobruk", "LY/Benghazi"}, new String[] {"GR/Crete", "IT/Crotone", "IT"},
                    NONE, 3_000, 7_000, new String[] {"USD", "EUR"}, new Transport[] {Transport.BOAT}, "Tobruk to Europe, fishing boat"),
            new Route(10, OfferType.TRAVEL, new String[] {"TN/Sfax", "TN/Mahdia", "TN/Zarzis", "TN/Kerkennah", "TN"},
                    new String[] {"IT/Lampedusa", "IT"}, NONE, 1_500, 5_000, new String[] {"EUR", "TND"},
                    new Transport[] {Transport.BOAT, Transport.RUBBER_DINGHY}, "حرقة من صفاقس إلى لامبيدوزا"),
            new Route(15, OfferType.TRAVEL, new String[] {"FR/Calais", "FR/Dunkirk", "FR/Boulogne-sur-Mer", "FR/Gravelines", "FR"},
                    new String[] {"GB/Dover", "GB"}, NONE, 1_000, 2_600, new String[] {"EUR", "GBP"},
                    new Transport[] {Transport.RUBBER_DINGHY, Transport.RUBBER_DINGHY, Transport.TRUCK}, "UK small boat, guaranteed"),
            new Route(12, OfferType.TRAVEL, new String[] {"TR/Izmir", "TR/Bodrum", "TR/Ayvalık", "TR/Çeşme", "TR/Didim"},
                    new String[] {"GR/Lesbos", "GR/Samos", "GR/Kos", "GR/Chios", "GR"}, NONE, 700, 3_000,
                    new String[] {"USD", "EUR", "TRY"}, new Transport[] {Transport.RUBBER_DINGHY, Transport.BOAT}, "Turkey ➡️ Greece VIP"),
            new Route(4, OfferType.TRAVEL, new String[] {"TR/Istanbul", "TR/Mersin"}, new String[] {"IT/Crotone", "IT/Roccella Ionica", "IT"},
                    NONE, 6_000, 9_500, new String[] {"EUR", "USD"}, new Transport[] {Transport.BOAT}, "Yacht Turkey to Italy"),
            new Route(5, OfferType.TRAVEL, new String[] {"TR/Edirne", "TR/Istanbul"}, new String[] {"GR/Evros", "BG", "GR/Thessaloniki"},
                    NONE, 500, 2_500, new String[] {"EUR", "USD"}, new Transport[] {Transport.ON_FOOT, Transport.CAR}, "Evros crossing on foot"),
            new Route(8, OfferType.TRAVEL, new String[] {"MA/Nador", "MA/Tangier", "MA/Oujda", "MA"},
                    new String[] {"ES/Melilla", "ES/Ceuta", "ES/Almería", "ES/Tarifa", "ES/Algeciras"}, NONE, 1_500, 5_000,
                    new String[] {"EUR", "MAD"}, new Transport[] {Transport.BOAT, Transport.RUBBER_DINGHY}, "Maroc ➡️ Espagne, bateau rapide"),
            new Route(5, OfferType.TRAVEL, new String[] {"DZ/Oran", "DZ/Mostaganem", "DZ/Annaba"}, new String[] {"ES/Almería", "IT/Sardinia"},
                    NONE, 3_000, 6_000, new String[] {"EUR", "DZD"}, new Transport[] {Transport.BOAT}, "Harga Oran Almería"),
            new Route(4, OfferType.TRAVEL, new String[] {"MA/Dakhla", "MA/Laayoune", "MR/Nouadhibou", "SN/Dakar"},
                    new String[] {"ES/Canary Islands", "ES/El Hierro", "ES/Lanzarote"}, NONE, 1_000, 3_000, new String[] {"EUR"},
                    new Transport[] {Transport.BOAT}, "Pirogue to the Canaries"),
            new Route(3, OfferType.TRAVEL, new String[] {"EG/Alexandria", "EG"}, new String[] {"IT"}, new String[] {"LY"}, 3_500, 6_000,
                    new String[] {"USD"}, new Transport[] {Transport.BOAT}, "Egypt → Libya → Italy all inclusive"),
            new Route(3, OfferType.TRAVEL, new String[] {"NE/Agadez", "NE/Niamey"}, new String[] {"LY/Sabha", "LY/Tripoli"}, NONE, 300, 1_500,
                    new String[] {"USD", "EUR", "XOF"}, new Transport[] {Transport.TRUCK, Transport.CAR}, "Agadez → Sabha by pickup"),
            new Route(5, OfferType.TRAVEL, new String[] {"RS/Subotica", "RS/Belgrade", "BA/Bihać", "BA/Velika Kladuša"},
                    new String[] {"HU", "AT", "IT/Trieste", "HR"}, NONE, 1_000, 5_000, new String[] {"EUR"},
                    new Transport[] {Transport.CAR, Transport.ON_FOOT, Transport.TRUCK}, "Game Balkans, taxi to Austria"),
            new Route(6, OfferType.DOCUMENTS, new String[] {"TR", "GR", "MA", "LY", "TN"}, new String[] {"DE", "FR", "IT", "GB", "BE"}, NONE,
                    500, 3_000, new String[] {"EUR", "USD"}, new Transport[] {Transport.AIR}, "EU passport, original quality"),
            new Route(3, OfferType.GUIDANCE, new String[] {"TR", "RS", "LY", "FR/Calais"}, new String[] {"DE", "AT", "IT", "GB"}, NONE,
                    50, 500, new String[] {"EUR", "USD"}, new Transport[] {}, "Step by step advice, how to avoid the police"),
    };
    private static final String[] PLATFORMS = {"telegram", "telegram", "telegram", "facebook", "facebook", "tiktok", "instagram"};
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(ROUTES).mapToInt(Route::weight).sum();

    private final UUID operationId;
    private final List<String> origins;
    private final List<IncidentLead> incidentLeads;
    private final SplittableRandom random;
    private final Instant dayStart = DemoGenerator.ACTION_DAY_START.atTime(7, 0).toInstant(ZoneOffset.UTC);

    /** A lead record that an offer may name as its advertiser, and the officer whose record it is. */
    record IncidentLead(UUID recordId, String origin) {
    }

    /** @param incidentLeads lead records of the operation that the offers may name as their advertisers */
    DemoOffers(UUID operationId, List<String> origins, List<IncidentLead> incidentLeads, long seed) {
        this.operationId = operationId;
        this.origins = List.copyOf(origins);
        this.incidentLeads = List.copyOf(incidentLeads);
        this.random = new SplittableRandom(seed ^ 0x0FFE75L);
    }

    List<Offer> next(int count) {
        List<Offer> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(nextOffer());
        }
        return batch;
    }

    private Offer nextOffer() {
        Route route = pick();
        String currency = route.currencies()[random.nextInt(route.currencies().length)];
        CurrencyRate rate = DefaultRates.all().get(currency);
        int eur = route.minEur() + random.nextInt(route.maxEur() - route.minEur() + 1);
        // Sellers write round figures in their own currency.
        BigDecimal amount = BigDecimal.valueOf(eur).divide(rate.eurPerUnit(), 0, RoundingMode.HALF_UP);
        BigDecimal step = BigDecimal.valueOf(amount.compareTo(BigDecimal.valueOf(10_000)) > 0 ? 500 : 50);
        amount = amount.divide(step, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE).multiply(step).setScale(2);
        BigDecimal priceEur = amount.multiply(rate.eurPerUnit()).setScale(2, RoundingMode.HALF_EVEN);
        Place from = Place.parse(route.from()[random.nextInt(route.from().length)]);
        Place to = Place.parse(route.to()[random.nextInt(route.to().length)]);
        List<Place> via = route.via().length == 0 ? List.of() : List.of(Place.parse(route.via()[random.nextInt(route.via().length)]));
        Transport transport = route.transports().length == 0 ? null : route.transports()[random.nextInt(route.transports().length)];
        PriceUnit unit = route.type() == OfferType.DOCUMENTS ? PriceUnit.PER_DOCUMENT
                : random.nextInt(10) == 0 ? PriceUnit.PER_CHILD : random.nextInt(15) == 0 ? PriceUnit.PER_GROUP : PriceUnit.PER_PERSON;
        Instant seen = seenAt();
        // An officer names their own record of the advertising lead, as OfferService does: their package then holds both.
        IncidentLead advertiser = incidentLeads.isEmpty() || random.nextInt(3) > 0 ? null
                : incidentLeads.get(random.nextInt(incidentLeads.size()));
        List<UUID> leads = advertiser == null ? List.of() : List.of(advertiser.recordId());
        String origin = advertiser == null ? origins.get(random.nextInt(origins.size())) : advertiser.origin();
        OfferStatus status = random.nextInt(8) == 0 ? OfferStatus.CONFIRMED : OfferStatus.REPORTED;
        return new Offer(Ids.newId(), operationId, route.type(), route.words(), amount, currency, unit, priceEur, rate.eurPerUnit(),
                rate.ratesOn(), from, via, to, transport, seen, PLATFORMS[random.nextInt(PLATFORMS.length)], leads, List.of(), status, null,
                origin, 1, seen, seen, false);
    }

    private Route pick() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Route route : ROUTES) {
            roll -= route.weight();
            if (roll < 0) {
                return route;
            }
        }
        return ROUTES[0];
    }

    /** Three action days, 09:00 to 19:00 Lyon time. */
    private Instant seenAt() {
        long day = random.nextInt(3);
        return dayStart.plus(Duration.ofDays(day)).plusMillis(random.nextLong(Duration.ofHours(10).toMillis()));
    }
}
