package io.csmetrics.roi;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The counterfactual measure of CS's contribution, reported beside the multiplier method of
 * {@link RoiAttribution}: the retention (or retention and expansion) of the accounts CS worked with
 * against a comparable control group, and the incremental ARR it implies (see {@link Uplift} for
 * the formula).
 *
 * <p>Where the multiplier method asks the user how much of each deal CS caused, this one lets the
 * data say it, provided the control group is comparable (same segments, sizes and tenure, ideally
 * chosen at random); choosing it is the user's part and the library cannot check it.
 *
 * <p>Edge cases: with no control accounts (or none with starting ARR) the control retention and the
 * incremental ARR are undefined ({@link Uplift#incrementalArr(java.math.RoundingMode)} throws
 * {@link io.csmetrics.UndefinedMetricException}).
 *
 * <p>This is a mutable {@link Accumulator} of {@link AccountOutcome}s; sequential, combined and
 * parallel results are equal exactly. Its memory is constant.
 *
 * @since 0.1.0
 */
public final class CounterfactualUplift implements Accumulator<AccountOutcome, CounterfactualUplift> {

    private static final long serialVersionUID = 1L;

    private final Currency currency;
    private final long[] accounts = new long[2];
    private final BigDecimal[] start = {BigDecimal.ZERO, BigDecimal.ZERO};
    private final BigDecimal[] end = {BigDecimal.ZERO, BigDecimal.ZERO};
    private final BigDecimal[] retained = {BigDecimal.ZERO, BigDecimal.ZERO};

    private CounterfactualUplift(Currency currency) {
        this.currency = currency;
    }

    /**
     * Returns an empty accumulator.
     *
     * @param currency the currency of the ARR amounts, not null
     * @return a new accumulator
     * @throws NullPointerException if {@code currency} is null
     */
    public static CounterfactualUplift create(Currency currency) {
        Money.zero(currency);
        return new CounterfactualUplift(currency);
    }

    /**
     * Returns a collector; its result is the accumulator.
     *
     * @param currency the currency of the ARR amounts, not null
     * @return the collector, safe for parallel streams
     * @throws NullPointerException if {@code currency} is null
     */
    public static Collector<AccountOutcome, CounterfactualUplift, CounterfactualUplift> collector(Currency currency) {
        create(currency);
        return Accumulator.collector(() -> create(currency), a -> a);
    }

    /**
     * Adds one account's outcome.
     *
     * @param outcome the outcome, not null
     * @throws NullPointerException if {@code outcome} is null
     * @throws CurrencyMismatchException if it is in another currency
     */
    @Override
    public void accept(AccountOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome must not be null");
        if (!outcome.startArr().currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, outcome.startArr().currency());
        }
        int g = outcome.csWorked() ? 0 : 1;
        BigDecimal s = outcome.startArr().amount();
        BigDecimal e = outcome.endArr().amount();
        accounts[g]++;
        start[g] = start[g].add(s);
        end[g] = end[g].add(e);
        retained[g] = retained[g].add(s.min(e));
    }

    /**
     * Adds another accumulator's outcomes to this one.
     *
     * @param other the other accumulator, same currency, not null; not changed
     * @return this accumulator
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if an account count would overflow a {@code long}; this is unchanged
     */
    @Override
    public CounterfactualUplift combine(CounterfactualUplift other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        long[] sum = new long[2];
        for (int g = 0; g < 2; g++) {
            try {
                sum[g] = Math.addExact(accounts[g], other.accounts[g]);
            } catch (ArithmeticException e) {
                throw new ArithmeticException("combining uplift accounts overflows a long: " + (g == 0 ? "worked " : "not worked ")
                        + accounts[g] + " + " + other.accounts[g]);
            }
        }
        for (int g = 0; g < 2; g++) {
            accounts[g] = sum[g];
            start[g] = start[g].add(other.start[g]);
            end[g] = end[g].add(other.end[g]);
            retained[g] = retained[g].add(other.retained[g]);
        }
        return this;
    }

    /**
     * Returns the uplift on the net-retention basis (retention and expansion).
     *
     * @return the uplift
     */
    public Uplift uplift() {
        return uplift(UpliftBasis.NET_RETENTION);
    }

    /**
     * Returns the uplift on a basis.
     *
     * @param basis what to compare, not null
     * @return the uplift
     * @throws NullPointerException if {@code basis} is null
     */
    public Uplift uplift(UpliftBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        BigDecimal[] ending = basis == UpliftBasis.NET_RETENTION ? end : retained;
        return new Uplift(basis, accounts[0], accounts[1], Money.of(start[0], currency), Money.of(ending[0], currency),
                Money.of(start[1], currency), Money.of(ending[1], currency));
    }

    @Override
    public String toString() {
        return "CounterfactualUplift{" + uplift() + "}";
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
            java.util.Objects.requireNonNull(currency, "currency must not be null");
            if (java.util.Objects.requireNonNull(accounts, "accounts must not be null").length != 2 || java.util.Objects.requireNonNull(start, "start must not be null").length != 2
                    || java.util.Objects.requireNonNull(end, "end must not be null").length != 2
                    || java.util.Objects.requireNonNull(retained, "retained must not be null").length != 2) {
                throw new IllegalArgumentException("the state must have two groups");
            }
            for (int g = 0; g < 2; g++) {
                if (accounts[g] < 0 || start[g] == null || end[g] == null || retained[g] == null || start[g].signum() < 0
                        || end[g].signum() < 0 || retained[g].signum() < 0) {
                    throw new IllegalArgumentException("group " + g + " must have non-negative accounts and amounts");
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid CounterfactualUplift: " + e.getMessage())
                    .initCause(e);
        }
    }
}
