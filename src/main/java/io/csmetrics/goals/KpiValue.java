package io.csmetrics.goals;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a node of a {@link KpiTree}: an exact rational number, either an amount of money in
 * one currency (MRR, unit price, operating profit) or a plain number (customers, a conversion
 * rate).
 *
 * <p>Values stay exact through every operation of a tree, division included: ARPA = USD 1,000 / 3
 * customers is exactly {@code USD 1000/3}. Conversions round only on request
 * ({@link #toBigDecimal(MathContext)}, {@link #toMoney(RoundingMode)}).
 *
 * <p>Units combine as money arithmetic requires: sums and differences need one unit; a product has
 * at most one money factor; money / money is a number, money / number is money, and number / money
 * is rejected. Two values are equal when their units are equal and their values are equal (so
 * {@code 6000} equals {@code 6000.00}).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class KpiValue implements Comparable<KpiValue>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Rational value;
    private final Currency currency;

    private KpiValue(Rational value, Currency currency) {
        this.value = value;
        this.currency = currency;
    }

    static KpiValue of(Rational value, Currency currency) {
        return new KpiValue(value, currency);
    }

    /**
     * Returns a count, e.g. customers.
     *
     * @param count the count
     * @return the value, a plain number
     */
    public static KpiValue count(long count) {
        return new KpiValue(Rational.of(count), null);
    }

    /**
     * Returns a plain number, e.g. a conversion rate of {@code 0.25}.
     *
     * @param number the number, not null
     * @return the value
     * @throws NullPointerException if {@code number} is null
     * @throws IllegalArgumentException if {@code number} is outside the range of
     *     {@link io.csmetrics.Bounds} (40 integer digits, 100 decimal places)
     */
    public static KpiValue number(BigDecimal number) {
        Objects.requireNonNull(number, "number must not be null");
        io.csmetrics.Bounds.checkDecimal(number, "number");
        return new KpiValue(Rational.of(number), null);
    }

    /**
     * Returns a plain number from decimal text, e.g. {@code "0.25"}.
     *
     * @param number the decimal text, not null
     * @return the value
     * @throws NullPointerException if {@code number} is null
     * @throws IllegalArgumentException if the text is not a decimal number
     */
    public static KpiValue number(String number) {
        Objects.requireNonNull(number, "number must not be null");
        try {
            return number(new BigDecimal(number.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("number is not a decimal number: '" + number + "'", e);
        }
    }

    /**
     * Returns a plain number that is an exact ratio, e.g. {@code 1/3}.
     *
     * @param ratio the ratio, defined, not null
     * @return the value
     * @throws NullPointerException if {@code ratio} is null
     * @throws io.csmetrics.UndefinedMetricException if the ratio is undefined
     */
    public static KpiValue number(Ratio ratio) {
        Objects.requireNonNull(ratio, "ratio must not be null");
        return new KpiValue(Rational.of(ratio), null);
    }

    /**
     * Returns an amount of money.
     *
     * @param money the amount, not null
     * @return the value
     * @throws NullPointerException if {@code money} is null
     */
    public static KpiValue money(Money money) {
        Objects.requireNonNull(money, "money must not be null");
        return new KpiValue(Rational.of(money.amount()), money.currency());
    }

    /**
     * Returns an amount of money that is an exact ratio, e.g. an ARPA of {@code USD 1000/3}.
     *
     * @param amount the amount, defined, not null
     * @param currency the currency, not null
     * @return the value
     * @throws NullPointerException if an argument is null
     * @throws io.csmetrics.UndefinedMetricException if the ratio is undefined
     */
    public static KpiValue money(Ratio amount, Currency currency) {
        Objects.requireNonNull(amount, "amount must not be null");
        Money.zero(currency);
        return new KpiValue(Rational.of(amount), currency);
    }

    Rational rational() {
        return value;
    }

    Currency unit() {
        return currency;
    }

    /**
     * Returns the currency, for money.
     *
     * @return the currency; empty for a plain number
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Tells whether this is an amount of money.
     *
     * @return true for money, false for a plain number
     */
    public boolean isMoney() {
        return currency != null;
    }

    /**
     * Tells whether the value has a finite decimal expansion (it does unless a division made it,
     * e.g. 1000/3).
     *
     * @return true if terminating
     */
    public boolean isTerminating() {
        return value.isTerminating();
    }

    /**
     * Returns the signum of the value.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return value.signum();
    }

    /**
     * Returns the exact value as a ratio of integers in lowest terms.
     *
     * @return the value, e.g. {@code 1000/3}; always defined
     */
    public Ratio toRatio() {
        return value.toRatio();
    }

    /**
     * Returns the value as a decimal rounded to a precision.
     *
     * @param mathContext the precision and rounding, not null
     * @return the value
     * @throws NullPointerException if {@code mathContext} is null
     */
    public BigDecimal toBigDecimal(MathContext mathContext) {
        Objects.requireNonNull(mathContext, "mathContext must not be null");
        return value.toBigDecimal(mathContext);
    }

    /**
     * Returns the exact value as a decimal.
     *
     * @return the value, without trailing zeros
     * @throws ArithmeticException if the value is not a terminating decimal
     */
    public BigDecimal toBigDecimalExact() {
        return value.toBigDecimalExact();
    }

    /**
     * Returns the value as the nearest {@code double}.
     *
     * @return the value
     */
    public double toDouble() {
        return value.toDouble();
    }

    /**
     * Returns an amount of money at the currency's scale.
     *
     * @param roundingMode how to round to the currency's scale, not null
     * @return the money
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws IllegalStateException if this is a plain number
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money toMoney(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        if (currency == null) {
            throw new IllegalStateException(this + " is a number, not money");
        }
        BigDecimal amount = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()),
                currency.getDefaultFractionDigits(), roundingMode);
        return Money.of(amount, currency);
    }

    KpiValue withRational(Rational r) {
        return new KpiValue(r, currency);
    }

    boolean sameUnit(KpiValue other) {
        return Objects.equals(currency, other.currency);
    }

    static Currency sumUnit(Currency a, Currency b, String node) {
        if (a != null && b != null && !a.equals(b)) {
            throw new CurrencyMismatchException(a, b);
        }
        if ((a == null) != (b == null)) {
            throw new IllegalArgumentException("node '" + node + "' adds or subtracts money and a plain number ("
                    + unitName(a) + ", " + unitName(b) + ")");
        }
        return a;
    }

    static Currency productUnit(Currency a, Currency b, String node) {
        if (a != null && b != null) {
            throw new IllegalArgumentException("node '" + node + "' multiplies money by money (" + unitName(a)
                    + " × " + unitName(b) + "); a product may have one money factor");
        }
        return a != null ? a : b;
    }

    static Currency ratioUnit(Currency a, Currency b, String node) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            throw new IllegalArgumentException("node '" + node + "' divides a plain number by money ("
                    + unitName(b) + ")");
        }
        if (!a.equals(b)) {
            throw new CurrencyMismatchException(a, b);
        }
        return null;
    }

    static String unitName(Currency c) {
        return c == null ? "number" : c.getCurrencyCode();
    }

    /**
     * Compares the values of two KPI values of one unit.
     *
     * @param other the value to compare, same unit, not null
     * @return negative, zero or positive
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the units differ
     */
    @Override
    public int compareTo(KpiValue other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!sameUnit(other)) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other + ": units differ");
        }
        return value.compareTo(other.value);
    }

    /**
     * Equality of unit and exact value.
     *
     * @param obj the object to compare
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof KpiValue && ((KpiValue) obj).value.equals(value)
                && Objects.equals(((KpiValue) obj).currency, currency);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + Objects.hashCode(currency);
    }

    /**
     * Returns the value, e.g. {@code "USD 6000"}, {@code "120"} or {@code "USD 1000/3"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return currency == null ? value.toString() : currency.getCurrencyCode() + " " + value;
    }

    /**
     * Re-checks a deserialised KpiValue through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(value, "value must not be null");
            if (currency != null && currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException("currency " + currency + " has no defined minor digits");
            }
            return this;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid KpiValue: " + e.getMessage())
                    .initCause(e);
        }
    }
}
