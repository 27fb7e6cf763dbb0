package org.leadline.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A colleague's signing key that this workspace accepts packages from, added after its fingerprint was compared in
 * person. The officer's details are as the key's file or package named them, for display only.
 *
 * @param transportKey their X25519 key for packages encrypted to them, or null when not known yet
 */
public record TrustedKey(String fingerprint, byte[] publicKey, byte[] transportKey, UUID officerId, String name, String agency,
                         String country, String addedBy, Instant addedAt) {
}
