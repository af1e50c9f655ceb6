package io.csmetrics.activity;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * One account's business result over a period: whether it renewed, and its ARR (or MRR) at the
 * start and at the end, the inputs of a renewal rate and an NRR.
 *
 * <p>Example: {@code AccountResult.of("A", true, Money.of("12000", "USD"), Money.of("15000", "USD"))}:
 * renewed with expansion.
 *
 * @param accountId the account, not blank
 * @param renewed whether it renewed (was still a customer at the end)
 * @param startArr its ARR at the start, not negative
 * @param endArr its ARR at the end, not negative, same currency; zero if it did not renew
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record AccountResult(String accountId, boolean renewed, Money startArr, Money endArr) implements Serializable {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code accountId} is blank, an amount is negative, or a
     *     churned account has a positive end ARR
     * @throws CurrencyMismatchException if the two amounts differ in currency
     */
    public AccountResult {
        accountId = Activity.nonBlank(accountId, "accountId");
        Objects.requireNonNull(startArr, "startArr must not be null");
        Objects.requireNonNull(endArr, "endArr must not be null");
        if (!startArr.isSameCurrency(endArr)) {
            throw new CurrencyMismatchException(startArr.currency(), endArr.currency());
        }
        if (startArr.isNegative() || endArr.isNegative()) {
            throw new IllegalArgumentException("ARR of " + accountId + " must not be negative: start " + startArr
                    + ", end " + endArr);
        }
        if (!renewed && endArr.isPositive()) {
            throw new IllegalArgumentException("account " + accountId + " did not renew but has end ARR " + endArr);
        }
    }

    /**
     * Returns a result.
     *
     * @param accountId the account, not blank
     * @param renewed whether it renewed
     * @param startArr ARR at the start, not negative, not null
     * @param endArr ARR at the end, not negative, not null
     * @return the result
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as for the canonical constructor
     * @throws CurrencyMismatchException if the amounts differ in currency
     */
    public static AccountResult of(String accountId, boolean renewed, Money startArr, Money endArr) {
        return new AccountResult(accountId, renewed, startArr, endArr);
    }
}
