package io.csmetrics.testkit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * The configuration shared by the arbitraries of money amounts ({@link MoneyArbitrary},
 * {@link MrrArbitrary}, {@link ArrArbitrary}): a currency, an inclusive range of amounts and a
 * scale (decimal places).
 *
 * <p>Amounts are drawn as whole multiples of {@code 10^-scale} within the range, so every value
 * is valid by construction and a failing property shrinks to the amount nearest zero that still
 * fails (zero itself when the range contains it), e.g. {@code USD 0.00} or {@code USD 1.00}.
 *
 * <p>Each configuration method returns a new arbitrary and leaves this one unchanged.
 *
 * @param <T> the generated type
 * @param <A> the concrete arbitrary type, returned by the configuration methods
 * @implSpec Instances are immutable and thread-safe.
 * @since 0.1.0
 */
public abstract class AmountArbitrary<T, A extends AmountArbitrary<T, A>> extends ArbitraryDecorator<T> {

    final AmountSpec spec;

    AmountArbitrary(AmountSpec spec) {
        this.spec = spec;
    }

    abstract A with(AmountSpec newSpec);

    /**
     * Returns an arbitrary of amounts in another currency, at that currency's scale unless a
     * {@linkplain #ofScale(int) scale} was set.
     *
     * @param currency the currency, not null, with defined minor digits
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor digits (such as {@code XXX})
     */
    public A currency(Currency currency) {
        return with(spec.withCurrency(currency));
    }

    /**
     * Returns an arbitrary of amounts in the currency of an ISO 4217 code.
     *
     * @param currencyCode the code, e.g. {@code "JPY"}, not null
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code currencyCode} is null
     * @throws IllegalArgumentException if the code is unknown or has no minor digits
     */
    public A currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode must not be null");
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode is not an ISO 4217 code: '" + currencyCode + "'", e);
        }
        return currency(currency);
    }

    /**
     * Returns an arbitrary of amounts between {@code min} and {@code max}, both inclusive, in
     * major units (dollars, not cents).
     *
     * @param min the smallest amount, not null; may be negative
     * @param max the largest amount, not null, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code min > max}, or no amount of the scale lies in the
     *     range, or the range at that scale does not fit a {@code long} of minor units, or a bound
     *     is outside the range of {@link io.csmetrics.Bounds}
     */
    public A between(BigDecimal min, BigDecimal max) {
        io.csmetrics.Bounds.checkDecimal(min, "min");
        io.csmetrics.Bounds.checkDecimal(max, "max");
        return with(spec.withRange(min, max));
    }

    /**
     * Returns an arbitrary of amounts between two whole numbers of major units, both inclusive.
     *
     * @param min the smallest amount, e.g. {@code 0}
     * @param max the largest amount, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException as {@link #between(BigDecimal, BigDecimal)}
     */
    public A between(long min, long max) {
        return between(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /**
     * Returns an arbitrary of amounts with {@code scale} decimal places instead of the currency's
     * minor digits; {@code ofScale(0)} gives whole amounts, a scale above the currency's gives
     * sub-minor-unit amounts (exchange-rate results, exact MRR shares).
     *
     * @param scale the number of decimal places, 0 to 12
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code scale} is outside 0..12 or leaves no amount in the range
     */
    public A ofScale(int scale) {
        return with(spec.withScale(scale));
    }

    /**
     * Returns the currency of the generated amounts.
     *
     * @return the currency
     */
    public Currency currency() {
        return spec.currency();
    }

    @Override
    protected abstract Arbitrary<T> arbitrary();

    /**
     * Returns a description of the configuration, e.g. {@code MoneyArbitrary<USD [0, 100000] scale 2>}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + spec + ">";
    }
}
