package io.csmetrics.roi;

import io.csmetrics.Arr;
import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One revenue record tagged for CS attribution: a deal (a renewal, an upsell, a CS-sourced new
 * contract, ...) with its annual recurring amount, the day it closed, the account, the owning CSM
 * and team, and how CS was involved.
 *
 * <p>The amount is the deal's ARR (annual recurring revenue) as an exact {@link Money}; a deal
 * built from an {@link Arr} keeps it exactly when it is a terminating decimal (every ARR of a
 * monthly, quarterly or annual price is). Amounts are not negative: a contraction or a lost
 * renewal is not revenue CS can be credited with, and is measured by the churn family instead.
 *
 * <p>Example: {@code Deal.of("D-1", RevenueStream.RENEWAL, Money.of("12000", "USD"),
 * LocalDate.of(2024, 3, 15), "ACC-1", "Ann", "Enterprise", Involvement.LED)}.
 *
 * @param id the deal's identifier, not blank
 * @param stream the revenue stream, not null
 * @param arr the deal's ARR, not negative, not null
 * @param date the day the deal closed, not null
 * @param accountId the account, not blank
 * @param csm the owning CSM, not blank
 * @param team the owning CS team, not blank
 * @param involvement how CS was involved, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Deal(String id, RevenueStream stream, Money arr, LocalDate date, String accountId, String csm,
        String team, Involvement involvement) implements Serializable {

    /**
     * Validates the deal.
     *
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if a name is blank or {@code arr} is negative
     */
    public Deal {
        notBlank(id, "id");
        Objects.requireNonNull(stream, "stream must not be null");
        Objects.requireNonNull(arr, "arr must not be null");
        Objects.requireNonNull(date, "date must not be null");
        notBlank(accountId, "accountId");
        notBlank(csm, "csm");
        notBlank(team, "team");
        Objects.requireNonNull(involvement, "involvement must not be null");
        if (arr.isNegative()) {
            throw new IllegalArgumentException("arr must not be negative: " + arr + " (deal " + id + ")");
        }
    }

    private static void notBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
    }

    /**
     * Returns a deal whose ARR is given as money per year.
     *
     * @param id the deal's identifier, not blank
     * @param stream the revenue stream, not null
     * @param arr the deal's ARR, not negative, not null
     * @param date the day the deal closed, not null
     * @param accountId the account, not blank
     * @param csm the owning CSM, not blank
     * @param team the owning CS team, not blank
     * @param involvement how CS was involved, not null
     * @return the deal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or {@code arr} is negative
     */
    public static Deal of(String id, RevenueStream stream, Money arr, LocalDate date, String accountId, String csm,
            String team, Involvement involvement) {
        return new Deal(id, stream, arr, date, accountId, csm, team, involvement);
    }

    /**
     * Returns a deal whose ARR is given as an {@link Arr}, kept exactly.
     *
     * @param id the deal's identifier, not blank
     * @param stream the revenue stream, not null
     * @param arr the deal's ARR, a terminating decimal, not negative, not null
     * @param date the day the deal closed, not null
     * @param accountId the account, not blank
     * @param csm the owning CSM, not blank
     * @param team the owning CS team, not blank
     * @param involvement how CS was involved, not null
     * @return the deal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank, {@code arr} is negative, or {@code arr}
     *     is not a terminating decimal (round it with {@link Arr#toMoney(java.math.RoundingMode)}
     *     and use the other factory)
     */
    public static Deal of(String id, RevenueStream stream, Arr arr, LocalDate date, String accountId, String csm,
            String team, Involvement involvement) {
        Objects.requireNonNull(arr, "arr must not be null");
        Money exact;
        try {
            exact = arr.toMoneyExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("arr " + arr + " is not a terminating decimal; round it first (deal "
                    + id + ")", e);
        }
        return new Deal(id, stream, exact, date, accountId, csm, team, involvement);
    }
}
