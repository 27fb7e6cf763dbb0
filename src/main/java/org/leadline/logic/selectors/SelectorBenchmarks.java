package org.leadline.logic.selectors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput measurements for the {@code bench} command (targets: extraction ≥ 5 MB/s of post text,
 * normalisation ≥ 100,000 selectors/s), and the synthetic data they run on. Not a test: the command
 * decides how many rounds to run and what to compare against.
 *
 * <p>A megabyte here is 1,000,000 bytes of the text in UTF-8, so Arabic posts count as what they weigh.
 */
public final class SelectorBenchmarks {

    private static final String REGION = "FR";
    /** Warm-up: up to this many untimed rounds, while they take less than two seconds in all. */
    private static final int WARM_UP_ROUNDS = 5;
    private static final long WARM_UP_NANOS = 2_000_000_000L;

    private SelectorBenchmarks() {
    }

    /** Extracts from {@code text} {@code rounds} times (after untimed warm-up rounds) and returns megabytes per second. */
    public static double extractionMegabytesPerSecond(String text, int rounds) {
        SelectorExtractor extractor = new SelectorExtractor(REGION);
        long sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int r = 0; r < WARM_UP_ROUNDS && (r == 0 || System.nanoTime() < warmUpEnd); r++) {
            sink += extractor.extract(text).size(); // let the JIT compile the scanners before timing them
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            sink += extractor.extract(text).size();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        blackhole(sink);
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6 * rounds;
        return megabytes / seconds;
    }

    /** Normalises every value (kind detected, region FR) {@code rounds} times after untimed warm-up rounds; returns values per second. */
    public static double normalisationsPerSecond(List<String> values, int rounds) {
        long sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int r = 0; r < WARM_UP_ROUNDS && (r == 0 || System.nanoTime() < warmUpEnd); r++) {
            for (String v : values) {
                sink += SelectorNormalizer.normalize(v, null, REGION).size();
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String v : values) {
                sink += SelectorNormalizer.normalize(v, null, REGION).size();
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        blackhole(sink);
        return (double) values.size() * rounds / seconds;
    }

    /**
     * A realistic corpus of advert posts of about {@code bytes} bytes (UTF-8), reproducible for a seed:
     * English, French and Arabic posts with phone numbers in several shapes and regions, handles, links,
     * e-mails, prices, dates and, now and then, an IBAN or a crypto address.
     */
    public static String syntheticPosts(int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(bytes + 512);
        int size = 0;
        while (size < bytes) {
            String post = post(random);
            out.append(post).append("\n\n");
            size += post.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return out.toString();
    }

    /** Selector values as officers type or paste them, one per element, reproducible for a seed. */
    public static List<String> syntheticValues(int count, long seed) {
        Random random = new Random(seed);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(switch (random.nextInt(8)) {
                case 0, 1 -> phone(random);
                case 2 -> url(random);
                case 3 -> "https://t.me/" + name(random);
                case 4 -> "@" + name(random);
                case 5 -> email(random);
                case 6 -> "https://www.instagram.com/" + name(random) + "/?igsh=" + token(random, 12);
                default -> pick(random, IBANS);
            });
        }
        return values;
    }

    // ---------------------------------------------------------------- corpus pieces

    private static final String[] EN = {
        "🚤 Trip %s ➡️ %s this week, %s all included. Call/WhatsApp %s or %s. More: %s",
        "Safe passage to %s from %s, price %s per person. Contact %s, Telegram %s. Departure %s.",
        "Documents ready in 5 days, passport or ID. Write to %s or %s. Pay %s. Info %s",
        "Boat leaves %s at night. Only %s. Phone %s / %s. Follow %s on Instagram.",
    };
    private static final String[] FR = {
        "Passage %s ➜ %s par bateau, %s par personne. Écrire sur Instagram %s ou %s. Tél %s",
        "Passeport 100%% original, livraison %s. Prix %s. Contact : %s / Signal %s. Lien %s",
        "Départ de %s vers %s le %s, places limitées. Appelez le %s ou WhatsApp %s. Site %s",
        "Travail garanti en %s, voyage organisé depuis %s. %s. Renseignements %s, %s",
    };
    private static final String[] AR = {
        "رحلة من %s إلى %s هذا الأسبوع، السعر %s شامل. للتواصل واتساب %s أو تلغرام %s. %s",
        "جوازات سفر أصلية، التسليم خلال %s. تواصل معنا على %s أو %s. الدفع %s",
        "قارب من %s يغادر ليلا، الأماكن محدودة. الهاتف %s. الموقع %s. انستغرام %s",
    };
    private static final String[] PLACES = {"Libya", "Italy", "Zuwara", "Lampedusa", "Calais", "Dover", "Izmir", "Lesbos",
        "Tunis", "Sfax", "Oujda", "Melilla", "Agadez", "Bihać", "Subotica", "Germany", "UK", "طرابلس", "إيطاليا"};
    private static final String[] PRICES = {"12000€", "1.400 EUR", "2500 euros", "$3,000", "1 500 000 IQD", "800 USDT",
        "12000 دينار", "4500 TND", "350£"};
    private static final String[] DATES = {"2025-10-17", "17/10/2025", "17.10.2025 à 22h", "lundi 14:30", "demain"};
    private static final String[] IBANS = {"FR76 3000 6000 0112 3456 7890 189", "DE89 3704 0044 0532 0130 00",
        "TR33 0006 1005 1978 6457 8413 26", "GB82 WEST 1234 5698 7654 32"};
    private static final String[] CRYPTO = {"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"};
    private static final String[][] PHONES = {
        {"+218 91 %03d %04d", "00218 92 %03d %04d"}, {"+216 20 %03d %03d", "0021698%03d%03d"},
        {"+212 6 %02d %02d %02d %02d", "06 %02d %02d %02d %02d"}, {"+90 532 %03d %02d %02d", "0533 %03d %02d %02d"},
        {"+33 6 %02d %02d %02d %02d", "07.%02d.%02d.%02d.%02d"}, {"+39 312 %03d %04d", "+39 347 %03d %04d"},
        {"+963 944 %03d %03d", "+964 770 %03d %04d"}, {"+44 7700 %06d", "+49 151 %04d %04d"}};
    private static final String SYLLABLES = "ahmedtripsboatpassageeuropesafevoyagemedsealinksamirkarimnour";

    private static String post(Random random) {
        int language = random.nextInt(10);
        String[] templates = language < 4 ? EN : language < 7 ? FR : AR;
        String template = pick(random, templates);
        int slots = template.split("%s", -1).length - 1;
        Object[] values = new Object[slots];
        for (int i = 0; i < slots; i++) {
            values[i] = filler(random);
        }
        return String.format(Locale.ROOT, template, values);
    }

    private static String filler(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> phone(random);
            case 3 -> "@" + name(random);
            case 4 -> url(random);
            case 5 -> pick(random, PRICES);
            case 6 -> pick(random, PLACES);
            case 7 -> pick(random, DATES);
            case 8 -> email(random);
            case 9 -> random.nextInt(4) == 0 ? pick(random, IBANS) : pick(random, PRICES);
            case 10 -> random.nextInt(4) == 0 ? pick(random, CRYPTO) : pick(random, PLACES);
            default -> "t.me/" + name(random);
        };
    }

