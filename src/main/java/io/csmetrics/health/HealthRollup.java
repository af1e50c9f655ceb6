package io.csmetrics.health;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Rolls child accounts' health up into their parent's, weighted by MRR: a mergeable accumulator.
 *
 * <p>Formula: {@code parent = Σ(MRRᵢ · Sᵢ) / Σ MRRᵢ} over the children, where {@code Sᵢ} is child
 * {@code i}'s score (0..100) and {@code MRRᵢ ≥ 0} its MRR. The sums are kept exactly
 * ({@code BigDecimal}; a double score converts to {@code BigDecimal} without loss), so any split
 * and combination gives exactly the sequential result; only the final quotient is rounded (to a
 * {@code double}). A child with zero MRR counts but weighs nothing.
 *
 * <p>Example: children 80 at USD 3000 and 40 at USD 1000 roll up to
 * {@code (3000·80 + 1000·40) / 4000 = 70}.
 *
 * <p>Edge cases: no children, or total MRR zero, makes {@link #value()} throw
 * {@link UndefinedMetricException}.
 *
 * @implSpec This class is a mutable accumulator; it is not thread-safe.
 * @since 0.1.0
 */
public final class HealthRollup implements Accumulator<HealthRollup.Child, HealthRollup> {

    private static final long serialVersionUID = 1L;

    /**
     * One child account: its score and its MRR.
     *
     * @param accountId the child's identifier, not null
     * @param score the child's score, 0..100
     * @param mrr the child's MRR, not negative, not null
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    public record Child(String accountId, double score, Money mrr) {

        /**
         * Checks the components.
         *
         * @param accountId not null
         * @param score 0..100
         * @param mrr not null, not negative
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the score is outside 0..100 or NaN, or the MRR is
         *     negative
         */
        public Child {
            Objects.requireNonNull(accountId, "accountId must not be null");
            Objects.requireNonNull(mrr, "mrr must not be null");
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("score of child " + accountId + " must be within 0..100: " + score);
            }
            if (mrr.isNegative()) {
                throw new IllegalArgumentException("mrr of child " + accountId + " must not be negative: " + mrr);
            }
        }

        /**
         * Returns a child from its health score.
         *
         * @param score the child's score, not null
         * @param mrr its MRR, not null, not negative
         * @return the child
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the MRR is negative
         */
        public static Child of(HealthScore score, Money mrr) {
            Objects.requireNonNull(score, "score must not be null");
            return new Child(score.accountId(), score.value(), mrr);
        }
    }

    private Currency currency;
    private BigDecimal weightedSum = BigDecimal.ZERO;
    private BigDecimal totalMrr = BigDecimal.ZERO;
    private long children;

    private HealthRollup() {
    }

    /**
     * Returns an empty roll-up.
     *
     * @return a new accumulator
     */
    public static HealthRollup create() {
        return new HealthRollup();
    }

    /**
     * Returns a collector rolling children up into the parent's value.
     *
     * @return the collector; its result throws {@link UndefinedMetricException} as {@link #value()}
     */
    public static Collector<Child, HealthRollup, Double> collector() {
        Supplier<HealthRollup> factory = HealthRollup::create;
        return Accumulator.collector(factory, HealthRollup::value);
    }

    /**
     * Adds a child.
     *
     * @param child the child, not null
     * @throws NullPointerException if {@code child} is null
     * @throws CurrencyMismatchException if its currency differs from earlier children's; the
     *     accumulator is then unchanged
     */
    @Override
    public void accept(Child child) {
        Objects.requireNonNull(child, "child must not be null");
        checkCurrency(child.mrr().currency());
        BigDecimal m = child.mrr().amount();
        weightedSum = weightedSum.add(m.multiply(new BigDecimal(child.score())));
        totalMrr = totalMrr.add(m);
        currency = child.mrr().currency();
        children++;
    }

    /**
     * Merges another roll-up's children into this one.
     *
     * @param other the other roll-up, not null, not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ; this is then unchanged
     * @throws ArithmeticException if the child count would overflow a {@code long}; this is then unchanged
     */
    @Override
    public HealthRollup combine(HealthRollup other) {
        Objects.requireNonNull(other, "other must not be null");
        long count;
        try {
            count = Math.addExact(children, other.children);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("combining health roll-ups overflows the child count: " + children + " + "
                    + other.children);
        }
        if (other.currency != null) {
            checkCurrency(other.currency);
            currency = other.currency;
        }
        weightedSum = weightedSum.add(other.weightedSum);
        totalMrr = totalMrr.add(other.totalMrr);
        children = count;
        return this;
    }

    private void checkCurrency(Currency c) {
        if (currency != null && !currency.equals(c)) {
            throw new CurrencyMismatchException(currency, c);
        }
    }

    /**
     * Returns the number of children added.
     *
     * @return the count
     */
    public long children() {
        return children;
    }

    /**
     * Returns the parent's score, {@code Σ(MRRᵢ · Sᵢ) / Σ MRRᵢ}.
     *
     * @return the score, within 0..100
     * @throws UndefinedMetricException if there is no child or the total MRR is zero
     */
    public double value() {
        if (totalMrr.signum() == 0) {
            throw new UndefinedMetricException("parent health is undefined: " + children
                    + " children with total MRR zero");
        }
        return Math.min(100.0, Math.max(0.0, weightedSum.divide(totalMrr, MathContext.DECIMAL64).doubleValue()));
    }

    /**
     * Returns the total MRR of the children.
     *
     * @return the exact total
     * @throws UndefinedMetricException if no child was added (the currency is unknown)
     */
    public Money totalMrr() {
        if (currency == null) {
            throw new UndefinedMetricException("total MRR of no children has no currency");
        }
        return Money.of(totalMrr, currency);
    }

    @Override
    public String toString() {
        return "HealthRollup{children=" + children + ", totalMrr=" + totalMrr + ", weightedSum=" + weightedSum + "}";
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(weightedSum, "weightedSum must not be null");
            java.util.Objects.requireNonNull(totalMrr, "totalMrr must not be null");
            if (children < 0 || totalMrr.signum() < 0 || weightedSum.signum() < 0
                    || weightedSum.compareTo(totalMrr.multiply(java.math.BigDecimal.valueOf(100))) > 0) {
                throw new IllegalArgumentException("children (" + children + "), totalMrr (" + totalMrr
                        + ") and weightedSum (" + weightedSum + ") must be non-negative, weightedSum <= 100 x totalMrr");
            }
            if (currency != null && currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException("currency " + currency + " has no defined minor digits");
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid HealthRollup: " + e.getMessage())
                    .initCause(e);
        }
    }
}
