package io.csmetrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rate: a numerator over a denominator, kept as given so a result can say what it is a
 * rate of ("10 churned of 600 starting").
 *
 * <p>Both parts are {@link BigDecimal}s, so a ratio holds counts ({@code 10/600}) as well as
 * money amounts of one currency ({@code 300000/1500000}). A negative denominator is normalised
 * by negating both parts. Conversions happen only on request: {@link #toDouble()},
 * {@link #toBigDecimal(MathContext)}, {@link #toPercent(int, RoundingMode)}.
 *
 * <p><b>Zero denominator.</b> A ratio over zero (churn of zero starting customers, a quick ratio
 * with no losses) can be created — it records the facts — but it is <em>undefined</em>:
 * {@link #isDefined()} is false and every numeric conversion throws
 * {@link UndefinedMetricException}. It never yields {@code NaN}, infinity or zero.
 *
 * <p><b>Equality.</b> {@link #equals(Object)} compares numerator and denominator by value, so
 * {@code 10/600} and {@code 1/60} are different ratios (different facts) while {@code 10/600} and
 * {@code 10.0/600} are equal. {@link #isEquivalent(Ratio)} and {@link #compareTo(Ratio)} compare
 * the rates, so {@code 10/600} is equivalent to {@code 1/60}.
 *
 * <p>Example: {@code Ratio.of(10, 600).toPercent(1, RoundingMode.DOWN)} is {@code 1.6}
 * (the documents' monthly churn, truncated to one decimal); the exact value is 1/60.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Ratio implements Comparable<Ratio>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The ratio 0/1. */
    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
    /** The ratio 1/1. */
    public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Ratio(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the ratio of two counts.
     *
     * @param numerator the numerator, e.g. churned customers
     * @param denominator the denominator, e.g. starting customers; zero gives an undefined ratio
     * @return the ratio, not null
     */
    public static Ratio of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Returns the ratio of two decimals.
     *
     * @param numerator the numerator, not null
     * @param denominator the denominator, not null; zero gives an undefined ratio
     * @return the ratio, not null
     * @throws NullPointerException if an argument is null
     */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator must not be null");
        Objects.requireNonNull(denominator, "denominator must not be null");
        if (denominator.signum() < 0) {
            return new Ratio(numerator.negate(), denominator.negate());
        }
        return new Ratio(numerator, denominator);
    }

    /**
     * Returns the ratio of two amounts of money of one currency.
     *
     * @param numerator the numerator amount, not null
     * @param denominator the denominator amount, same currency, not null; zero gives an
     *     undefined ratio
     * @return the ratio of the amounts, e.g. {@code USD 300000 / USD 1500000} is 20 %
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static Ratio of(Money numerator, Money denominator) {
        Objects.requireNonNull(numerator, "numerator must not be null");
        numerator.checkSameCurrency(denominator, "denominator");
        return of(numerator.amount(), denominator.amount());
    }

    /**
     * Returns the numerator as given (sign-normalised).
     *
     * @return the numerator, not null
     */
    public BigDecimal numerator() {
        return numerator;
    }

    /**
     * Returns the denominator as given (sign-normalised, never negative).
     *
     * @return the denominator, not null
     */
    public BigDecimal denominator() {
        return denominator;
    }

    /**
     * Tells whether the ratio has a value, i.e. whether the denominator is not zero.
     *
     * @return true if the denominator is not zero
     */
    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    private void checkDefined() {
        if (!isDefined()) {
            throw new UndefinedMetricException("Ratio " + this + " is undefined: denominator is zero");
        }
    }

    /**
     * Returns the rate as a {@code double}, the nearest to the exact quotient that a 34-digit
     * decimal division gives.
     *
     * @return the rate, e.g. 0.016666… for 10/600
     * @throws UndefinedMetricException if the denominator is zero
     */
    public double toDouble() {
        return toBigDecimal(MathContext.DECIMAL128).doubleValue();
    }

    /**
     * Returns the rate as a decimal rounded to a precision.
     *
     * @param mathContext the precision and rounding, not null
     * @return the rate
     * @throws NullPointerException if {@code mathContext} is null
     * @throws UndefinedMetricException if the denominator is zero
     * @throws ArithmeticException if the context's rounding is {@code UNNECESSARY} and the
     *     quotient does not terminate within its precision
     */
    public BigDecimal toBigDecimal(MathContext mathContext) {
        Objects.requireNonNull(mathContext, "mathContext must not be null");
        checkDefined();
        try {
            return numerator.divide(denominator, mathContext);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " has no exact decimal expansion under " + mathContext
                    + "; pass a mathContext with a precision or a rounding mode other than UNNECESSARY");
        }
    }

    /**
     * Returns the rate in percent with a fixed number of decimals.
     *
     * @param scale the number of decimals of the percentage, e.g. 1 for {@code 1.6}
     * @param roundingMode how to round; {@code DOWN} truncates as the documents do
     * @return the percentage, e.g. {@code 1.6} for 10/600 with scale 1 and {@code DOWN}
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws UndefinedMetricException if the denominator is zero
     * @throws IllegalArgumentException if {@code scale} is outside -40..100 (see {@link Bounds})
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public BigDecimal toPercent(int scale, RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        if (scale > Bounds.MAX_SCALE || scale < -Bounds.MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("scale (valid values " + -Bounds.MAX_INTEGER_DIGITS + " - " + Bounds.MAX_SCALE
                    + "): " + scale);
        }
        checkDefined();
        try {
            return numerator.multiply(HUNDRED).divide(denominator, scale, roundingMode);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " in percent is not exact at scale " + scale + "; roundingMode "
                    + roundingMode + " forbids rounding");
        }
    }

    /**
     * Returns {@code 1 − this}, over the same denominator: the retention rate of a churn rate.
     *
     * @return {@code (denominator − numerator) / denominator}; undefined if this is
     */
    public Ratio complement() {
        return new Ratio(denominator.subtract(numerator), denominator);
    }

    /**
     * Returns this ratio with its numerator multiplied by a whole number, e.g. the documents'
     * simple annualisation of a monthly rate, {@code m × 12}.
     *
     * @param multiplicand the factor
     * @return {@code (numerator × multiplicand) / denominator}
     */
    public Ratio multipliedBy(long multiplicand) {
        return new Ratio(numerator.multiply(BigDecimal.valueOf(multiplicand)), denominator);
    }

    /**
     * Tells whether two ratios have the same rate, e.g. 10/600 and 1/60. Two undefined ratios are
     * equivalent when their numerators have the same sign.
     *
     * @param other the ratio to compare, not null
     * @return true if the rates are equal
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isEquivalent(Ratio other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!isDefined() || !other.isDefined()) {
            return isDefined() == other.isDefined() && numerator.signum() == other.numerator.signum();
        }
        return compareTo(other) == 0;
    }

    /**
     * Compares the rates exactly, by cross-multiplication.
     *
     * @param other the ratio to compare, not null
     * @return negative, zero or positive as this rate is less than, equal to or greater than the
     *     other's
     * @throws NullPointerException if {@code other} is null
     * @throws UndefinedMetricException if either ratio is undefined
     */
    @Override
    public int compareTo(Ratio other) {
        Objects.requireNonNull(other, "other must not be null");
        checkDefined();
        other.checkDefined();
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * Equality of numerator and denominator by value (see the class documentation).
     *
     * @param obj the object to compare
     * @return true if both parts are numerically equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Ratio
                && ((Ratio) obj).numerator.compareTo(numerator) == 0
                && ((Ratio) obj).denominator.compareTo(denominator) == 0;
    }

    @Override
    public int hashCode() {
        return numerator.stripTrailingZeros().hashCode() * 31 + denominator.stripTrailingZeros().hashCode();
    }

    /**
     * Returns {@code numerator/denominator} in plain decimals, e.g. {@code "10/600"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }

    /**
     * Re-checks a deserialised Ratio through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Ratio checked = of(numerator, denominator);
            if (!checked.equals(this)) {
                throw new IllegalArgumentException("denominator must not be negative: " + denominator);
            }
            return checked;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Ratio: " + e.getMessage())
                    .initCause(e);
        }
    }
}
