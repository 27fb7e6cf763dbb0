package org.leadline.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.leadline.model.CurrencyRate;

/** The currency rates an operation's officers set, replacing the shipped defaults currency by currency. */
public final class RateRepository {
    private final Handle handle;

    public RateRepository(Handle handle) {
        this.handle = handle;
    }

    public Map<String, CurrencyRate> all(UUID operationId) {
        Map<String, CurrencyRate> rates = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM operation_rate WHERE operation_id = :op ORDER BY currency")
                .bind("op", operationId)
                .map((rs, ctx) -> new CurrencyRate(rs.getString("currency"), rs.getBigDecimal("eur_per_unit").stripTrailingZeros(),
                        rs.getObject("rates_on", LocalDate.class), rs.getString("set_by")))
                .forEach(rate -> rates.put(rate.currency(), rate));
        return rates;
    }

    public void set(UUID operationId, CurrencyRate rate, Instant at) {
        handle.createUpdate("""
                        MERGE INTO operation_rate (operation_id, currency, eur_per_unit, rates_on, set_by, set_at)
                        KEY (operation_id, currency) VALUES (:op, :currency, :rate, :on, :by, :at)""")
                .bind("op", operationId).bind("currency", rate.currency()).bind("rate", rate.eurPerUnit())
                .bind("on", rate.ratesOn()).bind("by", rate.setBy()).bind("at", Sql.utc(at))
                .execute();
    }
}
