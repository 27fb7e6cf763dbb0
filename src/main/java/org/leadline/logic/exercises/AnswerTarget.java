package org.leadline.logic.exercises;

import java.util.Locale;
import org.leadline.model.LeadKind;

/** What a category of an exercise asks trainees to find, and which of their records answer it. */
public enum AnswerTarget {
    PHONE(LeadKind.PHONE), HANDLE(LeadKind.HANDLE), URL(LeadKind.URL), EMAIL(LeadKind.EMAIL), DOCUMENT(LeadKind.DOCUMENT),
    IBAN(LeadKind.IBAN), CRYPTO(LeadKind.CRYPTO),
    /** An offer with its type, price and route (answered by an offer record). */
    OFFER(null),
    /** A face image to check (answered by a face check of that image, whatever its result). */
    FACE_IMAGE(null);

    private final LeadKind leadKind;

    AnswerTarget(LeadKind leadKind) {
        this.leadKind = leadKind;
    }

    /** The kind of lead that answers it, or null for offers and face images. */
    public LeadKind leadKind() {
        return leadKind;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AnswerTarget ofLead(LeadKind kind) {
        for (AnswerTarget target : values()) {
            if (target.leadKind == kind) {
                return target;
            }
        }
        throw new IllegalArgumentException("No answer target for " + kind);
    }

    public static AnswerTarget fromWireName(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AnswerTarget target : values()) {
            if (target.name().equals(wanted)) {
                return target;
            }
        }
        throw new IllegalArgumentException("Unknown answer kind '" + name
                + "': use phone, handle, url, email, document, iban, crypto, offer or face-image.");
    }
}
