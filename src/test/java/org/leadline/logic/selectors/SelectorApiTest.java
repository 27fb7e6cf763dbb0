package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadline.model.LeadKind;

/** The API contract beyond the tables: kinds the officer picks, ordering, spans, unverified values. */
class SelectorApiTest {

    @Test
    void aPickedKindDecidesWhatComesFirst() {
        assertThat(SelectorNormalizer.normalize("https://wa.me/218912345678", LeadKind.URL, "FR"))
                .extracting(s -> s.kind() + " " + s.canonical())
                .containsExactly("URL https://wa.me/218912345678", "PHONE +218912345678");
        assertThat(SelectorNormalizer.normalize("https://wa.me/218912345678", null, "FR"))
                .extracting(s -> s.kind() + " " + s.canonical())
                .containsExactly("PHONE +218912345678");
        assertThat(SelectorNormalizer.normalize("https://t.me/Ahmed_Trips", LeadKind.HANDLE, "FR"))
                .extracting(s -> s.kind() + " " + s.canonical())
                .containsExactly("HANDLE telegram:ahmed_trips", "URL https://t.me/ahmed_trips");
        assertThat(SelectorNormalizer.normalize("https://t.me/Ahmed_Trips", null, "FR"))
                .extracting(s -> s.kind() + " " + s.canonical())
                .containsExactly("URL https://t.me/ahmed_trips", "HANDLE telegram:ahmed_trips");
    }

    @Test
    void aValueThatDoesNotFitThePickedKindIsKeptUnverified() {
        Selector s = SelectorNormalizer.normalize("hello there", LeadKind.IBAN, "FR").get(0);
        assertThat(s.kind()).isEqualTo(LeadKind.IBAN);
        assertThat(s.verified()).isFalse();
        assertThat(s.reason()).isNotBlank();
        Selector invite = SelectorNormalizer.normalize("https://t.me/+AbC123", LeadKind.HANDLE, "FR").get(0);
        assertThat(invite.verified()).isFalse();
        assertThat(invite.reason()).contains("no profile");
        assertThat(SelectorNormalizer.normalize("12", LeadKind.PHONE, "FR").get(0).verified()).isFalse();
    }

    @Test
    void blankValuesYieldNothing() {
        assertThat(SelectorNormalizer.normalize("   ", null, "FR")).isEmpty();
        assertThat(new SelectorExtractor("FR").extract("")).isEmpty();
    }

    @Test
    void phonesCarryTheirDetailsAndCryptoItsChain() {
        Selector phone = SelectorNormalizer.normalize("+218 91 234 5678", null, "FR").get(0);
        assertThat(phone.phone()).isEqualTo(new PhoneDetails("LY", true, "mobile"));
        assertThat(phone.platform()).isNull();
        Selector tron = SelectorNormalizer.normalize("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", null, "FR").get(0);
        assertThat(tron.chain()).isEqualTo("TRON");
        assertThat(tron.platform()).isNull();
    }

    @Test
    void documentsReadFromAZoneCarryTheirFields() {
        List<Selector> found = new SelectorExtractor("FR").extract(
                "Scan:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.canonical()).isEqualTo("passport:UTO:L898902C3");
            assertThat(s.document().surname()).isEqualTo("ERIKSSON");
        });
    }

    @Test
    void extractionKeepsFirstOccurrenceOrderAndPutsDerivedHandlesAfterTheirUrl() {
        String text = "Write @passage.europe or +33 6 12 34 56 78. https://t.me/ahmed_trips then 06 12 34 56 78 again, "
                + "and 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD (typo).";
        List<Selector> found = new SelectorExtractor("FR").extract(text);
        assertThat(found).extracting(s -> s.kind().wireName() + " " + s.canonical()).containsExactly(
                "handle unknown:passage.europe",
                "phone +33612345678",
                "url https://t.me/ahmed_trips",
                "handle telegram:ahmed_trips",
                "crypto 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
        Selector phone = found.get(1);
        assertThat(phone.raw()).isEqualTo("+33 6 12 34 56 78");
        assertThat(text.substring(phone.start(), phone.end())).isEqualTo(phone.raw());
        assertThat(found.get(3).start()).isEqualTo(found.get(2).start());
        assertThat(found.get(4).verified()).isFalse();
        assertThat(found.get(4).reason()).contains("EIP-55");
    }

    @Test
    void internationalisedHostsAreStoredInPunycodeAndShownInUnicode() {
        String canonical = SelectorNormalizer.normalize("https://пример.рф/offre", null, "FR").get(0).canonical();
        assertThat(canonical).isEqualTo("https://xn--e1afmkfd.xn--p1ai/offre");
        assertThat(SelectorNormalizer.displayUrl(canonical)).isEqualTo("https://пример.рф/offre");
        assertThat(SelectorNormalizer.displayUrl("https://example.com/")).isEqualTo("https://example.com/");
    }

    @Test
    void theOriginalNineComponentConstructorStillWorks() {
        Selector s = new Selector(LeadKind.EMAIL, "a@b.fr", "a@b.fr", 0, 6, true, null, null, null);
        assertThat(s.chain()).isNull();
        assertThat(s.document()).isNull();
    }
}
