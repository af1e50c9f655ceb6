package io.csmetrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Monthly recurring revenue: an exact amount of one currency per month.
 *
 * <p>An MRR built from a price and a {@link BillingPeriod} is the price divided by the period's
 * length in months, kept as an exact fraction: {@code Mrr.of(USD 1000, ANNUAL)} is exactly
 * {@code 1000/12 = 250/3} per month, and twelve of them make exactly USD 1000 of
 * {@linkplain #toArr() ARR}. Nothing is rounded until the caller asks, with
 * {@link #toMoney(RoundingMode)}. Negative amounts are allowed (an MRR movement such as a
 * contraction).
 *
 * <p>The documents' definition {@code MRR = customers × monthly fee} is
 * {@link #ofCustomers(long, Money)}: 120 customers × USD 50 = USD 6,000.
 *
 * <p>Equality is by value and currency: {@code Mrr.of(USD 100)} equals {@code Mrr.of(USD 100.00)}
 * and {@code Mrr.of(USD 1200, ANNUAL)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Mrr implements Comparable<Mrr>, Serializable {

    private static final long serialVersionUID = 1L;

    private final ExactAmount amount;
    private final Currency currency;

    private Mrr(ExactAmount amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns the MRR of a monthly amount.
     *
     * @param monthlyAmount the amount per month, not null
     * @return the MRR
     * @throws NullPointerException if {@code monthlyAmount} is null
     */
    public static Mrr of(Money monthlyAmount) {
        Objects.requireNonNull(monthlyAmount, "monthlyAmount must not be null");
        return new Mrr(ExactAmount.of(monthlyAmount.amount()), monthlyAmount.currency());
    }

    /**
     * Returns the MRR of a price billed every {@code period}: {@code price / months(period)},
     * exactly.
     *
     * @param price the price of one billing period, not null
     * @param period the billing period, not null
     * @return the MRR, e.g. USD 1,200 per {@code ANNUAL} period is USD 100
     * @throws NullPointerException if an argument is null
     */
    public static Mrr of(Money price, BillingPeriod period) {
        Objects.requireNonNull(price, "price must not be null");
        Objects.requireNonNull(period, "period must not be null");
        return new Mrr(ExactAmount.of(price.amount()).multipliedBy(period.monthsDenominator(), period.monthsNumerator()),
                price.currency());
    }

    /**
     * Returns the documents' MRR: number of paying customers × monthly fee.
     *
     * @param customers the number of paying customers, not negative
     * @param monthlyFee the monthly fee per customer, not null, not negative
     * @return the MRR, e.g. 120 × USD 50 = USD 6,000
     * @throws IllegalArgumentException if {@code customers} or {@code monthlyFee} is negative
     * @throws NullPointerException if {@code monthlyFee} is null
     */
    public static Mrr ofCustomers(long customers, Money monthlyFee) {
        Objects.requireNonNull(monthlyFee, "monthlyFee must not be null");
        if (customers < 0) {
            throw new IllegalArgumentException("customers must not be negative: " + customers);
        }
        if (monthlyFee.isNegative()) {
            throw new IllegalArgumentException("monthlyFee must not be negative: " + monthlyFee);
        }
        return of(monthlyFee.multipliedBy(customers));
    }

    /**
     * Returns zero MRR in a currency.
     *
     * @param currency the currency, not null
     * @return zero
     * @throws NullPointerException if {@code currency} is null
     */
    public static Mrr zero(Currency currency) {
        Money.checkCurrency(currency);
        return new Mrr(ExactAmount.ZERO, currency);
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
     * Tells whether the amount is a terminating decimal, so that {@link #toMoneyExact()} succeeds.
     *
     * @return true if exact as a decimal (e.g. USD 100, USD 83.5), false for e.g. USD 250/3
     */
    public boolean isTerminating() {
        return amount.isTerminating();
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
     * Returns the sum of two MRRs, exactly.
     *
     * @param other the MRR to add, same currency, not null
     * @return the sum
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Mrr plus(Mrr other) {
        checkSameCurrency(other);
        return new Mrr(amount.plus(other.amount), currency);
    }

    /**
     * Returns this MRR minus another, exactly.
     *
     * @param other the MRR to subtract, same currency, not null
     * @return the difference
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Mrr minus(Mrr other) {
        checkSameCurrency(other);
        return new Mrr(amount.plus(other.amount.negated()), currency);
    }

    /**
     * Returns this MRR multiplied by a whole number, exactly (e.g. by a number of seats).
     *
     * @param multiplicand the factor
     * @return the product
     */
    public Mrr multipliedBy(long multiplicand) {
        return new Mrr(amount.multipliedBy(BigInteger.valueOf(multiplicand), BigInteger.ONE), currency);
    }

    /**
     * Returns this MRR divided by a whole number, exactly: e.g. ARPA = MRR / accounts.
     *
     * @param divisor the divisor, not zero
     * @return the exact quotient, e.g. USD 1000 / 3 = USD 1000/3
     * @throws IllegalArgumentException if {@code divisor} is zero
     */
    public Mrr dividedBy(long divisor) {
        if (divisor == 0) {
            throw new IllegalArgumentException("divisor must not be zero");
        }
        return new Mrr(amount.multipliedBy(BigInteger.ONE, BigInteger.valueOf(divisor)), currency);
    }

    /**
     * Returns the annual run rate, {@code ARR = 12 × MRR}.
     *
     * @return the ARR, exact
     */
    public Arr toArr() {
        return Arr.from(this);
    }

    /**
     * Returns the amount per month at the currency's scale, rounded as asked.
     *
     * @param roundingMode how to round; {@code UNNECESSARY} throws if rounding is needed
     * @return the money, e.g. USD 83.33 for USD 250/3 with {@code HALF_EVEN}
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money toMoney(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        return Money.of(amount.toBigDecimal(currency.getDefaultFractionDigits(), roundingMode), currency);
    }

    /**
     * Returns the amount per month rounded to a precision.
     *
     * @param mathContext the precision and rounding, not null
     * @return the money
     * @throws NullPointerException if {@code mathContext} is null
     */
    public Money toMoney(MathContext mathContext) {
        Objects.requireNonNull(mathContext, "mathContext must not be null");
        return Money.of(amount.toBigDecimal(mathContext), currency);
    }

    /**
     * Returns the amount per month exactly, as a decimal of whatever scale it needs.
     *
     * @return the money, e.g. USD 83.5
     * @throws ArithmeticException if the amount is not a terminating decimal (see
     *     {@link #isTerminating()})
     */
    public Money toMoneyExact() {
        if (!amount.isTerminating()) {
            throw new ArithmeticException("MRR " + this + " is not a terminating decimal; use toMoney(RoundingMode)");
        }
        return Money.of(amount.decimal(), currency);
    }

    private void checkSameCurrency(Mrr other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Compares by value within one currency.
     *
     * @param other the MRR to compare, same currency, not null
     * @return negative, zero or positive
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Mrr other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    ExactAmount exactAmount() {
        return amount;
    }

    static Mrr ofExact(ExactAmount amount, Currency currency) {
        return new Mrr(amount, currency);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Mrr && ((Mrr) obj).currency.equals(currency) && ((Mrr) obj).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /**
     * Returns e.g. {@code "USD 250/3 per month"} or {@code "USD 83.5 per month"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount + " per month";
    }

    /**
     * Re-checks a deserialised Mrr through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(amount, "amount must not be null");
            Money.checkCurrency(currency);
            return this;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Mrr: " + e.getMessage())
                    .initCause(e);
        }
    }
}
