package io.csmetrics;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts of two different currencies.
 *
 * <p>csmetrics never converts between currencies: the caller decides which rate applies and when.
 * The message names both currencies, e.g. {@code "Currencies differ: USD/EUR"}.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Currency first;
    private final Currency second;

    /**
     * Creates the exception for two differing currencies.
     *
     * @param first the currency of the receiver (or first operand), not null
     * @param second the currency of the argument (or second operand), not null
     * @throws NullPointerException if either currency is null
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super("Currencies differ: " + Objects.requireNonNull(first, "first must not be null").getCurrencyCode()
                + "/" + Objects.requireNonNull(second, "second must not be null").getCurrencyCode());
        this.first = first;
        this.second = second;
    }

    /**
     * Returns the currency of the receiver or first operand.
     *
     * @return the first currency, not null
     */
    public Currency first() {
        return first;
    }

    /**
     * Returns the currency of the argument or second operand.
     *
     * @return the second currency, not null
     */
    public Currency second() {
        return second;
    }
}
