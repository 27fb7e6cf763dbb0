package org.leadline.logic.packages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Capture;

/**
 * The JSON of packages: the model's records as they are, field by field, ISO-8601 times, and a strict reader that
 * refuses unknown fields, duplicate keys, trailing data and anything deeper or longer than the limits allow.
 */
public final class WireFormat {
    private WireFormat() {
    }

    /** A reader and writer bound to the limits: the limits live in the parser, so a hostile file stops early. */
    public static ObjectMapper mapper(PackageLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The verifier reads each entry to its end after the last record, to check its hash.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("package-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addMixIn(Capture.class, CaptureWire.class)
                .build();
    }

    /** The hex SHA-256 of a record's JSON: what tells two variants of one version apart (conflicts keep it). */
    static String contentSha(String json) {
        return HexFormat.of().formatHex(Bytes.sha256(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** isOriginal() is derived from derivedFrom, not a field of the record. */
    @JsonIgnoreProperties(value = {"original"}, allowGetters = false)
    private abstract static class CaptureWire {
    }
}
