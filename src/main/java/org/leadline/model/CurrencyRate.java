package org.leadline.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How many EUR one unit of a currency was worth on a date, in an operation's rate table.
 *
 * @param setBy the fingerprint of the officer who set it, or null for Leadline's shipped default
 */
public record CurrencyRate(String currency, BigDecimal eurPerUnit, LocalDate ratesOn, String setBy) {

    public boolean isDefault() {
        return setBy == null;
    }
}
