package io.csmetrics;

import java.io.Serializable;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Annual recurring revenue, the annual run rate of recurring revenue: {@code ARR = 12 × MRR},
 * exact.
 *
 * <p>Example: {@code Arr.from(Mrr.of(Money.of("1000", "USD"), BillingPeriod.ANNUAL))} is exactly
 * USD 1000, although the MRR (1000/12) is not a terminating decimal.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Arr implements Comparable<Arr>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigInteger TWELVE = BigInteger.valueOf(12);

    private final ExactAmount amount;
    private final Currency currency;

    private Arr(ExactAmount amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns the ARR of an annual amount.
     *
     * @param annualAmount the recurring amount per year, not null
     * @return the ARR
     * @throws NullPointerException if {@code annualAmount} is null
     */
    public static Arr of(Money annualAmount) {
        Objects.requireNonNull(annualAmount, "annualAmount must not be null");
        return new Arr(ExactAmount.of(annualAmount.amount()), annualAmount.currency());
    }

    /**
     * Returns {@code 12 × mrr}.
     *
     * @param mrr the monthly recurring revenue, not null
     * @return the ARR
     * @throws NullPointerException if {@code mrr} is null
     */
    public static Arr from(Mrr mrr) {
        Objects.requireNonNull(mrr, "mrr must not be null");
        return new Arr(mrr.exactAmount().multipliedBy(TWELVE, BigInteger.ONE), mrr.currency());
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
     * Returns {@code ARR / 12}, exactly.
     *
     * @return the MRR
     */
    public Mrr toMrr() {
        return Mrr.ofExact(amount.multipliedBy(BigInteger.ONE, TWELVE), currency);
    }

    /**
     * Returns the sum of two ARRs, exactly.
     *
     * @param other the ARR to add, same currency, not null
     * @return the sum
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Arr plus(Arr other) {
        checkSameCurrency(other);
        return new Arr(amount.plus(other.amount), currency);
    }

    /**
     * Returns the amount per year at the currency's scale, rounded as asked.
     *
     * @param roundingMode how to round; {@code UNNECESSARY} throws if rounding is needed
     * @return the money
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money toMoney(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        return Money.of(amount.toBigDecimal(currency.getDefaultFractionDigits(), roundingMode), currency);
    }

    /**
     * Returns the amount per year exactly.
     *
     * @return the money
     * @throws ArithmeticException if the amount is not a terminating decimal
     */
    public Money toMoneyExact() {
        if (!amount.isTerminating()) {
            throw new ArithmeticException("ARR " + this + " is not a terminating decimal; use toMoney(RoundingMode)");
        }
        return Money.of(amount.decimal(), currency);
    }

    private void checkSameCurrency(Arr other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Compares by value within one currency.
     *
     * @param other the ARR to compare, same currency, not null
     * @return negative, zero or positive
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Arr other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Arr && ((Arr) obj).currency.equals(currency) && ((Arr) obj).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /**
     * Returns e.g. {@code "USD 1000 per year"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount + " per year";
    }

    /**
     * Re-checks a deserialised Arr through the factory's validation, so a tampered stream cannot
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
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Arr: " + e.getMessage())
                    .initCause(e);
        }
    }
}
