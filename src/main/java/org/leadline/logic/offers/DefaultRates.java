package org.leadline.logic.offers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leadline.model.CurrencyRate;

/**
 * The rate table every operation starts from ({@code org/leadline/offers/default-rates.tsv}): indicative rates of one
 * date, for the currencies of the routes. An operation's own rates, set by an officer, replace them.
 */
public final class DefaultRates {
    private static final Map<String, CurrencyRate> RATES;

    static {
        Map<String, CurrencyRate> rates = new LinkedHashMap<>();
        try (InputStream in = DefaultRates.class.getResourceAsStream("/org/leadline/offers/default-rates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("The default currency rates are missing from the application.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LocalDate date = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields[0].equals("date")) {
                    date = LocalDate.parse(fields[1]);
                } else {
                    rates.put(fields[0], new CurrencyRate(fields[0], new BigDecimal(fields[1]), date, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RATES = Collections.unmodifiableMap(rates);
    }

    private DefaultRates() {
    }

    /** Every default rate by ISO 4217 code, in the file's order. */
    public static Map<String, CurrencyRate> all() {
        return RATES;
    }

    public static boolean isKnown(String currency) {
        return RATES.containsKey(currency);
    }
}
