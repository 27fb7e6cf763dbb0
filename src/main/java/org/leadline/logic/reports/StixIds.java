package org.leadline.logic.reports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: UUID version 5 (SHA-1, RFC 4122). Observables use STIX 2.1's own namespace over
 * their ID-contributing properties written as canonical JSON (sorted keys, no blanks), as the specification says, so
 * that another tool makes the same id for the same phone or URL; Leadline's own objects use a namespace of their own.
 */
final class StixIds {
    /** STIX 2.1, section 2.9: the namespace of SCO identifiers. */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** Leadline's namespace for the SDOs it writes (identities, indicators, extension definitions, the report). */
    static final UUID LEADLINE_NAMESPACE = UUID.fromString("5a1b8c3e-7f2d-5c4b-9e8a-1d2c3b4a5f60");

    private StixIds() {
    }

    static String sco(String type, Map<String, String> contributing) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(contributing).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(string(key)).append(':').append(string(value));
        });
        json.append('}');
        return type + "--" + v5(SCO_NAMESPACE, json.toString());
    }

    static String sdo(String type, String name) {
        return type + "--" + v5(LEADLINE_NAMESPACE, type + "\n" + name);
    }

    static UUID v5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-1", e);
        }
    }

    /** A JSON string as RFC 8785 writes it (the escapes JSON requires, nothing else). */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
