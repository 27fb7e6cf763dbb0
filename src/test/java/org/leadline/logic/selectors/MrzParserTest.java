package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MrzParserTest {

    private static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    @Test
    void checkDigitsFollowTheSevenThreeOneRule() {
        assertThat(MrzParser.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(MrzParser.checkDigit("740812")).isEqualTo(2);
        assertThat(MrzParser.checkDigit("120415")).isEqualTo(9);
        assertThat(MrzParser.checkDigit("<<<<<<<<<<<<<<")).isZero();
    }

    @Test
    void readsEveryFieldOfThePassportSpecimen() {
        MrzResult result = MrzParser.parse(TD3);
        assertThat(result.valid()).isTrue();
        MrzDocument doc = result.document();
        assertThat(doc.format()).isEqualTo("TD3");
        assertThat(doc.documentCode()).isEqualTo("P");
        assertThat(doc.type()).isEqualTo("passport");
        assertThat(doc.issuer()).isEqualTo("UTO");
        assertThat(doc.number()).isEqualTo("L898902C3");
        assertThat(doc.surname()).isEqualTo("ERIKSSON");
        assertThat(doc.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(doc.nationality()).isEqualTo("UTO");
        assertThat(doc.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(doc.sex()).isEqualTo("F");
        assertThat(doc.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(doc.optionalData()).isEqualTo("ZE184226B");
        assertThat(doc.checks()).extracting(MrzCheck::field)
                .containsExactly("document number", "birth date", "expiry date", "personal number", "composite");
        assertThat(doc.checks()).allMatch(MrzCheck::ok);
        assertThat(doc.canonical()).isEqualTo("passport:UTO:L898902C3");
    }

    @Test
    void readsTheIdCardSpecimensInBothLayouts() {
        for (String zone : new String[] {TD1, TD2}) {
            MrzResult result = MrzParser.parse(zone);
            assertThat(result.valid()).as(zone).isTrue();
            assertThat(result.document().canonical()).isEqualTo("idcard:UTO:D23145890");
            assertThat(result.document().surname()).isEqualTo("ERIKSSON");
            assertThat(result.document().birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        }
        assertThat(MrzParser.parse(TD1).document().format()).isEqualTo("TD1");
        assertThat(MrzParser.parse(TD2).document().format()).isEqualTo("TD2");
    }

    @Test
    void keepsIcaoCodesOutsideIso3166() {
        String german = "IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<";
        MrzResult result = MrzParser.parse(german);
        assertThat(result.valid()).isTrue();
        assertThat(result.document().issuer()).isEqualTo("D");
        assertThat(result.document().nationality()).isEqualTo("D");
        assertThat(result.document().givenNames()).isEqualTo("ERIKA");
    }

    @Test
    void joinsALongDocumentNumberFromTheOptionalData() {
        String number = "D23145890123";
        String l1 = pad("I<UTO" + number.substring(0, 9) + "<" + number.substring(9) + MrzParser.checkDigit(number), 30);
        String l2 = pad("7408122F1204159UTO", 29);
        l2 += MrzParser.checkDigit(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29));
        MrzResult result = MrzParser.parse(l1 + "\n" + l2 + "\n" + pad("ERIKSSON<<ANNA", 30));
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.document().number()).isEqualTo(number);
    }

    @Test
    void visasHaveNoCompositeCheck() {
        String visa = "V<FRABENALI<<KARIM<<<<<<<<<<<<<<<<<<<<<<<<<<\nFR12345674DZA9503205M2603209SCHENGEN<<<<<<<<";
        MrzResult result = MrzParser.parse(visa);
        assertThat(result.valid()).isTrue();
        assertThat(result.document().type()).isEqualTo("visa");
        assertThat(result.document().checks()).extracting(MrzCheck::field).doesNotContain("composite");
    }

    @Test
    void namesTheFirstFailingFieldAndStillReturnsTheFields() {
        MrzResult result = MrzParser.parse(TD3.replace("7408122F", "7408123F"));
        assertThat(result.valid()).isFalse();
        assertThat(result.failingField()).isEqualTo("birth date");
        assertThat(result.reason()).contains("birth date");
        assertThat(result.document().surname()).isEqualTo("ERIKSSON");
    }

    @Test
    void toleratesStraySpacesAndAZonePastedOnOneLine() {
        assertThat(MrzParser.parse(TD3.replace("UTO74", "UTO 74").replace("F12", " F12")).valid()).isTrue();
        assertThat(MrzParser.parse(TD3.replace("\n", "")).valid()).isTrue();
    }

    @Test
    void reportsALayoutThatIsNoZone() {
        MrzResult result = MrzParser.parse("P<UTOERIKSSON<<ANNA\nL898902C36");
        assertThat(result.document()).isNull();
        assertThat(result.failingField()).isEqualTo("layout");
        assertThat(MrzParser.parse("P<UTO€RIKSSON").failingField()).isEqualTo("layout");
    }

    private static String pad(String s, int length) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < length) {
            b.append('<');
        }
        return b.toString();
    }
}
