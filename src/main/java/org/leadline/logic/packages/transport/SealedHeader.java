package org.leadline.logic.packages.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadline.logic.json.Json;
import org.leadline.logic.packages.transport.SealedPackageException.Reason;

/**
 * The start of a sealed package, up to its encrypted payload: the magic, the header's length and the header, a JSON
 * object naming each recipient and the data key wrapped for them. These bytes, exactly as they stand in the file, are
 * the payload's associated data. See {@link SealedPackage} for the layout.
 */
final class SealedHeader {
    static final String FORMAT = "leadpack-sealed/1";
    /** Never the start of a ZIP archive, which begins with "PK". */
    static final byte[] MAGIC = (FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);
    static final int MAX_HEADER_BYTES = 1024 * 1024;
    static final int MAX_RECIPIENTS = 1000;
    /** HPKE output for a 32-byte data key: the X25519 encapsulation (32) and the AES-256-GCM ciphertext and tag (48). */
    static final int WRAPPED_KEY_BYTES = 32 + 32 + 16;
    private static final int LENGTH_BYTES = 4;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One recipient: the fingerprint of their signing key and the data key sealed to their encryption key. */
    record Entry(String fingerprint, byte[] wrappedKey) {
    }

    private final List<Entry> entries;
    private final byte[] prefix;

    private SealedHeader(List<Entry> entries, byte[] prefix) {
        this.entries = List.copyOf(entries);
        this.prefix = prefix;
    }

    static SealedHeader create(List<Entry> entries) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode recipients = root.putArray("recipients");
        for (Entry entry : entries) {
            recipients.addObject()
                    .put("fingerprint", entry.fingerprint())
                    .put("wrappedKey", Base64.getEncoder().encodeToString(entry.wrappedKey()));
        }
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The sealed package header could not be written", e);
        }
        if (json.length > MAX_HEADER_BYTES) {
            throw new IllegalArgumentException("The header for " + entries.size() + " recipients is larger than "
                    + MAX_HEADER_BYTES + " bytes.");
        }
        ByteBuffer prefix = ByteBuffer.allocate(MAGIC.length + LENGTH_BYTES + json.length);
        prefix.put(MAGIC).putInt(json.length).put(json);
        return new SealedHeader(entries, prefix.array());
    }

    /** True when the stream starts with the magic; reads at most the magic's length. */
    static boolean startsWithMagic(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }

    /**
     * Reads and checks the header, leaving {@code in} at the first byte of the payload. Nothing of the header is
     * authenticated yet: that happens when the payload, which carries these bytes as associated data, is decrypted.
     */
    static SealedHeader read(InputStream in) throws IOException {
        if (!startsWithMagic(in)) {
            throw new SealedPackageException(Reason.NOT_SEALED,
                    "This file is not a sealed package: it does not start with '" + FORMAT + "'.");
        }
        byte[] length = in.readNBytes(LENGTH_BYTES);
        if (length.length < LENGTH_BYTES) {
            throw damaged("it ends before its header does");
        }
        int size = ByteBuffer.wrap(length).getInt();
        if (size <= 0 || size > MAX_HEADER_BYTES) {
            throw damaged("its header claims " + Integer.toUnsignedString(size) + " bytes, outside 1 to " + MAX_HEADER_BYTES);
        }
        byte[] json = in.readNBytes(size);
        if (json.length < size) {
            throw damaged("it ends before its header does");
        }
        ByteBuffer prefix = ByteBuffer.allocate(MAGIC.length + LENGTH_BYTES + size);
        prefix.put(MAGIC).put(length).put(json);
        return new SealedHeader(parse(json), prefix.array());
    }

    private static List<Entry> parse(byte[] json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (IOException e) {
            throw damaged("its header is not valid JSON", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            throw damaged("its header does not name the format " + FORMAT);
        }
        JsonNode recipients = root.path("recipients");
        if (!recipients.isArray() || recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            throw damaged("its header must list 1 to " + MAX_RECIPIENTS + " recipients");
        }
        List<Entry> entries = new ArrayList<>(recipients.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode recipient : recipients) {
            String fingerprint = recipient.path("fingerprint").textValue();
            String wrapped = recipient.path("wrappedKey").textValue();
            if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
                throw damaged("a recipient in its header has no valid fingerprint");
            }
            if (!seen.add(fingerprint)) {
                throw damaged("its header lists recipient " + fingerprint + " twice");
            }
            byte[] key;
            try {
                key = wrapped == null ? null : Base64.getDecoder().decode(wrapped);
            } catch (IllegalArgumentException e) {
                key = null;
            }
            if (key == null || key.length != WRAPPED_KEY_BYTES) {
                throw damaged("the wrapped key for recipient " + fingerprint + " is not " + WRAPPED_KEY_BYTES + " bytes of base64");
            }
            entries.add(new Entry(fingerprint, key));
        }
        return entries;
    }

    /** Lower-case hex SHA-256, or an IllegalArgumentException naming the value. */
    static String checkedFingerprint(String fingerprint) {
        String normal = fingerprint == null ? "" : fingerprint.strip().toLowerCase(Locale.ROOT);
        if (!FINGERPRINT.matcher(normal).matches()) {
            throw new IllegalArgumentException("A fingerprint is 64 hex digits (SHA-256); '" + fingerprint + "' is not.");
        }
        return normal;
    }

    /** HPKE info for one recipient's wrapped key: the magic and the fingerprint, so a key is bound to its entry and format. */
    static byte[] contextInfo(String fingerprint) {
        byte[] name = fingerprint.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + name.length).put(MAGIC).put(name).array();
    }

    List<Entry> entries() {
        return entries;
    }

    List<String> fingerprints() {
        return entries.stream().map(Entry::fingerprint).toList();
    }

    Optional<Entry> entryFor(String fingerprint) {
        return entries.stream().filter(entry -> entry.fingerprint().equals(fingerprint)).findFirst();
    }

    /** The file's bytes from its first up to the payload: written first when sealing, the payload's associated data. */
    byte[] prefix() {
        return prefix.clone();
    }

    private static SealedPackageException damaged(String why) {
        return damaged(why, null);
    }

    private static SealedPackageException damaged(String why, Throwable cause) {
        return new SealedPackageException(Reason.DAMAGED, "This sealed package is damaged: " + why + ".", cause);
    }
}
