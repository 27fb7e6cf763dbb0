package org.leadline.logic.exercises;

import java.math.BigDecimal;
import java.util.UUID;
import org.leadline.model.OfferType;

/**
 * One line of the answer key ({@code records/answers.jsonl}, the trainer's copy only): what should be found.
 *
 * @param value the canonical value for a lead (selectors.md: {@code +218912345678}, {@code telegram:ahmed_trips}), the
 *              SHA-256 of the image for a face image, a short description for an offer
 * @param offer the offer's fields, for an offer answer only
 * @param hint  where it is in the material, for the trainer and the debrief
 */
public record Answer(UUID id, AnswerTarget target, String value, OfferAnswer offer, String hint) {

    /** An offer as the key knows it: its type, its price in EUR and its route by country. */
    public record OfferAnswer(OfferType type, BigDecimal priceEur, BigDecimal amount, String currency, String from, String to) {
        public String describe() {
            return type.name().toLowerCase(java.util.Locale.ROOT) + " " + from + "→" + to + " " + amount.stripTrailingZeros().toPlainString()
                    + " " + currency + " (" + priceEur.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + " EUR)";
        }
    }
}
