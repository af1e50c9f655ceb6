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
    private final String argument;

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
        this.argument = null;
    }

    /**
     * Creates the exception for an argument whose currency differs from the expected one, naming
     * the argument: {@code "Currencies differ: USD/EUR (argument monthly[3])"}.
     *
     * @param first the expected currency (of the receiver or first operand), not null
     * @param second the currency of the argument, not null
     * @param argument the name of the argument, e.g. {@code "other"} or {@code "monthly[3]"}, not null
     * @throws NullPointerException if an argument is null
     * @since 0.2.0
     */
    public CurrencyMismatchException(Currency first, Currency second, String argument) {
        super("Currencies differ: " + Objects.requireNonNull(first, "first must not be null").getCurrencyCode()
                + "/" + Objects.requireNonNull(second, "second must not be null").getCurrencyCode() + " (argument "
                + Objects.requireNonNull(argument, "argument must not be null") + ")");
        this.first = first;
        this.second = second;
        this.argument = argument;
    }

    /**
     * Returns the name of the argument whose currency differs, when it was given.
     *
     * @return the argument's name, or empty
     * @since 0.2.0
     */
    public java.util.Optional<String> argument() {
        return java.util.Optional.ofNullable(argument);
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
