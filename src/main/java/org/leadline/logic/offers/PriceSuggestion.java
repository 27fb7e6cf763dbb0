package org.leadline.logic.offers;

import java.math.BigDecimal;

/**
 * A price found in a text.
 *
 * @param currency ISO 4217 code
 * @param currencyNote why the currency is what it is, when the text did not say it outright (a bare "dinar", no
 *                     currency at all), else null
 * @param start index of the first character of the price in the text, {@code end} one past its last
 */
public record PriceSuggestion(BigDecimal amount, String currency, String currencyNote, String raw, int start, int end) {
}
