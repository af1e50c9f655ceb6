package io.csmetrics.churn;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.util.Objects;

/**
 * The MRR totals of one period that revenue churn is computed from: its MRR bridge.
 *
 * <p>Symbols: {@code B} = {@code startMrr}, MRR at the start of the period; {@code new},
 * {@code expansion}, {@code reactivation} the MRR added by new accounts, by accounts paying more
 * and by accounts returning after a gap; {@code contraction} and {@code churned} the MRR lost by
 * accounts paying less and by accounts that stopped paying; {@code E} = {@code endMrr}. The
 * bridge {@code E = B + new + expansion + reactivation − contraction − churned} holds exactly: the
 * canonical constructor checks it, and {@link #starting(Money)} with the {@code withX} methods
 * maintains it. Every amount is non-negative and of one currency; contraction and churn come out
 * of the starting MRR, so {@code contraction + churned ≤ B}.
 *
 * <p>The per-period totals of an MRR-movements accumulator plug in directly through
 * {@link #of(Money, Money, Money, Money, Money, Money, Money)}.
 *
 * <p>Example (the CS documents the library is specified from): plans 50,000 JPY × 10 and 100,000 JPY × 10, three 100,000 customers
 * leave: {@code RevenueMovements.starting(JPY 1500000).withChurnedMrr(JPY 300000)} has
 * {@code endMrr} JPY 1,200,000.
 *
 * @param startMrr {@code B}, not negative
 * @param newMrr MRR of accounts new in the period, not negative
 * @param expansionMrr MRR added by accounts paying more, not negative
 * @param contractionMrr MRR lost by accounts paying less, not negative
 * @param churnedMrr MRR lost by accounts that stopped paying, not negative
 * @param reactivationMrr MRR of accounts paying again after a gap, not negative
 * @param endMrr {@code E}, equal to the bridge
 * @since 0.1.0
 */
