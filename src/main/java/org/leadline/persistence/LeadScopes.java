package org.leadline.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.leadline.model.Category;
import org.leadline.model.DocumentType;
import org.leadline.model.LeadScope;

/**
 * A {@link LeadScope} as a condition on the live lead entities {@code e} of the operation bound as {@code :op}, for
 * the lead table's page and the picture's counts: one definition, so a number and the leads behind it cannot part.
 * The definitions follow StatsService's counters (see LeadScope's kinds).
 */
final class LeadScopes {
    /** The issuer of a document lead's canonical value {@code type:issuer:number}, as V3__tallies.sql reads it. */
    static final String ISSUER = "REGEXP_SUBSTR(e.canonical, '^[^:]*:([^:]*):', 1, 1, '', 1)";

    private LeadScopes() {
    }

    /** An incident lead (the entity aliased as given) that no live offer names. */
    private static final String NAMED_BY_NO_OFFER = "NOT EXISTS (SELECT 1 FROM offer_named_entity m WHERE m.entity_id = %s.id)";
    /** The entities that the live offers of the scope's type name. */
    private static final String TYPE_OFFERS_LEADS = """
            SELECT l.entity_id FROM offer o JOIN offer_lead ol ON ol.offer_id = o.id JOIN lead l ON l.id = ol.lead_id
            WHERE o.operation_id = :op AND NOT o.deleted AND o.type = :s_type""";

    /**
     * The condition, to follow an AND, or empty for every lead; {@code gathered} when the set is read first (see
     * {@link #gathersFirst}). An incident type's leads are then one set; checked row by row along a sort index they
     * are a category test or a lookup in the offers' leads, which H2 does faster than a test against that set.
     */
    static String condition(LeadScope scope, boolean gathered) {
        return switch (scope.kind()) {
            case ALL -> "";
            case LEAD_KIND -> "e.kind = :s_arg";
            case HANDLES_AND_URLS -> "e.kind IN ('handle', 'url')";
            case PHONE_COUNTRY -> "e.kind = 'phone' AND e.region = :s_arg";
            case PHONES_WITH_COUNTRY -> "e.kind = 'phone' AND e.region <> ''";
            case FACILITATORS -> "e.category = '" + Category.POSSIBLE_FACILITATOR.name() + "'";
            // As stats counts incidents: the leads of the type's offers, and the type's incident leads no offer names.
            // Gathered once as a set; H2 evaluates a UNION straight inside IN once per row, so it is a derived table.
            case INCIDENT -> gathered ? """
                    e.id IN (SELECT x.id FROM (
                             SELECT c.id AS id FROM lead_entity c USE INDEX (ix_entity_category)
                             WHERE c.operation_id = :op AND c.category = :s_category AND c.live AND %s
                             UNION
                             %s) x)""".formatted(NAMED_BY_NO_OFFER.formatted("c"), TYPE_OFFERS_LEADS)
                    : "((e.category = :s_category AND " + NAMED_BY_NO_OFFER.formatted("e") + ") OR e.id IN (" + TYPE_OFFERS_LEADS + "))";
            case DOCUMENT_COUNTRY -> "e.kind = 'document' AND " + ISSUER + " = :s_arg";
            case DOCUMENTS_WITH_COUNTRY -> "e.kind = 'document' AND " + ISSUER + " <> ''";
            case FACE_IMAGES_CHECKED -> """
                    e.id IN (SELECT x.id FROM (
                             SELECT l.entity_id AS id FROM face_check f
                             JOIN capture_link cl ON cl.capture_id = f.image_id AND cl.target_type = 'LEAD' AND NOT cl.deleted
                             JOIN lead l ON l.id = cl.target_id AND NOT l.deleted
                             WHERE f.operation_id = :op AND NOT f.deleted
                             UNION
                             SELECT de.id FROM face_check f
                             JOIN document_image i ON i.capture_id = f.image_id
                             JOIN travel_document d ON d.id = i.document_id AND NOT d.deleted
                             JOIN lead_entity de ON de.operation_id = :op
                                  AND de.canonical = %s || ':' || d.issuing_country || ':' || d.number AND de.kind = 'document'
                             WHERE f.operation_id = :op AND NOT f.deleted) x)""".formatted(documentSelectorType());
            case WITH_ATTACHMENTS -> """
                    e.id IN (SELECT l.entity_id FROM capture_link cl JOIN capture c ON c.id = cl.capture_id AND NOT c.deleted
                             JOIN lead l ON l.id = cl.target_id AND NOT l.deleted
                             WHERE cl.operation_id = :op AND cl.target_type = 'LEAD' AND NOT cl.deleted)""";
            case OFFICER -> "EXISTS (SELECT 1 FROM lead l WHERE l.entity_id = e.id AND l.origin = :s_arg AND NOT l.deleted)";
            case PLATFORM -> "e.platform = :s_arg";
            case FIRST_SEEN_HOUR -> "e.first_seen >= :s_from AND e.first_seen < :s_to";
        };
    }

    /**
     * Whether the scope is a set that is better gathered first: reading its entities by id and sorting them beats
     * walking a sort index past every entity outside the set (seconds for an empty tile of a 300,000-lead operation)
     * while the set holds fewer than {@code worthScanning} entities (asked for an incident type only). Captures' and
     * face checks' leads are few; an incident type's set is about its offers (most name a lead or two) and its
     * category's leads, as the tallies count them.
     */
    static boolean gathersFirst(Handle handle, UUID operationId, LeadScope scope, LongSupplier worthScanning) {
        return switch (scope.kind()) {
            case FACE_IMAGES_CHECKED, WITH_ATTACHMENTS -> true;
            case INCIDENT -> handle.createQuery("""
                            SELECT COALESCE((SELECT SUM(n) FROM lead_tally WHERE operation_id = :op AND category = :category), 0)
                                 + COALESCE((SELECT SUM(n) FROM offer_tally WHERE operation_id = :op AND type = :type), 0)""")
                    .bind("op", operationId).bind("category", "INCIDENT_" + scope.offerType().name())
                    .bind("type", scope.offerType().name()).mapTo(Long.class).one() <= worthScanning.getAsLong();
            default -> false;
        };
    }

    /** Binds what {@link #condition} names. */
    static void bind(Query query, LeadScope scope) {
        switch (scope.kind()) {
            case LEAD_KIND, PHONE_COUNTRY, DOCUMENT_COUNTRY, OFFICER, PLATFORM -> query.bind("s_arg", scope.argument());
            case INCIDENT -> query.bind("s_category", "INCIDENT_" + scope.offerType().name())
                    .bind("s_type", scope.offerType().name());
            case FIRST_SEEN_HOUR -> {
                Instant from = scope.hour().truncatedTo(ChronoUnit.HOURS);
                query.bind("s_from", Sql.utc(from)).bind("s_to", Sql.utc(from.plus(1, ChronoUnit.HOURS)));
            }
            default -> {
            }
        }
    }

    /** A document record's doc_type as the type word of its lead's canonical value (DocumentType.selectorType). */
    private static String documentSelectorType() {
        return Stream.of(DocumentType.values())
                .map(type -> "WHEN '" + type.name() + "' THEN '" + type.selectorType() + "'")
                .collect(Collectors.joining(" ", "CASE d.doc_type ", " END"));
    }
}
