package org.leadline.logic.selectors;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Bitcoin's base58 alphabet and base58check (version byte, payload, 4-byte double SHA-256 checksum). */
final class Base58 {

    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {
    }

    static boolean isBase58(char c) {
        return c < 128 && INDEX[c] >= 0;
    }

    /** The decoded bytes, or null when a character is outside the alphabet. */
    static byte[] decode(String s) {
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] b256 = new byte[s.length() * 733 / 1000 + 1]; // log(58)/log(256) ≈ 0.733
        int length = 0;
        for (int i = zeros; i < s.length(); i++) {
            char c = s.charAt(i);
            int carry = c < 128 ? INDEX[c] : -1;
            if (carry < 0) {
                return null;
            }
            int j = 0;
            for (int k = b256.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
                carry += 58 * (b256[k] & 0xFF);
                b256[k] = (byte) (carry % 256);
                carry /= 256;
            }
            length = j;
        }
        byte[] out = new byte[zeros + length];
        System.arraycopy(b256, b256.length - length, out, zeros, length);
        return out;
    }

    /** Whether the last four bytes are the first four of the double SHA-256 of the rest. */
    static boolean checksumHolds(byte[] decoded) {
        if (decoded.length < 5) {
            return false;
        }
        byte[] payload = Arrays.copyOfRange(decoded, 0, decoded.length - 4);
        byte[] hash = sha256(sha256(payload));
        for (int i = 0; i < 4; i++) {
            if (hash[i] != decoded[decoded.length - 4 + i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
