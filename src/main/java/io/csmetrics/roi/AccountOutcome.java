package io.csmetrics.roi;

import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * One account's ARR at the start and end of a period, and whether CS worked with it, the record a
 * {@link CounterfactualUplift} compares between CS-worked accounts and a control group.
 *
 * @param accountId the account, not blank
 * @param csWorked true if CS worked the account, false if it belongs to the control group
 * @param startArr the account's ARR at the start of the period, not negative
 * @param endArr its ARR at the end (zero if it churned), not negative, same currency
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record AccountOutcome(String accountId, boolean csWorked, Money startArr, Money endArr)
        implements Serializable {

    /**
     * Validates the outcome.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code accountId} is blank or an amount is negative
     * @throws io.csmetrics.CurrencyMismatchException if the amounts' currencies differ
     */
    public AccountOutcome {
        Objects.requireNonNull(accountId, "accountId must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        Objects.requireNonNull(startArr, "startArr must not be null");
        Objects.requireNonNull(endArr, "endArr must not be null");
        startArr.compareTo(endArr);
        if (startArr.isNegative() || endArr.isNegative()) {
            throw new IllegalArgumentException("startArr and endArr must not be negative: " + startArr + ", "
                    + endArr + " (account " + accountId + ")");
        }
    }

    /**
     * Returns an account outcome.
     *
     * @param accountId the account, not blank
     * @param csWorked true if CS worked the account
     * @param startArr ARR at the start, not negative
     * @param endArr ARR at the end, not negative, same currency
     * @return the outcome
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank or an amount is negative
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public static AccountOutcome of(String accountId, boolean csWorked, Money startArr, Money endArr) {
        return new AccountOutcome(accountId, csWorked, startArr, endArr);
    }
}
