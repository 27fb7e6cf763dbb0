package org.leadline.model;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New record ids: UUID version 7 (RFC 9562), a millisecond timestamp followed by random bits. Ids made one after
 * another sort one after another, so the database appends to its indexes instead of scattering writes.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    public static synchronized UUID newId() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = RANDOM.nextInt(1 << 11);
        } else if (++sequence >= (1 << 12)) {
            // 4,096 ids in one millisecond: borrow the next millisecond so that order is kept.
            lastMillis++;
            sequence = 0;
        }
        long high = (lastMillis << 16) | (0x7L << 12) | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
