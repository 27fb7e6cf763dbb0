package org.leadline.logic.selectors;

import java.util.Locale;

/**
 * Segwit addresses (BIP 173 bech32 for witness version 0, BIP 350 bech32m for versions 1 to 16).
 */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private Bech32() {
    }

    /** Why {@code address} is not a valid segwit address for human-readable part {@code expectedHrp}, or null when it is. */
    static String segwitProblem(String address, String expectedHrp) {
        if (address.length() > 90) {
            return "A segwit address has at most 90 characters.";
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
        }
        if (lower && upper) {
            return "A segwit address is all lower case or all upper case, never mixed.";
        }
        String s = address.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (sep < 1 || sep + 7 > s.length()) {
            return "The segwit address has no data after its '1' separator.";
        }
        String hrp = s.substring(0, sep);
        if (!hrp.equals(expectedHrp)) {
            return "The address is for network '" + hrp + "', not Bitcoin's '" + expectedHrp + "'.";
        }
        int[] data = new int[s.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            int v = CHARSET.indexOf(s.charAt(sep + 1 + i));
            if (v < 0) {
                return "The character '" + s.charAt(sep + 1 + i) + "' is not used in segwit addresses.";
            }
            data[i] = v;
        }
        int check = polymod(hrp, data);
        int version = data[0];
        if (check != BECH32_CONST && check != BECH32M_CONST) {
            return "The segwit address checksum does not match.";
        }
        if (version > 16) {
            return "The segwit version is out of range.";
        }
        if (version == 0 && check != BECH32_CONST || version != 0 && check != BECH32M_CONST) {
            return "The checksum variant does not fit witness version " + version + " (bech32 for v0, bech32m after).";
        }
        int programBits = (data.length - 7) * 5;
        int programLength = programBits / 8;
        if (programBits % 8 >= 5 || programLength < 2 || programLength > 40) {
            return "The witness program has an impossible length.";
        }
        if (version == 0 && programLength != 20 && programLength != 32) {
            return "A version 0 witness program has 20 or 32 bytes.";
        }
        // Padding bits after the last whole byte must be zero.
        int lastGroup = data[data.length - 7];
        int padBits = programBits % 8;
        if (padBits > 0 && (lastGroup & ((1 << padBits) - 1)) != 0) {
            return "The witness program has non-zero padding.";
        }
        return null;
    }

    private static int polymod(String hrp, int[] data) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (int v : data) {
            chk = step(chk, v);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = (chk & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }
}
