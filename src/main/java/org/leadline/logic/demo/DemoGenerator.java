package org.leadline.logic.demo;

import org.leadline.model.Ids;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.leadline.logic.workspace.SigningKeys;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadStatus;
import org.leadline.model.Officer;
import org.leadline.model.Sighting;
import org.leadline.persistence.BulkLead;

/**
 * A synthetic action day modelled on the Cyberprotect operations: handles on Telegram, Facebook, Instagram, TikTok
 * and X; phones in about thirty countries with real numbering plans; facilitators, incidents, documents; leads found
 * by several officers. The same seed always gives the same data.
 */
final class DemoGenerator {
    static final LocalDate ACTION_DAY_START = LocalDate.of(2025, 10, 15);

    private static final String[] FIRST = {"ahmed", "mohamed", "youssef", "karim", "omar", "ali", "hassan", "bilal", "samir",
            "adel", "nour", "amine", "rami", "tarek", "walid", "khaled", "mustafa", "ibrahim", "yassin", "hamza", "zaki",
            "farid", "jamal", "sami", "anis", "murat", "emre", "baran", "dritan", "arben"};
    private static final String[] SECOND = {"trips", "travel", "passage", "europe", "boat", "docs", "visa", "road", "safe",
            "express", "italia", "uk", "libya", "tours", "transfer", "crossing", "papers", "journey", "sea", "way"};
    private static final String[] PLATFORMS = {"telegram", "telegram", "telegram", "facebook", "facebook", "instagram",
            "instagram", "tiktok", "tiktok", "x"};
    private static final String[] PHONE_REGIONS = {"LY", "LY", "LY", "TN", "TN", "MA", "MA", "DZ", "EG", "EG", "SY", "SY",
            "IQ", "TR", "TR", "TR", "AF", "PK", "BD", "NG", "SN", "ML", "NE", "SD", "ER", "GR", "IT", "IT", "FR", "FR",
            "ES", "DE", "GB", "GB", "BE", "NL", "AL", "RS", "BA", "MK", "BG", "LB", "JO"};
    private static final String[] DOCUMENT_ISSUERS = {"SYR", "IRQ", "AFG", "FRA", "ITA", "D", "GRC", "TUR", "LBY", "TUN",
            "MAR", "ESP", "BEL", "NLD"};
    private static final String[] DOMAINS = {"europe-visa-fast.com", "trip-to-italy.net", "docs-express.org",
            "passage-uk.info", "schengen-papers.com", "boat-ticket.eu"};
    private static final String[] TAGS = {"urgent", "libya-route", "channel", "balkans", "fake-docs", "price-list",
            "children", "verified-by-call"};
    private static final String[] COUNTRIES = {"FR", "IT", "ES", "DE", "NL", "BE", "GR", "TR", "MA", "TN"};
    private static final String[] OFFICER_NAMES = {"Claire Martin", "Luca Bianchi", "Ana García", "Jonas Weber",
            "Sanne de Vries", "Thomas Peeters", "Eleni Papadopoulou", "Mehmet Yilmaz", "Samira El Idrissi",
            "Hichem Ben Salah", "Julien Moreau", "Giulia Romano", "Javier López", "Katrin Schulz", "Pieter Janssens"};

    private final UUID operationId;
    private final List<String> origins;
    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();
    private final Instant dayStart = ACTION_DAY_START.atTime(7, 0).toInstant(ZoneOffset.UTC);
    private final long millisPerLead;
    private long clockMillis;
    private final String[] phonePrefixes = new String[PHONE_REGIONS.length];
    private final int[] nationalLengths = new int[PHONE_REGIONS.length];

    DemoGenerator(UUID operationId, List<String> origins, long seed, int expectedLeads) {
        this.operationId = operationId;
        this.millisPerLead = Math.max(1, Duration.ofHours(30).toMillis() / Math.max(1, expectedLeads));
        this.origins = List.copyOf(origins);
        this.random = new SplittableRandom(seed);
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (int i = 0; i < PHONE_REGIONS.length; i++) {
            PhoneNumber example = phones.getExampleNumberForType(PHONE_REGIONS[i], PhoneNumberUtil.PhoneNumberType.MOBILE);
            String national = phones.getNationalSignificantNumber(example);
            // Keep the operator prefix of the example mobile number and vary the subscriber digits.
            int keep = Math.min(3, national.length() - 4);
            phonePrefixes[i] = "+" + example.getCountryCode() + national.substring(0, keep);
            nationalLengths[i] = national.length() - keep;
        }
    }

