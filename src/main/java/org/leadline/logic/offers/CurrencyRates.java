package org.leadline.logic.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CurrencyRate;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.RateRepository;

/**
 * An operation's currency rate table: Leadline's dated, indicative defaults ({@link DefaultRates}), each replaced by
 * the rate an officer set for the operation. Offers keep the rate they were converted at, so changing a rate never
 * changes an offer already recorded.
 */
public final class CurrencyRates {
    /** No currency is worth this much: a typo (an amount typed as the rate) rather than a rate. */
    private static final BigDecimal MAX_EUR_PER_UNIT = new BigDecimal("10000");
    private final Workspace workspace;

    public CurrencyRates(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The whole table, defaults first in their order, then currencies only the operation has. */
    public Map<String, CurrencyRate> table(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> table(handle, operationId));
    }

    static Map<String, CurrencyRate> table(Handle handle, UUID operationId) {
        Map<String, CurrencyRate> table = new LinkedHashMap<>(DefaultRates.all());
        table.putAll(new RateRepository(handle).all(operationId));
        return table;
    }

    /**
     * The rate of a currency in the operation, for a conversion.
     *
     * @throws IllegalArgumentException one sentence naming the currency field, if it is not ISO 4217 or has no rate
     */
    static CurrencyRate rateFor(Handle handle, UUID operationId, String currency) {
        String code = requireIso4217(currency);
        CurrencyRate rate = table(handle, operationId).get(code);
        if (rate == null) {
            throw new IllegalArgumentException("The currency " + code + " has no rate in this operation's table: set one with"
                    + " 'offer rate set --currency " + code + " --eur-per-unit X'.");
        }
        return rate;
    }

    static String requireIso4217(String currency) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        boolean known = code.length() == 3 && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
        if (!known) {
            throw new IllegalArgumentException("The currency '" + (currency == null ? "" : currency.strip())
                    + "' is not an ISO 4217 currency code (e.g. EUR, USD, GBP, LYD, TND, TRY).");
        }
        return code;
    }

    /** Sets the operation's rate of a currency (EUR for one unit), as of {@code ratesOn} (today when null). */
    public CurrencyRate set(UUID operationId, String currency, BigDecimal eurPerUnit, LocalDate ratesOn) {
        String code = requireIso4217(currency);
        if (eurPerUnit == null || eurPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("The rate (eur-per-unit) of " + code + " must be more than zero.");
        }
        if (eurPerUnit.compareTo(MAX_EUR_PER_UNIT) > 0) {
            throw new IllegalArgumentException("The rate (eur-per-unit) of " + code + " is more than " + MAX_EUR_PER_UNIT.toPlainString()
                    + " EUR for one unit, which no currency is worth.");
        }
        LocalDate on = ratesOn != null ? ratesOn : LocalDate.ofInstant(workspace.clock().instant(), java.time.ZoneOffset.UTC);
        CurrencyRate rate = new CurrencyRate(code, eurPerUnit.stripTrailingZeros(), on, workspace.owner().fingerprint());
        workspace.jdbi().useTransaction(handle -> {
            new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            CurrencyRate before = table(handle, operationId).get(code);
            new RateRepository(handle).set(operationId, rate, workspace.clock().instant());
            AuditLog.record(handle, rate.setBy(), workspace.clock().instant(), "rate.set", "operation", operationId, before, rate);
        });
        return rate;
    }
}
