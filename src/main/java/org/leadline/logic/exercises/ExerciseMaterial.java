package org.leadline.logic.exercises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.leadline.logic.offers.DefaultRates;
import org.leadline.logic.selectors.MrzParser;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.Ids;
import org.leadline.model.OfferType;

/**
 * Generated material for an exercise, the same for the same seed: adverts for crossings (a handle, a phone written one
 * of the ways the web writes them, a price in the advert's currency and a route), profiles (a handle, the profile's
 * link, a phone and a face) and document data pages with a specimen machine-readable zone, in English, French and
 * Arabic. Each item knows its answers, so the key is exactly what the material shows.
 */
public final class ExerciseMaterial {
    private record Route(String from, String to, String[] en, String[] fr, String[] ar, int minEur, int maxEur, String currency) {
    }

    private static final Route[] ROUTES = {
            new Route("LY", "IT", new String[] {"Zuwara", "Lampedusa"}, new String[] {"Zouara", "Lampedusa"},
                    new String[] {"زوارة", "لامبيدوزا"}, 3_000, 9_000, "EUR"),
            new Route("TN", "IT", new String[] {"Sfax", "Lampedusa"}, new String[] {"Sfax", "Lampedusa"},
                    new String[] {"صفاقس", "لامبيدوزا"}, 1_500, 4_000, "TND"),
            new Route("FR", "GB", new String[] {"Calais", "Dover"}, new String[] {"Calais", "Douvres"},
                    new String[] {"كاليه", "دوفر"}, 1_000, 2_500, "GBP"),
            new Route("TR", "GR", new String[] {"Izmir", "Lesbos"}, new String[] {"Izmir", "Lesbos"},
                    new String[] {"إزمير", "ليسبوس"}, 700, 3_000, "USD"),
            new Route("MA", "ES", new String[] {"Nador", "Almería"}, new String[] {"Nador", "Almería"},
                    new String[] {"الناظور", "ألميريا"}, 1_500, 4_500, "EUR"),
    };
    private static final String[] PLATFORMS = {"Telegram", "Facebook", "Instagram", "TikTok"};
    private static final String[] FIRST = {"Ahmed", "Karim", "Youssef", "Omar", "Samir", "Bilal", "Nadia", "Rami", "Hassan", "Leila",
            "Tarek", "Mounir", "Walid", "Sami", "Farah", "Jamal"};
    private static final String[] LAST = {"Trabelsi", "Haddad", "Mansour", "Benali", "Khalil", "Saidi", "Nasser", "Amrani",
            "Bouzid", "Hamdi", "Cherif", "Zaidi"};
    private static final String[] WORDS = {"trips", "travel", "express", "vip", "pass", "road", "sea", "boat", "europe", "safe"};
    /** Country calling code, the national mobile prefix and how many digits follow it. */
    private static final String[][] PHONES = {{"218", "91", "7"}, {"218", "92", "7"}, {"216", "2", "7"}, {"212", "6", "8"},
            {"90", "53", "8"}, {"33", "6", "8"}, {"39", "32", "8"}, {"20", "10", "8"}};

    private static final byte[] NOT_DRAWN = new byte[0];

    private ExerciseMaterial() {
    }

    /** The languages generated posts and profiles are written in (document data pages are in English). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /**
     * What to generate, as {@code exercise build --demo} and the builder window ask for it.
     *
     * @param languages the posts' and profiles' languages, used in turn (three items each): some of {@link #LANGUAGES}
     */
    public record Spec(int items, long seed, List<String> languages) {
        public Spec {
            if (items < 1 || items > 1000) {
                throw new IllegalArgumentException("An exercise holds 1 to 1000 items of material, not " + items + ".");
            }
            if (languages == null || languages.isEmpty()) {
                throw new IllegalArgumentException("Choose at least one language for the material: en, fr or ar.");
            }
            for (String language : languages) {
                if (!LANGUAGES.contains(language)) {
                    throw new IllegalArgumentException("The material is written in en, fr or ar, not '" + language + "'.");
                }
            }
            languages = List.copyOf(new java.util.LinkedHashSet<>(languages));
        }

        public static Spec of(int items, long seed) {
            return new Spec(items, seed, LANGUAGES);
        }
    }

    /** {@code count} items: adverts, profiles and documents in turn, languages in turn. */
    public static List<MaterialItem> generate(int count, long seed) {
        return generate(Spec.of(count, seed), true, Progress.NONE);
    }

