package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantDeserializerTest {
    private static final ObjectMapper PACKAGES = WireFormat.mapper(PackageLimits.DEFAULT);
    /** Jackson's own reader of instants, what packages were read with before. */
    private static final ObjectMapper GENERAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    @Test
    void readsEveryUtcInstantAsTheJdkDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long second = Math.floorMod(random.nextLong(), 253_402_300_800L); // 1970 to 9999
            int digits = random.nextInt(10);
            int nano = digits == 0 ? 0 : random.nextInt(1_000_000_000) / pow10(9 - digits) * pow10(9 - digits);
            String whole = Instant.ofEpochSecond(second).toString();
            String text = digits == 0 ? whole
                    : whole.substring(0, 19) + "." + String.format("%09d", nano).substring(0, digits) + "Z";
            assertThat(UtcInstantDeserializer.parseUtc(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralReaderWhichDecidesAsBefore() {
        List<String> texts = List.of("2025-10-17T16:02:11Z", "2025-10-17T16:02:11.5Z", "2024-02-29T23:59:59.999999999Z",
                "2025-02-29T00:00:00Z", "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-10-17T24:00:00Z",
                "2025-10-17T16:60:00Z", "2025-10-17T23:59:60Z", "2025-10-17T16:02:11+02:00", "2025-10-17t16:02:11z",
                "2025-10-17T16:02:11.Z", "2025-10-17T16:02:11.1234567890Z", "+12025-10-17T16:02:11Z", "2025-1x-17T16:02:11Z",
                "2025-10-17 16:02:11Z", "2025-10-17T16:02Z", "", "Z", "1760716931");
        for (String text : texts) {
            assertThat(outcome(PACKAGES, "\"" + text + "\"")).as(text).isEqualTo(outcome(GENERAL, "\"" + text + "\""));
        }
        assertThat(outcome(PACKAGES, "1760716931")).isEqualTo(outcome(GENERAL, "1760716931"));
        assertThat(UtcInstantDeserializer.parseUtc("2025-10-17T16:02:11+02:00")).isNull();
        assertThat(UtcInstantDeserializer.parseUtc("2025-02-30T00:00:00Z")).isNull();
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    private static int pow10(int n) {
        int value = 1;
        for (int i = 0; i < n; i++) {
            value *= 10;
        }
        return value;
    }
}
