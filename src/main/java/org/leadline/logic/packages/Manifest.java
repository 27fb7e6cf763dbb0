package org.leadline.logic.packages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * leadpack.json: what a package holds and who signed it (package-format.md). Unknown fields are ignored so that a
 * later minor addition does not make the package unreadable; the signature covers them all the same.
 *
 * @param counts records per type file, for the report before import (informative: the records themselves are counted)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String format,
        UUID packageId,
        String kind,
        Instant createdAt,
        OperationRef operation,
        Signer signer,
        long sequence,
        String toolVersion,
        Map<String, Long> counts,
        List<Entry> entries) {

    public static final String FORMAT = "leadpack/1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OperationRef(UUID id, String name, String defaultRegion, boolean training) {
    }

    /**
     * @param publicKey    base64 of the Ed25519 key's X.509 SubjectPublicKeyInfo
     * @param fingerprint  hex SHA-256 of those key bytes
     * @param transportKey base64 of the signer's X25519 key for packages encrypted to them, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signer(UUID officerId, String name, String agency, String country, String publicKey, String fingerprint,
                         String transportKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String path, long size, String sha256) {
    }

    public PackageKind packageKind() {
        return PackageKind.fromWireName(kind);
    }
}
