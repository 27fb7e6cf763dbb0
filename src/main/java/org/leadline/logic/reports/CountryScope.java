package org.leadline.logic.reports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.leadline.model.LeadKind;
import org.leadline.model.Offer;
import org.leadline.model.Place;
import org.leadline.persistence.ReportRepository;
import org.leadline.persistence.TallyRepository;

/**
 * What concerns one country, as the CSV and STIX files of {@code --country CC} hold it in full: phones of that region,
 * documents it issued, offers whose route starts, ends or passes there, and the leads those offers name. Without a
 * country everything is in scope.
 */
final class CountryScope {
    private final String country;
    private final Set<UUID> namedEntities;

    private CountryScope(String country, Set<UUID> namedEntities) {
        this.country = country;
        this.namedEntities = namedEntities;
    }

    static CountryScope everything() {
        return new CountryScope(null, Set.of());
    }

    /** Reads the offers once to learn which leads they name. */
    static CountryScope of(String country, UUID operationId, ReportRepository reports) {
        if (country == null) {
            return everything();
        }
        CountryScope scope = new CountryScope(country, new HashSet<>());
        Set<UUID> records = new HashSet<>();
        reports.eachOffer(operationId, offer -> {
            if (scope.offer(offer)) {
                records.addAll(offer.leadIds());
            }
        });
        reports.entitiesOfRecords(records).values().forEach(entity -> scope.namedEntities.add(entity.id()));
        return scope;
    }

    boolean all() {
        return country == null;
    }

    boolean lead(ReportRepository.LiveEntity entity) {
        if (country == null || namedEntities.contains(entity.lead().id())) {
            return true;
        }
        LeadKind kind = entity.lead().kind();
        if (kind == LeadKind.PHONE) {
            return country.equals(entity.region());
        }
        if (kind == LeadKind.DOCUMENT) {
            return country.equals(CountryCodes.alpha2OfIcao(TallyRepository.Key.issuerOf(kind, entity.lead().canonical())));
        }
        return false;
    }

    boolean offer(Offer offer) {
        if (country == null) {
            return true;
        }
        for (Place place : offer.legs()) {
            if (place != null && place.country() != null && country.equals(place.country().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    boolean route(String from, String to) {
        return country == null || country.equals(from) || country.equals(to);
    }

    boolean issuer(String icao) {
        return country == null || country.equals(CountryCodes.alpha2OfIcao(icao));
    }
}