    /** Fifteen colleagues from ten countries, with real Ed25519 keys derived from the seed. */
    static List<Officer> colleagues(long seed) {
        List<Officer> officers = new ArrayList<>();
        try {
            SecureRandom keyRandom = SecureRandom.getInstance("SHA1PRNG");
            keyRandom.setSeed(seed);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, keyRandom);
            for (int i = 0; i < OFFICER_NAMES.length; i++) {
                KeyPair pair = generator.generateKeyPair();
                byte[] publicKey = pair.getPublic().getEncoded();
                String country = COUNTRIES[i % COUNTRIES.length];
                officers.add(new Officer(UUID.nameUUIDFromBytes(publicKey), OFFICER_NAMES[i], "Demo police " + country, country,
                        publicKey, SigningKeys.fingerprint(publicKey)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make demo officers' keys", e);
        }
        return officers;
    }

    List<BulkLead> next(int count) {
        List<BulkLead> batch = new ArrayList<>(count);
        while (batch.size() < count) {
            batch.add(nextLead());
        }
        return batch;
    }

    private BulkLead nextLead() {
        int roll = random.nextInt(100);
        String region = null;
        String platform = null;
        LeadKind kind;
        String canonical;
        if (roll < 34) {
            kind = LeadKind.HANDLE;
            String chosen = PLATFORMS[random.nextInt(PLATFORMS.length)];
            platform = chosen;
            canonical = unique(() -> chosen + ":" + handleName());
        } else if (roll < 52) {
            kind = LeadKind.URL;
            canonical = unique(this::url);
        } else if (roll < 86) {
            kind = LeadKind.PHONE;
            int index = random.nextInt(PHONE_REGIONS.length);
            region = PHONE_REGIONS[index];
            canonical = unique(() -> phonePrefixes[index] + digits(nationalLengths[index]));
        } else if (roll < 91) {
            kind = LeadKind.EMAIL;
            canonical = unique(() -> handleName() + "@" + (random.nextBoolean() ? "gmail.com" : DOMAINS[random.nextInt(DOMAINS.length)]));
        } else if (roll < 95) {
            kind = LeadKind.DOCUMENT;
            canonical = unique(() -> (random.nextInt(4) == 0 ? "idcard" : "passport") + ":"
                    + DOCUMENT_ISSUERS[random.nextInt(DOCUMENT_ISSUERS.length)] + ":"
                    + (char) ('A' + random.nextInt(26)) + digits(7));
        } else if (roll < 98) {
            kind = LeadKind.IBAN;
            canonical = unique(() -> "TR" + digits(2) + "000" + digits(19));
        } else {
            kind = LeadKind.CRYPTO;
            canonical = unique(() -> "T" + base58(33));
        }
        Category category = category(kind);
        List<String> tags = random.nextInt(6) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
        // One record per officer and selector: an officer's own day (a single origin) has no second finder.
        int finders = Math.min(origins.size(), random.nextInt(100) < 85 ? 1 : 2 + random.nextInt(2));
        List<Lead> records = new ArrayList<>(finders);
        List<Sighting> sightings = new ArrayList<>(finders);
        int firstOrigin = random.nextInt(origins.size());
        for (int i = 0; i < finders; i++) {
            String origin = origins.get((firstOrigin + i * 5) % origins.size());
            Instant seen = seenAt();
            Lead record = new Lead(Ids.newId(), operationId, kind, canonical, canonical, LeadStatus.VERIFIED, null,
                    category, tags, origin, 1, seen, seen, false);
            records.add(record);
            sightings.add(new Sighting(Ids.newId(), record.id(), sourceUrl(platform), platform, null, seen, origin, 1, false));
        }
        return new BulkLead(records, sightings, region, platform);
    }

    private Category category(LeadKind kind) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return Category.POSSIBLE_FACILITATOR;
        }
        if (roll < 11) {
            return Category.INCIDENT_TRAVEL;
        }
        if (roll < 13) {
            return Category.INCIDENT_DOCUMENTS;
        }
        if (roll < 14) {
            return Category.INCIDENT_GUIDANCE;
        }
        return Category.defaultFor(kind);
    }

    /**
     * Three action days, 09:00 to 19:00 Lyon time. Leads arrive in time order, as they do on a real day: the clock
     * advances evenly over the three working days and wraps into the next day's morning.
     */
    private Instant seenAt() {
        clockMillis += random.nextLong(2 * millisPerLead + 1);
        long workingDay = Duration.ofHours(10).toMillis();
        long day = Math.min(2, clockMillis / workingDay);
        return dayStart.plus(Duration.ofDays(day)).plusMillis(clockMillis % workingDay);
    }

    private String handleName() {
        String name = FIRST[random.nextInt(FIRST.length)] + (random.nextBoolean() ? "_" : ".") + SECOND[random.nextInt(SECOND.length)];
        return random.nextInt(3) == 0 ? name : name + random.nextInt(10_000);
    }

    private String url() {
        return switch (random.nextInt(4)) {
            case 0 -> "https://t.me/" + handleName().replace('.', '_');
            case 1 -> "https://facebook.com/groups/" + (100_000_000L + random.nextLong(900_000_000L));
            case 2 -> "https://instagram.com/p/" + base58(11);
            default -> "https://" + DOMAINS[random.nextInt(DOMAINS.length)] + "/offer/" + random.nextInt(1_000_000);
        };
    }

    private String sourceUrl(String platform) {
        if (platform == null) {
            return null;
        }
        return switch (platform) {
            case "telegram" -> "https://t.me/s/" + SECOND[random.nextInt(SECOND.length)] + "_channel";
            case "facebook" -> "https://facebook.com/groups/" + (100_000_000L + random.nextInt(1_000_000));
            default -> "https://" + platform.toLowerCase(Locale.ROOT) + ".com/";
        };
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private String base58(int count) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String unique(java.util.function.Supplier<String> candidate) {
        while (true) {
            String value = candidate.get();
            if (used.add(value)) {
                return value;
            }
        }
    }
}