public record RevenueMovements(Money startMrr, Money newMrr, Money expansionMrr, Money contractionMrr,
        Money churnedMrr, Money reactivationMrr, Money endMrr) {

    /**
     * Validates the movements.
     *
     * @throws NullPointerException if an amount is null
     * @throws CurrencyMismatchException if the amounts are not all of one currency
     * @throws IllegalArgumentException if an amount is negative, {@code contraction + churned}
     *     exceeds {@code startMrr}, or the bridge does not give {@code endMrr}
     */
    public RevenueMovements {
        check(startMrr, startMrr, "startMrr");
        check(startMrr, newMrr, "newMrr");
        check(startMrr, expansionMrr, "expansionMrr");
        check(startMrr, contractionMrr, "contractionMrr");
        check(startMrr, churnedMrr, "churnedMrr");
        check(startMrr, reactivationMrr, "reactivationMrr");
        // A negative end cannot satisfy the bridge once contraction and churn fit in the start MRR,
        // so the bridge check below covers it with the more telling message.
        checkCurrency(startMrr, endMrr, "endMrr");
        Money lost = contractionMrr.plus(churnedMrr);
        if (lost.isGreaterThan(startMrr)) {
            throw new IllegalArgumentException("contractionMrr + churnedMrr (" + lost + ") exceeds startMrr ("
                    + startMrr + ")");
        }
        Money bridge = bridge(startMrr, newMrr, expansionMrr, contractionMrr, churnedMrr, reactivationMrr);
        if (!bridge.isEqual(endMrr)) {
            throw new IllegalArgumentException("endMrr (" + endMrr + ") differs from startMrr + newMrr + expansionMrr"
                    + " + reactivationMrr − contractionMrr − churnedMrr (" + bridge + ")");
        }
    }

    /**
     * Returns the movements of a period from its totals, checking the bridge.
     *
     * @param startMrr MRR at the start, not negative
     * @param newMrr new MRR, not negative
     * @param expansionMrr expansion MRR, not negative
     * @param contractionMrr contraction MRR, not negative
     * @param churnedMrr churned MRR, not negative
     * @param reactivationMrr reactivation MRR, not negative
     * @param endMrr MRR at the end, equal to the bridge
     * @return the movements
     * @throws NullPointerException if an amount is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if an amount is negative, contraction and churn exceed the
     *     start MRR, or the bridge does not hold
     */
    public static RevenueMovements of(Money startMrr, Money newMrr, Money expansionMrr, Money contractionMrr,
            Money churnedMrr, Money reactivationMrr, Money endMrr) {
        return new RevenueMovements(startMrr, newMrr, expansionMrr, contractionMrr, churnedMrr, reactivationMrr,
                endMrr);
    }

    /**
     * Returns a period starting at {@code startMrr} with no movements yet (end = start); add
     * movements with the {@code withX} methods.
     *
     * @param startMrr MRR at the start, not negative, not null
     * @return the movements
     * @throws NullPointerException if {@code startMrr} is null
     * @throws IllegalArgumentException if {@code startMrr} is negative
     */
    public static RevenueMovements starting(Money startMrr) {
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Money zero = Money.zero(startMrr.currency());
        return new RevenueMovements(startMrr, zero, zero, zero, zero, zero, startMrr);
    }

    /**
     * Returns a copy with another new MRR, the end MRR recomputed.
     *
     * @param amount the new MRR, not negative, same currency
     * @return the movements
     * @throws NullPointerException if {@code amount} is null
     * @throws CurrencyMismatchException if the currency differs
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public RevenueMovements withNewMrr(Money amount) {
        Objects.requireNonNull(amount, "newMrr must not be null");
        return rebuild(startMrr, amount, expansionMrr, contractionMrr, churnedMrr, reactivationMrr);
    }

    /**
     * Returns a copy with another expansion MRR, the end MRR recomputed.
     *
     * @param amount the expansion MRR, not negative, same currency
     * @return the movements
     * @throws NullPointerException if {@code amount} is null
     * @throws CurrencyMismatchException if the currency differs
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public RevenueMovements withExpansionMrr(Money amount) {
        Objects.requireNonNull(amount, "expansionMrr must not be null");
        return rebuild(startMrr, newMrr, amount, contractionMrr, churnedMrr, reactivationMrr);
    }

    /**
     * Returns a copy with another contraction MRR, the end MRR recomputed.
     *
     * @param amount the contraction MRR, not negative, same currency
     * @return the movements
     * @throws NullPointerException if {@code amount} is null
     * @throws CurrencyMismatchException if the currency differs
     * @throws IllegalArgumentException if {@code amount} is negative or contraction and churn
     *     exceed the start MRR
     */
    public RevenueMovements withContractionMrr(Money amount) {
        Objects.requireNonNull(amount, "contractionMrr must not be null");
        return rebuild(startMrr, newMrr, expansionMrr, amount, churnedMrr, reactivationMrr);
    }

    /**
     * Returns a copy with another churned MRR, the end MRR recomputed.
     *
     * @param amount the churned MRR, not negative, same currency
     * @return the movements, e.g. start JPY 1,500,000 with JPY 300,000 churned ends at
     *     JPY 1,200,000
     * @throws NullPointerException if {@code amount} is null
     * @throws CurrencyMismatchException if the currency differs
     * @throws IllegalArgumentException if {@code amount} is negative or contraction and churn
     *     exceed the start MRR
     */
    public RevenueMovements withChurnedMrr(Money amount) {
        Objects.requireNonNull(amount, "churnedMrr must not be null");
        return rebuild(startMrr, newMrr, expansionMrr, contractionMrr, amount, reactivationMrr);
    }

    /**
     * Returns a copy with another reactivation MRR, the end MRR recomputed.
     *
     * @param amount the reactivation MRR, not negative, same currency
     * @return the movements
     * @throws NullPointerException if {@code amount} is null
     * @throws CurrencyMismatchException if the currency differs
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public RevenueMovements withReactivationMrr(Money amount) {
        Objects.requireNonNull(amount, "reactivationMrr must not be null");
        return rebuild(startMrr, newMrr, expansionMrr, contractionMrr, churnedMrr, amount);
    }

    private RevenueMovements rebuild(Money start, Money added, Money expansion, Money contraction, Money churned,
            Money reactivation) {
        return new RevenueMovements(start, added, expansion, contraction, churned, reactivation,
                bridge(start, added, expansion, contraction, churned, reactivation));
    }

    private static Money bridge(Money start, Money added, Money expansion, Money contraction, Money churned,
            Money reactivation) {
        return start.plus(added).plus(expansion).plus(reactivation).minus(contraction).minus(churned);
    }

    private static void checkCurrency(Money start, Money amount, String name) {
        Objects.requireNonNull(amount, name + " must not be null");
        if (!start.isSameCurrency(amount)) {
            throw new CurrencyMismatchException(start.currency(), amount.currency());
        }
    }

    private static void check(Money start, Money amount, String name) {
        checkCurrency(start, amount, name);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }
}
