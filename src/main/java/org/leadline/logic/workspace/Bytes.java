package org.leadline.logic.workspace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small byte helpers shared by the workspace crypto. */
public final class Bytes {
    private Bytes() {
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Groups of four hex digits, for reading a fingerprint aloud: {@code 3f2a 91c0 …}. */
    public static String groupsOfFour(String hex) {
        StringBuilder out = new StringBuilder(hex.length() + hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return out.toString();
    }
}
