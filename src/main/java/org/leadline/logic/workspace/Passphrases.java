package org.leadline.logic.workspace;

/** The one rule for a new passphrase: long enough that the key derivation is not the weak point. */
public final class Passphrases {
    public static final int MINIMUM_LENGTH = 10;

    private Passphrases() {
    }

    public static void requireStrongEnough(char[] passphrase) {
        if (passphrase == null || passphrase.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("The passphrase must have at least " + MINIMUM_LENGTH + " characters.");
        }
    }
}
