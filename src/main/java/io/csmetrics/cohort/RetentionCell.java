package io.csmetrics.cohort;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

/**
 * One cell of a cohort retention matrix: for one cohort and one month {@code k} since acquisition,
 * the accounts observed and retained and their MRR, in the currency's minor units.
 *
 * <p>Definitions (each account {@code i} observed in month {@code k}, with starting MRR
 * {@code m0_i} in its acquisition month and MRR {@code mk_i} in month {@code k}, zero when it
 * does not count as retained under the matrix's {@link CohortReactivationRule}):
 * <ul>
 * <li>logo retention = retained accounts / observed accounts;</li>
 * <li>gross revenue retention (GRR) = {@code Σ min(mk_i, m0_i) / Σ m0_i}: each account's MRR is
 * capped at its own starting MRR, so expansion never hides a loss (the standard GRR cap);</li>
 * <li>net revenue retention (NRR) = {@code Σ mk_i / Σ m0_i}: expansion included, so it can exceed
 * 1.</li>
 * </ul>
 * Logo retention of a cohort never rises from one month to the next under
 * {@link CohortReactivationRule#NOT_RETAINED}; GRR can, when an account that contracted grows back
 * towards its starting MRR.
 *
 * <p><b>Right-censoring.</b> An account acquired in month {@code c} is observable in month
 * {@code k} only if {@code c + k} is not after the matrix's "as of" month. A cell in which no
 * account is observable is <em>not observable</em> ({@link #isObservable()} is false): its
 * counts are zero and every rate is an undefined {@link Ratio} (zero denominator), never 0.
 *
 * <p>Example: a cohort of 4 accounts paying 100, 100, 200, 400 (cents) at acquisition; in month 2
 * two remain, paying 150 (was 100) and 300 (was 400): logo 2/4, GRR (100 + 300)/800 = 1/2,
 * NRR (150 + 300)/800 = 9/16.
 *
 * @param observedAccounts accounts observable in this month (the denominator of logo retention), not negative
 * @param retainedAccounts accounts retained in this month, from 0 to {@code observedAccounts}
 * @param startingMrrMinor the observed accounts' starting MRR in minor units (the revenue denominators), not negative
 * @param grossRetainedMrrMinor {@code Σ min(mk, m0)} in minor units, from 0 to {@code startingMrrMinor}
 * @param netRetainedMrrMinor {@code Σ mk} in minor units, not negative
 * @param currency the currency of the amounts, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record RetentionCell(long observedAccounts, long retainedAccounts, long startingMrrMinor,
        long grossRetainedMrrMinor, long netRetainedMrrMinor, Currency currency) implements Serializable {

    /**
     * Validates the cell.
     *
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if a count or amount is negative or a retained part exceeds its whole
     */
    public RetentionCell {
        Objects.requireNonNull(currency, "currency must not be null");
        if (observedAccounts < 0 || startingMrrMinor < 0 || netRetainedMrrMinor < 0) {
            throw new IllegalArgumentException("counts and amounts must not be negative: observedAccounts="
                    + observedAccounts + ", startingMrrMinor=" + startingMrrMinor + ", netRetainedMrrMinor="
                    + netRetainedMrrMinor);
        }
        if (retainedAccounts < 0 || retainedAccounts > observedAccounts) {
            throw new IllegalArgumentException("retainedAccounts (" + retainedAccounts + ") must be in 0.."
                    + observedAccounts + " (observedAccounts)");
        }
        if (grossRetainedMrrMinor < 0 || grossRetainedMrrMinor > startingMrrMinor) {
            throw new IllegalArgumentException("grossRetainedMrrMinor (" + grossRetainedMrrMinor + ") must be in 0.."
                    + startingMrrMinor + " (startingMrrMinor)");
        }
    }

    /**
     * Tells whether at least one account is observable in this cell (see the class documentation).
     *
     * @return false for a right-censored cell
     */
    public boolean isObservable() {
        return observedAccounts > 0;
    }

    /**
     * Returns logo retention, retained over observed accounts.
     *
     * @return e.g. {@code 2/4}; undefined ({@code 0/0}) when the cell is not observable
     */
    public Ratio logoRetention() {
        return Ratio.of(retainedAccounts, observedAccounts);
    }

    /**
     * Returns gross revenue retention, {@code Σ min(mk, m0) / Σ m0}.
     *
     * @return a ratio of minor units in {@code [0, 1]}; undefined when the starting MRR is zero
     *     (no observable account)
     */
    public Ratio grossRevenueRetention() {
        return Ratio.of(grossRetainedMrrMinor, startingMrrMinor);
    }

    /**
     * Returns net revenue retention, {@code Σ mk / Σ m0}, expansion included.
     *
     * @return a ratio of minor units, may exceed 1; undefined when the starting MRR is zero
     */
    public Ratio netRevenueRetention() {
        return Ratio.of(netRetainedMrrMinor, startingMrrMinor);
    }

    /**
     * Returns the observed accounts' starting MRR.
     *
     * @return the amount at the currency's scale
     */
    public Money startingMrr() {
        return Money.ofMinor(startingMrrMinor, currency);
    }

    /**
     * Returns the capped (gross) retained MRR.
     *
     * @return the amount at the currency's scale
     */
    public Money grossRetainedMrr() {
        return Money.ofMinor(grossRetainedMrrMinor, currency);
    }

    /**
     * Returns the retained MRR with expansion (net).
     *
     * @return the amount at the currency's scale
     */
    public Money netRetainedMrr() {
        return Money.ofMinor(netRetainedMrrMinor, currency);
    }

    /**
     * Returns a readable summary, e.g. {@code "2/4 accounts, GRR 400/800, NRR 450/800"} or
     * {@code "not observable"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return isObservable() ? retainedAccounts + "/" + observedAccounts + " accounts, GRR " + grossRetainedMrrMinor
                + "/" + startingMrrMinor + ", NRR " + netRetainedMrrMinor + "/" + startingMrrMinor + " ("
                + currency.getCurrencyCode() + " minor units)" : "not observable";
    }
}
