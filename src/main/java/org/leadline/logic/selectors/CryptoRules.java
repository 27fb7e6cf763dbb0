package org.leadline.logic.selectors;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Crypto-currency addresses: Bitcoin (base58check P2PKH and P2SH, bech32/bech32m segwit), Ethereum
 * (0x and 40 hex digits, EIP-55 checksum verified when the case is mixed) and TRON (base58check
 * with version byte 0x41, the chain of USDT-TRC20). The canonical value is the address as given,
 * as the contract says; the chain travels in {@link Selector#chain()}.
 */
final class CryptoRules {

    static final String BTC = "BTC";
    static final String ETH = "ETH";
    static final String TRON = "TRON";

    private CryptoRules() {
    }

    /**
     * @param chain  the chain the address belongs to (or seems to, when the check fails); null when it
     *               does not look like an address at all
     * @param reason why it fails, or null
     */
    record Outcome(String address, String chain, String reason) {
        boolean verified() {
            return chain != null && reason == null;
        }
    }

    /** The chain the shape of {@code s} suggests, or null: decides whether it "looks like" an address. */
    static String chainOfShape(String s) {
        int n = s.length();
        if (n == 42 && (s.startsWith("0x") || s.startsWith("0X")) && allHex(s, 2)) {
            return ETH;
        }
        if (n >= 14 && n <= 90 && s.regionMatches(true, 0, "bc1", 0, 3)) {
            for (int i = 3; i < n; i++) {
                if (!Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) > 127) {
                    return null;
                }
            }
            return BTC;
        }
        char first = n > 0 ? s.charAt(0) : ' ';
        if ((first == '1' || first == '3') && n >= 26 && n <= 35 && base58Mixed(s)) {
            return BTC;
        }
        if (first == 'T' && n == 34 && base58Mixed(s)) {
            return TRON;
        }
        return null;
    }

    static Outcome check(String address) {
        String chain = chainOfShape(address);
        if (chain == null) {
            return new Outcome(address, null, "This is not a Bitcoin, Ethereum or TRON address.");
        }
        String reason = switch (chain) {
            case ETH -> ethereumProblem(address);
            case TRON -> base58Problem(address, 0x41, -1, "TRON");
            default -> address.regionMatches(true, 0, "bc1", 0, 3)
                    ? Bech32.segwitProblem(address, "bc")
                    : base58Problem(address, 0x00, 0x05, "Bitcoin");
        };
        return new Outcome(address, chain, reason);
    }

    private static String ethereumProblem(String address) {
        String hex = address.substring(2);
        boolean hasLower = false;
        boolean hasUpper = false;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            hasLower |= c >= 'a' && c <= 'f';
            hasUpper |= c >= 'A' && c <= 'F';
        }
        if (!(hasLower && hasUpper)) {
            return null; // all one case carries no checksum (EIP-55), and is accepted
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            if (Character.isLetter(c)) {
                int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
                boolean shouldBeUpper = nibble >= 8;
                if (shouldBeUpper != Character.isUpperCase(c)) {
                    return "The mixed-case Ethereum address fails its EIP-55 checksum (a letter has the wrong case).";
                }
            }
        }
        return null;
    }

    private static String base58Problem(String address, int version, int otherVersion, String chainName) {
        byte[] decoded = Base58.decode(address);
        if (decoded == null) {
            return "The " + chainName + " address holds a character outside base58.";
        }
        if (decoded.length != 25) {
            return "The " + chainName + " address decodes to " + decoded.length + " bytes instead of 25.";
        }
        int v = decoded[0] & 0xFF;
        if (v != version && v != otherVersion) {
            return "The " + chainName + " address has an unexpected version byte.";
        }
        if (!Base58.checksumHolds(decoded)) {
            return "The " + chainName + " address checksum does not match.";
        }
        return null;
    }

    static byte[] keccak256(byte[] data) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    private static boolean allHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** All base58 characters, with upper case, lower case and digits: what real addresses look like, and words do not. */
    private static boolean base58Mixed(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Base58.isBase58(c)) {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
