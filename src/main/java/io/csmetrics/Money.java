package io.csmetrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency: a {@link BigDecimal} amount and a {@link Currency}.
 *
 * <p>Amounts keep the scale they were given or that exact arithmetic produced (like Joda-Money's
 * {@code BigMoney}); nothing is rounded unless the caller asks with an explicit
 * {@link RoundingMode}, through {@link #rounded(RoundingMode)} or
 * {@link #dividedBy(long, RoundingMode)}. Combining two currencies throws
 * {@link CurrencyMismatchException}. Amounts may be negative (an MRR movement, a loss).
 *
 * <p><b>Equality.</b> {@link #equals(Object)} compares currency, amount <em>and scale</em>, so
 * {@code USD 1.0} and {@code USD 1.00} are not equal, as with {@code BigDecimal}.
 * {@link #isEqual(Money)} and {@link #compareTo(Money)} compare by value and ignore scale.
 *
 * <p>Example: {@code Money.of("100000", "JPY").multipliedBy(24)} is {@code JPY 2400000}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns an amount of money.
     *
     * @param amount the amount, any scale, not null
     * @param currency the currency, not null; it must have a defined number of minor digits
     *     (pseudo-currencies such as {@code XXX} are rejected)
     * @return the money, not null
     * @throws NullPointerException if {@code amount} or {@code currency} is null
     * @throws IllegalArgumentException if the currency has no defined minor digits, or the amount
     *     is outside the range of {@link Bounds} (40 integer digits, 100 decimal places)
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount must not be null");
        Bounds.checkDecimal(amount, "amount");
        checkCurrency(currency);
        return new Money(amount, currency);
    }

    /**
     * Returns an amount of money from its decimal text and ISO 4217 currency code.
     *
     * @param amount the amount as decimal text, e.g. {@code "12.50"}, not null
     * @param currencyCode the ISO 4217 code, e.g. {@code "USD"}, not null
     * @return the money, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not a decimal number, is outside the
     *     range of {@link Bounds}, or the currency code is unknown
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount must not be null");
        return of(parseAmount(amount, "amount"), currency(currencyCode));
    }

    /**
     * Returns an amount of money from a count of the currency's minor units (cents for USD, yen for
     * JPY).
     *
     * @param minorUnits the amount in minor units
     * @param currency the currency, not null
     * @return the money at the currency's scale, e.g. {@code ofMinor(1234, USD)} is
     *     {@code USD 12.34}
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no defined minor digits
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        checkCurrency(currency);
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Returns zero in the given currency, at the currency's scale.
     *
     * @param currency the currency, not null
     * @return zero, e.g. {@code USD 0.00}
     * @throws NullPointerException if {@code currency} is null
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * Parses the canonical text form produced by {@link #toString()}: the ISO code, one space, the
     * plain decimal amount, e.g. {@code "USD 12.34"} or {@code "JPY -500"}.
     *
     * @param text the text, not null
     * @return the money, with the scale of the text
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5) {
            throw new IllegalArgumentException("Money text must be 'CCY amount', e.g. 'USD 12.34': '" + s + "'");
        }
        return of(parseAmount(s.substring(4), "amount in '" + s + "'"), currency(s.substring(0, 3)));
    }

    static BigDecimal parseAmount(String text, String what) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a decimal number: '" + text + "'", e);
        }
    }

    static Currency currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode must not be null");
        try {
            return Currency.getInstance(currencyCode.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode is not an ISO 4217 code: '" + currencyCode + "'", e);
        }
    }

    static void checkCurrency(Currency currency) {
        Objects.requireNonNull(currency, "currency must not be null");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no defined minor digits; use a real ISO 4217 currency");
        }
    }

    /**
     * Returns the amount, at the scale it was created with.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in the currency's minor units, exactly.
     *
     * @return the amount in minor units, e.g. 1234 for {@code USD 12.34}
     * @throws ArithmeticException if the amount has more decimal places than the currency's minor
     *     unit, or does not fit in a {@code long}
     */
    public long toMinorUnits() {
        // A long has at most 19 digits: refuse larger amounts before rescaling them, which for
        // 1E+999999999 would build a billion-digit number.
        if (amount.signum() != 0 && amount.precision() - amount.scale() + currency.getDefaultFractionDigits() > 19) {
            throw new ArithmeticException("amount " + currency.getCurrencyCode() + " " + Bounds.describe(amount)
                    + " exceeds a long of " + currency.getCurrencyCode() + " minor units");
        }
        if (amount.scale() > Bounds.MAX_SCALE && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new ArithmeticException("amount " + currency.getCurrencyCode() + " " + Bounds.describe(amount)
                    + " is not a whole number of " + currency.getCurrencyCode() + " minor units");
        }
        try {
            return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                    .unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + this + " is not a whole number of "
                    + currency.getCurrencyCode() + " minor units (or exceeds a long)");
        }
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other the amount to add, same currency, not null
     * @return the exact sum
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        checkSameCurrency(other, "other");
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount minus another.
     *
     * @param other the amount to subtract, same currency, not null
     * @return the exact difference
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        checkSameCurrency(other, "other");
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount multiplied by a whole number, exactly.
     *
     * @param multiplicand the factor
     * @return the exact product, e.g. {@code JPY 100000 × 24 = JPY 2400000}
     */
    public Money multipliedBy(long multiplicand) {
        return multiplicand == 1 ? this : new Money(amount.multiply(BigDecimal.valueOf(multiplicand)), currency);
    }

    /**
     * Returns this amount multiplied by a decimal factor, exactly (the scale grows as
     * {@code BigDecimal.multiply} makes it).
     *
     * @param multiplicand the factor, not null
     * @return the exact product
     * @throws NullPointerException if {@code multiplicand} is null
     * @throws IllegalArgumentException if {@code multiplicand} is outside the range of {@link Bounds}
     */
    public Money multipliedBy(BigDecimal multiplicand) {
        Objects.requireNonNull(multiplicand, "multiplicand must not be null");
        Bounds.checkDecimal(multiplicand, "multiplicand");
        return new Money(amount.multiply(multiplicand), currency);
    }

    /**
     * Returns this amount divided by a whole number, at the currency's scale, rounded as asked.
     *
     * @param divisor the divisor, not zero
     * @param roundingMode how to round to the currency's scale; {@code UNNECESSARY} throws if the
     *     quotient is not exact at that scale
     * @return the quotient at the currency's scale
     * @throws IllegalArgumentException if {@code divisor} is zero
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money dividedBy(long divisor, RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        if (divisor == 0) {
            throw new IllegalArgumentException("divisor must not be zero");
        }
        try {
            return new Money(amount.divide(BigDecimal.valueOf(divisor), currency.getDefaultFractionDigits(), roundingMode),
                    currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " / " + divisor + " is not exact at the scale of "
                    + currency.getCurrencyCode() + "; roundingMode " + roundingMode + " forbids rounding");
        }
    }

    /**
     * Returns this amount rounded to the currency's scale (2 for USD, 0 for JPY).
     *
     * @param roundingMode how to round; {@code UNNECESSARY} throws if rounding is needed
     * @return the rounded amount; {@code this} if already at that scale
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money rounded(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        int scale = currency.getDefaultFractionDigits();
        if (amount.scale() == scale) {
            return this;
        }
        try {
            return new Money(amount.setScale(scale, roundingMode), currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " is not exact at the scale of " + currency.getCurrencyCode()
                    + "; roundingMode " + roundingMode + " forbids rounding");
        }
    }

    /**
     * Returns this amount rounded to a precision.
     *
     * @param mathContext the precision and rounding, not null
     * @return the rounded amount
     * @throws NullPointerException if {@code mathContext} is null
     */
    public Money rounded(MathContext mathContext) {
        Objects.requireNonNull(mathContext, "mathContext must not be null");
        return new Money(amount.round(mathContext), currency);
    }

    /**
     * Returns the negated amount.
     *
     * @return {@code -this}
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return {@code |this|}; {@code this} if not negative
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true if zero, at any scale
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns the signum of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Tells whether this amount is greater than another, by value.
     *
     * @param other the amount to compare, same currency
     * @return true if {@code this > other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this amount is less than another, by value.
     *
     * @param other the amount to compare, same currency
     * @return true if {@code this < other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this amount equals another by value, ignoring scale.
     *
     * @param other the amount to compare, same currency, not null
     * @return true if the amounts are numerically equal, e.g. {@code USD 1.0} and {@code USD 1.00}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isEqual(Money other) {
        return compareTo(other) == 0;
    }

    /**
     * Returns whether the currency of another amount is the same as this one's.
     *
     * @param other the other amount, not null
     * @return true if the currencies are the same
     */
    public boolean isSameCurrency(Money other) {
        Objects.requireNonNull(other, "other must not be null");
        return currency.equals(other.currency);
    }

    /**
     * Throws if {@code other} is of another currency; returns it otherwise.
     *
     * @param other the amount to check, not null
     * @param name the parameter name used in the null message
     * @return {@code other}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    Money checkSameCurrency(Money other, String name) {
        if (other == null) {
            throw new NullPointerException(name + " must not be null");   // the message only when it is needed
        }
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, name);
        }
        return other;
    }

    /**
     * Compares by value (ignoring scale) within one currency.
     *
     * @param other the amount to compare, same currency, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other, "other");
        return amount.compareTo(other.amount);
    }

    /**
     * Equality of currency, amount and scale (see the class documentation).
     *
     * @param obj the object to compare
     * @return true if equal including scale
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money && ((Money) obj).currency.equals(currency) && ((Money) obj).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /**
     * Returns the canonical form, the ISO code, a space and the plain amount: {@code "USD 12.34"}.
     * {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    /**
     * Re-checks a deserialised Money through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(amount, currency);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Money: " + e.getMessage())
                    .initCause(e);
        }
    }
}
