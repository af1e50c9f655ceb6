package io.csmetrics.activity;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * The business result of one group of accounts: how many renewed and the group's NRR.
 *
 * <p>{@code renewalRate = renewed / accounts}; {@code nrr = Σ endArr / Σ startArr} over the group
 * (the start ARR of every account in the group, the end ARR of the same accounts, so new business
 * never enters). An empty group, or one with no start ARR, has undefined rates (0/0), never 0.
 *
 * @param label what the group is, not null
 * @param accounts the accounts in the group
 * @param renewed how many of them renewed
 * @param startArr their ARR at the start, not null
 * @param endArr their ARR at the end, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record GroupResult(String label, long accounts, long renewed, Money startArr, Money endArr) {

    /**
     * Validates the group.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the counts are negative or {@code renewed > accounts}
     */
    public GroupResult {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(startArr, "startArr must not be null");
        Objects.requireNonNull(endArr, "endArr must not be null");
        if (accounts < 0 || renewed < 0 || renewed > accounts) {
            throw new IllegalArgumentException("renewed (" + renewed + ") must be within 0..accounts (" + accounts
                    + ")");
        }
    }

    /**
     * Returns the renewal rate.
     *
     * @return renewed / accounts; 0/0 (undefined) for an empty group
     */
    public Ratio renewalRate() {
        return Ratio.of(renewed, accounts);
    }

    /**
     * Returns the group's net revenue retention.
     *
     * @return Σ end ARR / Σ start ARR; undefined when the start ARR is zero
     */
    public Ratio nrr() {
        return Ratio.of(endArr.amount(), startArr.amount());
    }

    @Override
    public String toString() {
        return label + ": " + renewed + " of " + accounts + " renewed, NRR " + endArr + " / " + startArr;
    }
}
