package io.csmetrics.revenue;

import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an amount must be converted and {@link FxRates} has no rate for its currency in the
 * month needed. The message names the currency pair and the month, e.g.
 * {@code "no FX rate EUR→USD for 2024-03"}.
 *
 * @since 0.2.0
 */
public final class MissingFxRateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Currency from;
    private final Currency to;
    private final YearMonth month;

    /**
     * Creates the exception.
     *
     * @param from the currency without a rate, not null
     * @param to the reporting currency, not null
     * @param month the month without a rate, not null
     * @throws NullPointerException if an argument is null
     */
    public MissingFxRateException(Currency from, Currency to, YearMonth month) {
        super("no FX rate " + Objects.requireNonNull(from, "from must not be null").getCurrencyCode() + "→"
                + Objects.requireNonNull(to, "to must not be null").getCurrencyCode() + " for "
                + Objects.requireNonNull(month, "month must not be null"));
        this.from = from;
        this.to = to;
        this.month = month;
    }

    /**
     * Returns the currency that has no rate.
     *
     * @return the source currency
     */
    public Currency from() {
        return from;
    }

    /**
     * Returns the reporting currency.
     *
     * @return the target currency
     */
    public Currency to() {
        return to;
    }

    /**
     * Returns the month without a rate.
     *
     * @return the month
     */
    public YearMonth month() {
        return month;
    }
}