    /**
     * The items of the spec. Without {@code draw} the images are left empty (the texts and answers are the same, the
     * random stream is consumed alike): the builder window's preview of the key costs no drawing. Cancelled between items.
     */
    public static List<MaterialItem> generate(Spec spec, boolean draw, Progress progress) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<MaterialItem> items = new ArrayList<>();
        for (int i = 0; i < spec.items(); i++) {
            if (progress.cancelled()) {
                throw new CancelledException("Generating the material was cancelled.");
            }
            String language = spec.languages().get((i / 3) % spec.languages().size());
            items.add(switch (i % 3) {
                case 0 -> advert(random, language, i, draw);
                case 1 -> profile(random, language, i, draw);
                default -> document(random, i, draw);
            });
            progress.report(i + 1, spec.items());
        }
        return items;
    }

    private static MaterialItem advert(SplittableRandom random, String language, int index, boolean draw) {
        Route route = ROUTES[random.nextInt(ROUTES.length)];
        String handle = handle(random);
        String platform = "Telegram";
        String[] phone = phone(random);
        String written = writtenPhone(phone, random.nextInt(4));
        BigDecimal rate = DefaultRates.all().get(route.currency).eurPerUnit();
        int eur = route.minEur + random.nextInt((route.maxEur - route.minEur) / 100 + 1) * 100;
        BigDecimal amount = new BigDecimal(eur).divide(rate, 0, RoundingMode.HALF_UP);
        amount = amount.divide(new BigDecimal(100), 0, RoundingMode.HALF_UP).multiply(new BigDecimal(100));
        String price = amount.toPlainString() + " " + symbol(route.currency);
        String flags = flag(route.from) + "➡️" + flag(route.to);
        String text = switch (language) {
            case "fr" -> flags + " Passage de " + route.fr[0] + " vers " + route.fr[1] + " cette semaine, bateau sûr. " + price
                    + " par personne.\nContact sur Telegram @" + handle + "\nou WhatsApp " + written;
            case "ar" -> flags + " رحلة من " + route.ar[0] + " إلى " + route.ar[1] + " هذا الأسبوع. السعر " + price
                    + " للشخص. تواصل معنا\nTelegram: @" + handle + "\nWhatsApp: " + written;
            default -> flags + " Crossing from " + route.en[0] + " to " + route.en[1] + " this week, safe boat. " + price
                    + " per person.\nContact on Telegram @" + handle + "\nor WhatsApp " + written;
        };
        BigDecimal priceEur = amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        List<Answer> answers = List.of(
                new Answer(Ids.newId(), AnswerTarget.HANDLE, "telegram:" + handle, null, "advert " + (index + 1)),
                new Answer(Ids.newId(), AnswerTarget.PHONE, "+" + phone[0] + phone[1] + phone[2], null, "advert " + (index + 1)),
                offerAnswer(new Answer.OfferAnswer(OfferType.TRAVEL, priceEur, amount, route.currency, route.from, route.to),
                        "advert " + (index + 1)));
        long imageSeed = random.nextLong();
        byte[] image = draw ? MaterialImages.post(platform, "@" + handle, text, language, imageSeed) : NOT_DRAWN;
        return new MaterialItem("advert", language, platform, text, "https://t.me/" + handle + "/" + (100 + random.nextInt(900)),
                image, answers, false);
    }

    private static Answer offerAnswer(Answer.OfferAnswer offer, String hint) {
        return new Answer(Ids.newId(), AnswerTarget.OFFER, offer.describe(), offer, hint);
    }

    private static MaterialItem profile(SplittableRandom random, String language, int index, boolean draw) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String platform = PLATFORMS[1 + random.nextInt(2)];
        String handle = (first + "." + last + random.nextInt(100)).toLowerCase(java.util.Locale.ROOT);
        String[] phone = phone(random);
        String written = writtenPhone(phone, random.nextInt(4));
        String host = platform.equals("Facebook") ? "facebook.com" : "instagram.com";
        String link = "https://www." + host + "/" + handle;
        String bio = switch (language) {
            case "fr" -> "Agence de voyages · départs chaque semaine · papiers possibles";
            case "ar" -> "وكالة سفر · رحلات كل أسبوع · أوراق ممكنة";
            default -> "Travel agency · weekly departures · papers possible";
        };
        String text = first + " " + last + " (" + platform + ")\n" + bio + "\n" + link + "\n" + written;
        List<Answer> answers = List.of(
                new Answer(Ids.newId(), AnswerTarget.HANDLE, platform.toLowerCase(java.util.Locale.ROOT) + ":" + handle, null,
                        "profile " + (index + 1)),
                new Answer(Ids.newId(), AnswerTarget.URL, link, null, "profile " + (index + 1)),
                new Answer(Ids.newId(), AnswerTarget.PHONE, "+" + phone[0] + phone[1] + phone[2], null, "profile " + (index + 1)));
        long imageSeed = random.nextLong();
        byte[] image = draw ? MaterialImages.profile(platform, first + " " + last, handle, bio, link, written, language, imageSeed) : NOT_DRAWN;
        return new MaterialItem("profile", language, platform, text, link, image, answers, true);
    }

    private static MaterialItem document(SplittableRandom random, int index, boolean draw) {
        String surname = LAST[random.nextInt(LAST.length)].toUpperCase(java.util.Locale.ROOT);
        String given = FIRST[random.nextInt(FIRST.length)].toUpperCase(java.util.Locale.ROOT);
        String number = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (1_000_000 + random.nextInt(8_999_999));
        String birth = String.format("%02d%02d%02d", 70 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String expiry = String.format("%02d%02d%02d", 28 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String sex = random.nextBoolean() ? "M" : "F";
        String mrz = specimenZone(surname, given, number, birth, sex, expiry);
        var read = MrzParser.parse(mrz);
        if (!read.valid()) {
            throw new IllegalStateException("The specimen zone does not read back: " + read.reason());
        }
        String text = "Document image posted by a seller\n" + mrz;
        List<Answer> answers = List.of(new Answer(Ids.newId(), AnswerTarget.DOCUMENT, read.document().canonical(), null,
                "document " + (index + 1)));
        long imageSeed = random.nextLong();
        byte[] image = draw ? MaterialImages.document(surname, given, number, birth, sex, expiry, mrz, imageSeed) : NOT_DRAWN;
        // A source like the other items', so that a trainee's material pane shows the data page beside its post.
        return new MaterialItem("document", "en", "Telegram", text, "https://t.me/utopia_papers/" + (200 + index), image, answers, false);
    }

    /** A TD3 zone of the ICAO specimen state Utopia, every check digit computed. */
    static String specimenZone(String surname, String given, String number, String birth, String sex, String expiry) {
        String line1 = pad("P<UTO" + surname + "<<" + given, 44);
        String doc = pad(number, 9);
        String optional = pad("", 14);
        String body = doc + MrzParser.checkDigit(doc) + "UTO" + birth + MrzParser.checkDigit(birth) + sex + expiry
                + MrzParser.checkDigit(expiry) + optional + MrzParser.checkDigit(optional);
        String composite = doc + MrzParser.checkDigit(doc) + birth + MrzParser.checkDigit(birth) + expiry
                + MrzParser.checkDigit(expiry) + optional + MrzParser.checkDigit(optional);
        return line1 + "\n" + body + MrzParser.checkDigit(composite);
    }

    private static String pad(String value, int length) {
        StringBuilder out = new StringBuilder(value);
        while (out.length() < length) {
            out.append('<');
        }
        return out.substring(0, length);
    }

    private static String handle(SplittableRandom random) {
        return FIRST[random.nextInt(FIRST.length)].toLowerCase(java.util.Locale.ROOT) + "_" + WORDS[random.nextInt(WORDS.length)]
                + (random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(100)));
    }

    private static String[] phone(SplittableRandom random) {
        String[] shape = PHONES[random.nextInt(PHONES.length)];
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < Integer.parseInt(shape[2]); i++) {
            digits.append(i == 0 ? 1 + random.nextInt(9) : random.nextInt(10));
        }
        return new String[] {shape[0], shape[1], digits.toString()};
    }

    /** The same number the ways adverts write it: spaced, with 00, dashed, as a WhatsApp link. */
    static String writtenPhone(String[] phone, int style) {
        String subscriber = phone[2];
        String half = subscriber.substring(0, subscriber.length() / 2) + " " + subscriber.substring(subscriber.length() / 2);
        return switch (style) {
            case 0 -> "+" + phone[0] + " " + phone[1] + " " + half;
            case 1 -> "00" + phone[0] + phone[1] + subscriber;
            case 2 -> "+" + phone[0] + "-" + phone[1] + "-" + subscriber;
            default -> "wa.me/" + phone[0] + phone[1] + subscriber;
        };
    }

    private static String symbol(String currency) {
        return switch (currency) {
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            default -> currency;
        };
    }

    private static String flag(String country) {
        return new String(Character.toChars(0x1F1E6 + country.charAt(0) - 'A')) + new String(Character.toChars(0x1F1E6 + country.charAt(1) - 'A'));
    }
}
