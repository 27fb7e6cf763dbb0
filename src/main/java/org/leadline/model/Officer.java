package org.leadline.model;

import java.util.UUID;

/**
 * An officer known to the workspace: its owner, or a colleague whose records came in a package.
 *
 * @param fingerprint hex SHA-256 of the X.509 SubjectPublicKeyInfo bytes of the officer's Ed25519 key
 */
public record Officer(UUID id, String name, String agency, String country, byte[] publicKey, String fingerprint) {
}
