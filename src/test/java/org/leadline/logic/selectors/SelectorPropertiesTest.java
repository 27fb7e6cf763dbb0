package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leadline.model.LeadKind;

/** Properties every normalisation and extraction keeps, on generated values and texts. */
class SelectorPropertiesTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of(
            "FR", "DE", "IT", "ES", "GB", "NL", "BE", "AT", "GR", "TR", "MA", "DZ", "TN", "LY", "EG", "SY", "IQ",
            "JO", "LB", "AF", "PK", "ML", "NE", "SN", "NG", "AL", "RS", "BA", "MK", "XK", "BG", "RO");

    // ------------------------------------------------------------ canonicalising a canonical value changes nothing

    @Property(tries = 300)
    void canonicalPhonesNormaliseToThemselves(@ForAll("phones") String written, @ForAll("regions") String region) {
        assertIdempotent(written, region);
    }

    @Property(tries = 300)
    void canonicalUrlsNormaliseToThemselves(@ForAll("urls") String url) {
        assertIdempotent(url, "FR");
    }

    @Property(tries = 200)
    void canonicalHandlesNormaliseToThemselves(@ForAll("handles") String handle) {
        assertIdempotent(handle, "FR");
    }

    @Property(tries = 200)
    void canonicalIbansNormaliseToThemselves(@ForAll("ibans") String iban) {
        List<Selector> first = SelectorNormalizer.normalize(iban, null, "FR");
        assertThat(first.get(0).kind()).isEqualTo(LeadKind.IBAN);
        assertThat(first.get(0).verified()).as(iban).isTrue();
        assertIdempotent(iban, "FR");
    }

    private static void assertIdempotent(String value, String region) {
        List<Selector> first = SelectorNormalizer.normalize(value, null, region);
        assertThat(first).isNotEmpty();
        for (Selector s : first) {
            List<Selector> again = SelectorNormalizer.normalize(s.canonical(), s.kind(), region);
            assertThat(again.get(0).canonical()).as("%s %s from %s", s.kind(), s.canonical(), value).isEqualTo(s.canonical());
            List<Selector> detected = SelectorNormalizer.normalize(s.canonical(), null, region);
            assertThat(detected.get(0).kind()).as("kind of %s", s.canonical()).isEqualTo(s.kind());
            assertThat(detected.get(0).canonical()).isEqualTo(s.canonical());
        }
    }

    // ------------------------------------------------------------ extraction never throws

    @Property(tries = 300)
    void extractionNeverThrowsOnRandomUnicode(@ForAll("unicodeTexts") String text) {
        List<Selector> found = new SelectorExtractor("FR").extract(text);
        assertSpansAreHonest(text, found);
    }

    @Property(tries = 300)
    void extractionNeverThrowsOnSelectorDebris(@ForAll("debris") String text) {
        List<Selector> found = new SelectorExtractor("TR").extract(text);
        assertSpansAreHonest(text, found);
        for (Selector s : found) {
            assertThat(s.verified() || s.reason() != null).isTrue();
        }
    }

    private static void assertSpansAreHonest(String text, List<Selector> found) {
        for (Selector s : found) {
            assertThat(s.start()).isBetween(0, s.end());
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.raw());
        }
    }

    // ------------------------------------------------------------ a selector in random text is found unchanged

    @Property(tries = 400)
    void aSelectorEmbeddedInRandomTextIsFoundWithTheSameCanonicalValue(
            @ForAll("samples") String sample, @ForAll("words") List<String> before, @ForAll("words") List<String> after,
            @ForAll("spaces") String left, @ForAll("spaces") String right) {
        Selector expected = SelectorNormalizer.normalize(sample, null, "FR").get(0);
        String text = String.join(" ", before) + left + sample + right + String.join(" ", after);
        List<Selector> found = new SelectorExtractor("FR").extract(text);
        assertThat(found).as(text).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(expected.kind());
            assertThat(s.canonical()).isEqualTo(expected.canonical());
            assertThat(s.verified()).isEqualTo(expected.verified());
        });
    }

    // ------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of(REGIONS);
    }

    /** Real numbers of many regions (example numbers with their last digits changed), in every format. */
    @Provide
    Arbitrary<String> phones() {
        return Combinators.combine(Arbitraries.of(REGIONS), Arbitraries.integers().between(0, 999),
                Arbitraries.of(PhoneNumberUtil.PhoneNumberFormat.values())).as((region, tail, format) -> {
                    PhoneNumber example = UTIL.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
                    long nsn = example.getNationalNumber();
                    PhoneNumber changed = new PhoneNumber().setCountryCode(example.getCountryCode())
                            .setNationalNumber(nsn - nsn % 1000 + tail);
                    PhoneNumber number = UTIL.isValidNumber(changed) ? changed : example;
                    if (format == PhoneNumberUtil.PhoneNumberFormat.NATIONAL) {
                        format = PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL; // national needs its own region
                    }
                    return UTIL.format(number, format);
                });
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "HTTPS://", "");
        Arbitrary<String> host = Arbitraries.of("www.example.com", "Example.ORG", "m.facebook.com", "www.instagram.com",
                "t.me", "x.com", "twitter.com", "www.tiktok.com", "youtube.com", "passage-europe.eu", "пример.рф",
                "web.facebook.com", "snapchat.com", "mobile.twitter.com");
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('_', '.', '-').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.startsWith(".") && !s.endsWith("."));
        Arbitrary<String> path = segment.list().ofMaxSize(3).map(l -> l.isEmpty() ? "" : "/" + String.join("/", l));
        Arbitrary<String> param = Combinators.combine(
                Arbitraries.of("utm_source", "fbclid", "id", "lang", "q", "si", "page", "igsh", "s", "ref"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6)).as((k, v) -> k + "=" + v);
        Arbitrary<String> query = param.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
        Arbitrary<String> trailer = Arbitraries.of("", "/", "#top", "/#x");
        return Combinators.combine(scheme, host, path, query, trailer).as((s, h, p, q, t) -> {
            String base = s + h + p;
            return t.startsWith("/") && !q.isEmpty() ? base + "/" + q + t.substring(1) : base + q + (t.startsWith("/") ? "" : t);
        }).filter(u -> !u.startsWith("t.me") || u.length() > 5);
    }

    @Provide
    Arbitrary<String> handles() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('_').ofMinLength(5).ofMaxLength(15)
                .filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> shape = Arbitraries.of("telegram:%s", "x:%s", "instagram:%s", "@%s", "@%s on Telegram",
                "https://t.me/%s", "https://www.instagram.com/%s/", "https://www.tiktok.com/@%s", "unknown:%s",
                "%s", "https://x.com/%s?s=20", "Snap: @%s");
        return Combinators.combine(shape, name).as((s, n) -> String.format(Locale.ROOT, s, n));
    }

    /** IBANs of several countries with correct check digits computed here (ISO 7064 mod 97-10). */
    @Provide
    Arbitrary<String> ibans() {
        Arbitrary<String> country = Arbitraries.of("FR", "DE", "IT", "ES", "TR", "TN", "GB", "NL", "BE", "GR", "RS");
        return Combinators.combine(country, Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(true, false)).as((c, a, b, spaced) -> {
                    int length = IbanRules.LENGTHS.get(c) - 4;
                    String digits = (Long.toString(a) + Long.toString(b) + "0000000000000000000000000000000").substring(0, length);
                    String rearranged = digits + (c.charAt(0) - 'A' + 10) + (c.charAt(1) - 'A' + 10) + "00";
                    int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
                    String iban = c + String.format(Locale.ROOT, "%02d", check) + digits;
                    return spaced ? iban.replaceAll("(.{4})", "$1 ").strip() : iban;
                });
    }

    @Provide
    Arbitrary<String> unicodeTexts() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    /** Text made of the pieces selectors are made of, in any order: the shapes most likely to trip a scanner. */
    @Provide
    Arbitrary<String> debris() {
        return Arbitraries.of("+", "00", "@", "http://", "https://", "www.", ".", "/", "t.me/", "wa.me/", "<<", "<",
                "P<UTO", "0x", "bc1", "FR76", " ", "\n", "(", ")", "-", "06", "12", "345", "٠٦١", "۰۹", "tel:", "?u=",
                "%2F", "é", "ا", "#", "&", "=", "TG:", "Instagram", "IBAN", "€", "1A1zP", "T", "l.facebook.com/l.php?u=")
                .list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(
                "+218 91 234 5678", "00218912345678", "06 12 34 56 78", "+44 7700 900123", "tel:+21620123456",
                "https://wa.me/218912345678", "+90 532 123 45 67", "٠٠٢١٨٩١٢٣٤٥٦٧٨",
                "https://www.instagram.com/travel.europe.now/?igsh=MWQ1ZGUxMzBkMA==", "t.me/ahmed_trips",
                "https://www.facebook.com/profile.php?id=100089012345678&mibextid=ZbWKwL",
                "HTTPS://WWW.Example.COM:443/Path/?utm_source=fb&b=2&a=1#top", "https://t.me/+AbCdEf_12345",
                "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Foffer%3Ffbclid%3Dabc&h=AT0",
                "Docs.Fast@Gmail.COM", "passeurs_2025@yahoo.fr", "FR76 3000 6000 0112 3456 7890 189",
                "GB82 WEST 1234 5698 7654 32", "TR330006100519786457841326", "DE89 3704 0044 0532 0130 01",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
                "\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n",
                "passport:SYR:N0123456", "telegram:ahmed_trips");
    }

    /** Words of consonants only: they can spell no platform name, currency, keyword or domain. */
    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ").ofMinLength(4).ofMaxLength(9)
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(" ", "\n", "\t", "  ", " \n ", "\u00A0");
    }

}
