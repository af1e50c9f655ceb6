package io.csmetrics;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The period a subscription price is billed for, as an exact number of months, so a price can be
 * normalised to a monthly recurring amount ({@link Mrr}) without rounding.
 *
 * <p>Conventions (named, since sources differ): a year is 12 months; a week is 1/52 of a year
 * (12/52 = 3/13 of a month); a day is 1/365 of a year (12/365 of a month). Periods of whole
 * months, years, weeks and days are built with {@link #ofMonths(int)}, {@link #ofYears(int)},
 * {@link #ofWeeks(int)} and {@link #ofDays(int)}.
 *
 * <p>Example: {@code ANNUAL} is 12 months, so a price of 1,200 per year is an MRR of exactly 100;
 * {@code WEEKLY} is 3/13 of a month, so 30 per week is an MRR of exactly 130.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class BillingPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day: 12/365 of a month (365-day year). */
    public static final BillingPeriod DAILY = ofDays(1);
    /** One week: 3/13 of a month (52-week year). */
    public static final BillingPeriod WEEKLY = ofWeeks(1);
    /** One month. */
    public static final BillingPeriod MONTHLY = ofMonths(1);
    /** Three months. */
    public static final BillingPeriod QUARTERLY = ofMonths(3);
    /** Six months. */
    public static final BillingPeriod SEMI_ANNUAL = ofMonths(6);
    /** Twelve months. */
    public static final BillingPeriod ANNUAL = ofMonths(12);

    private final String name;
    private final BigInteger monthsNumerator;
    private final BigInteger monthsDenominator;

    private BillingPeriod(String name, long monthsNumerator, long monthsDenominator) {
        BigInteger n = BigInteger.valueOf(monthsNumerator);
        BigInteger d = BigInteger.valueOf(monthsDenominator);
        BigInteger g = n.gcd(d);
        this.name = name;
        this.monthsNumerator = n.divide(g);
        this.monthsDenominator = d.divide(g);
    }

    private static int checkPositive(int count, String name) {
        if (count <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + count);
        }
        return count;
    }

    /**
     * Returns a period of whole months.
     *
     * @param months the number of months, positive
     * @return the period
     * @throws IllegalArgumentException if {@code months} is not positive
     */
    public static BillingPeriod ofMonths(int months) {
        return new BillingPeriod(checkPositive(months, "months") == 1 ? "P1M" : "P" + months + "M", months, 1);
    }

    /**
     * Returns a period of whole years (12 months each), e.g. a three-year contract.
     *
     * @param years the number of years, positive
     * @return the period
     * @throws IllegalArgumentException if {@code years} is not positive
     */
    public static BillingPeriod ofYears(int years) {
        return new BillingPeriod("P" + checkPositive(years, "years") + "Y", 12L * years, 1);
    }

    /**
     * Returns a period of whole weeks, each 12/52 of a month.
     *
     * @param weeks the number of weeks, positive
     * @return the period
     * @throws IllegalArgumentException if {@code weeks} is not positive
     */
    public static BillingPeriod ofWeeks(int weeks) {
        return new BillingPeriod("P" + checkPositive(weeks, "weeks") + "W", 12L * weeks, 52);
    }

    /**
     * Returns a period of whole days, each 12/365 of a month.
     *
     * @param days the number of days, positive
     * @return the period
     * @throws IllegalArgumentException if {@code days} is not positive
     */
    public static BillingPeriod ofDays(int days) {
        return new BillingPeriod("P" + checkPositive(days, "days") + "D", 12L * days, 365);
    }

    /**
     * Returns the length in months as an exact fraction.
     *
     * @return the months, e.g. {@code 3/13} for a week, {@code 12/1} for a year
     */
    public Ratio months() {
        return Ratio.of(new java.math.BigDecimal(monthsNumerator), new java.math.BigDecimal(monthsDenominator));
    }

    BigInteger monthsNumerator() {
        return monthsNumerator;
    }

    BigInteger monthsDenominator() {
        return monthsDenominator;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BillingPeriod && ((BillingPeriod) obj).monthsNumerator.equals(monthsNumerator)
                && ((BillingPeriod) obj).monthsDenominator.equals(monthsDenominator);
    }

    @Override
    public int hashCode() {
        return monthsNumerator.hashCode() * 31 + monthsDenominator.hashCode();
    }

    /**
     * Returns the ISO-8601-like name the period was built with, e.g. {@code "P12M"}, {@code "P1W"}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }

    /**
     * Re-checks a deserialised BillingPeriod through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(name, "name must not be null");
            if (monthsNumerator == null || monthsDenominator == null || monthsNumerator.signum() <= 0
                    || monthsDenominator.signum() <= 0 || !monthsNumerator.gcd(monthsDenominator).equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("months must be a positive fraction in lowest terms: "
                        + monthsNumerator + "/" + monthsDenominator);
            }
            return this;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid BillingPeriod: " + e.getMessage())
                    .initCause(e);
        }
    }
}
