package org.leadline.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The leads behind one number of the operation picture (a dashboard tile, a bar): the lead table pages through exactly
 * these when a number is clicked. Always live lead entities of one operation.
 *
 * @param kind     what the number counts
 * @param argument the kind's one argument (a lead kind's wire name, a country code, an offer type's wire name, an
 *                 officer's fingerprint, a platform, an hour's start as an ISO instant), or empty
 */
public record LeadScope(Kind kind, String argument) {

    public enum Kind {
        /** Every live lead. */
        ALL(false),
        /** Leads of one kind (argument: the kind's wire name). */
        LEAD_KIND(true),
        /** Handles and URLs together (stats' uniqueHandlesAndUrls). */
        HANDLES_AND_URLS(false),
        /** Phone numbers of one region (argument: ISO alpha-2). */
        PHONE_COUNTRY(true),
        /** Phone numbers whose region is known: those behind the count of phone countries. */
        PHONES_WITH_COUNTRY(false),
        /** Leads categorised as possible facilitators. */
        FACILITATORS(false),
        /**
         * The leads behind one type of incident (argument: the offer type's wire name): those a live offer of the type
         * names, and those categorised incident-TYPE that no live offer names (which stats counts as incidents alone).
         */
        INCIDENT(true),
        /** Document leads of one issuing state (argument: the issuer as in the canonical value). */
        DOCUMENT_COUNTRY(true),
        /** Document leads whose issuer is known: those behind the count of document countries. */
        DOCUMENTS_WITH_COUNTRY(false),
        /**
         * Leads one of whose images had a live face check: a checked capture attached to one of the lead's records,
         * or for a document lead an image of one of its live document records.
         */
        FACE_IMAGES_CHECKED(false),
        /** Leads with at least one live capture attached to one of their live records. */
        WITH_ATTACHMENTS(false),
        /** Leads one officer has a live record of (argument: the officer's key fingerprint). */
        OFFICER(true),
        /** Leads seen on one platform (argument: the platform's name as stored). */
        PLATFORM(true),
        /** Leads first seen within one hour (argument: the hour's start, an ISO instant in UTC). */
        FIRST_SEEN_HOUR(true);

        private final boolean takesArgument;

        Kind(boolean takesArgument) {
            this.takesArgument = takesArgument;
        }

        public boolean takesArgument() {
            return takesArgument;
        }
    }

    public LeadScope {
        Objects.requireNonNull(kind, "kind");
        argument = argument == null ? "" : argument.strip();
        if (kind.takesArgument() && argument.isEmpty()) {
            throw new IllegalArgumentException("The scope " + kind + " needs an argument.");
        }
        if (!kind.takesArgument() && !argument.isEmpty()) {
            throw new IllegalArgumentException("The scope " + kind + " takes no argument.");
        }
    }

    public static LeadScope all() {
        return new LeadScope(Kind.ALL, null);
    }

    public static LeadScope of(Kind kind) {
        return new LeadScope(kind, null);
    }

    public static LeadScope leadKind(LeadKind leadKind) {
        return new LeadScope(Kind.LEAD_KIND, leadKind.wireName());
    }

    public static LeadScope phoneCountry(String region) {
        return new LeadScope(Kind.PHONE_COUNTRY, region.toUpperCase(Locale.ROOT));
    }

    public static LeadScope incident(OfferType type) {
        return new LeadScope(Kind.INCIDENT, type.wireName());
    }

    public static LeadScope documentCountry(String issuer) {
        return new LeadScope(Kind.DOCUMENT_COUNTRY, issuer.toUpperCase(Locale.ROOT));
    }

    public static LeadScope officer(String fingerprint) {
        return new LeadScope(Kind.OFFICER, fingerprint);
    }

    public static LeadScope platform(String platform) {
        return new LeadScope(Kind.PLATFORM, platform);
    }

    /** The hour an instant falls in. */
    public static LeadScope firstSeenHour(Instant instant) {
        return new LeadScope(Kind.FIRST_SEEN_HOUR, instant.truncatedTo(ChronoUnit.HOURS).toString());
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    public LeadKind leadKind() {
        return LeadKind.fromWireName(argument);
    }

    public OfferType offerType() {
        return OfferType.fromWireName(argument);
    }

    public Instant hour() {
        return Instant.parse(argument);
    }
}
