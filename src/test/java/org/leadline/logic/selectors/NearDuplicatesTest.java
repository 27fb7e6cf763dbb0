package org.leadline.logic.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadline.model.LeadKind;

class NearDuplicatesTest {

    @Test
    void handlesOneEditApartOnTheSamePlatform() {
        List<NearDuplicates.Suggestion> s = NearDuplicates.suggest(LeadKind.HANDLE, "telegram:ahmed_trips",
                List.of("telegram:ahmed_trip", "telegram:ahmde_trips", "telegram:ahmed_tripz", "telegram:ahmed_trips2",
                        "instagram:ahmed_trip", "telegram:mohamed_trips", "telegram:ahmed_trips"));
        assertThat(s).extracting(NearDuplicates.Suggestion::candidate)
                .containsExactly("telegram:ahmed_trip", "telegram:ahmde_trips", "telegram:ahmed_tripz", "telegram:ahmed_trips2");
    }

    @Test
    void sameNameUnderAnUnknownOrAnotherPlatform() {
        List<NearDuplicates.Suggestion> s = NearDuplicates.suggest(LeadKind.HANDLE, "unknown:passage.europe",
                List.of("instagram:passage.europe", "tiktok:passage.europe", "instagram:passage.europa"));
        assertThat(s).extracting(NearDuplicates.Suggestion::candidate)
                .containsExactly("instagram:passage.europe", "tiktok:passage.europe", "instagram:passage.europa");
        assertThat(NearDuplicates.suggest(LeadKind.HANDLE, "x:boattrips", List.of("tiktok:boattrips")))
                .singleElement().extracting(NearDuplicates.Suggestion::reason).asString().contains("another platform");
    }

    @Test
    void phonesWithTheSameNationalDigitsUnderAnotherCountryCode() {
        List<NearDuplicates.Suggestion> s = NearDuplicates.suggest(LeadKind.PHONE, "+33612345678",
                List.of("+212612345678", "+33612345679", "+34612345678", "+330612345678", "https://t.me/x"));
        assertThat(s).extracting(NearDuplicates.Suggestion::candidate)
                .containsExactly("+212612345678", "+34612345678", "+330612345678");
    }

    @Test
    void aProfileUrlAndTheHandleItYields() {
        assertThat(NearDuplicates.suggest(LeadKind.URL, "https://t.me/ahmed_trips",
                List.of("telegram:ahmed_trips", "telegram:other", "http://t.me/ahmed_trips")))
                .extracting(NearDuplicates.Suggestion::candidate)
                .containsExactly("telegram:ahmed_trips", "http://t.me/ahmed_trips");
        assertThat(NearDuplicates.suggest(LeadKind.HANDLE, "instagram:travel.europe.now",
                List.of("https://instagram.com/travel.europe.now", "https://instagram.com/p/CxYz")))
                .extracting(NearDuplicates.Suggestion::candidate)
                .containsExactly("https://instagram.com/travel.europe.now");
    }

    @Test
    void editDistance() {
        assertThat(NearDuplicates.editDistanceAtMostOne("abc", "abc")).isTrue();
        assertThat(NearDuplicates.editDistanceAtMostOne("abc", "abd")).isTrue();
        assertThat(NearDuplicates.editDistanceAtMostOne("abc", "ab")).isTrue();
        assertThat(NearDuplicates.editDistanceAtMostOne("abc", "xabc")).isTrue();
        assertThat(NearDuplicates.editDistanceAtMostOne("abcd", "abdc")).isTrue();
        assertThat(NearDuplicates.editDistanceAtMostOne("abcd", "badc")).isFalse();
        assertThat(NearDuplicates.editDistanceAtMostOne("abc", "a")).isFalse();
        assertThat(NearDuplicates.editDistanceAtMostOne("abcde", "axcdy")).isFalse();
    }
}