    private static String phone(Random random) {
        String format = pick(random, pick(random, PHONES));
        int groups = format.split("%", -1).length - 1;
        Object[] parts = new Object[groups];
        for (int i = 0; i < groups; i++) {
            parts[i] = random.nextInt(100);
        }
        return String.format(Locale.ROOT, format, parts);
    }

    private static String url(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "https://www.facebook.com/profile.php?id=1000" + (10_000_000_000L + random.nextInt(1_000_000_000)) + "&mibextid=ZbWKwL";
            case 1 -> "https://www.instagram.com/" + name(random) + "/?igsh=" + token(random, 10);
            case 2 -> "https://www.tiktok.com/@" + name(random) + "?lang=fr";
            case 3 -> "https://wa.me/2189" + (10_000_000 + random.nextInt(89_999_999));
            default -> "https://" + name(random).replace('_', '-') + ".com/offer?utm_source=fb&id=" + random.nextInt(1000);
        };
    }

    private static String email(Random random) {
        return name(random) + "@" + pick(random, new String[] {"gmail.com", "proton.me", "yahoo.fr", "outlook.com"});
    }

    private static String name(Random random) {
        int a = random.nextInt(SYLLABLES.length() - 6);
        int b = random.nextInt(SYLLABLES.length() - 6);
        return SYLLABLES.substring(a, a + 3 + random.nextInt(4)) + "_" + SYLLABLES.substring(b, b + 3 + random.nextInt(4))
                + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
    }

    private static String token(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static volatile long blackholeValue;

    private static void blackhole(long value) {
        blackholeValue = value;
    }
}
