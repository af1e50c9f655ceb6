package io.csmetrics.revenue;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which accounts are customers on a free plan in which months: the zero-MRR months that are not
 * "not a customer". Only months with zero MRR are asked about; a month with MRR is paid.
 *
 * <p>Example: {@code FreePlan.byAccountMonths(Map.of("acme", Set.of(YearMonth.of(2024, 1))))}
 * says acme was on the free plan in January 2024.
 *
 * @implSpec Implementations must be immutable and thread-safe; the factories' are, and
 *     serialisable.
 * @since 0.2.0
 */
@FunctionalInterface
public interface FreePlan extends Serializable {

    /**
     * Tells whether an account was a customer on a free plan in a month.
     *
     * @param accountId the account, not blank
     * @param month the month, not null
     * @return true if it was on a free plan
     */
    boolean isFree(String accountId, YearMonth month);

    /**
     * Returns the free plan of nobody: every zero-MRR month is "not a customer".
     *
     * @return the free plan
     */
    static FreePlan none() {
        return (accountId, month) -> false;
    }

    /**
     * Returns a free plan from the months each account spent on it.
     *
     * @param months per account, its free-plan months, not null, no null key, month or set; copied
     * @return the free plan
     * @throws NullPointerException if the map, a key, a set or a month is null
     */
    static FreePlan byAccountMonths(Map<String, ? extends Set<YearMonth>> months) {
        Objects.requireNonNull(months, "months must not be null");
        HashMap<String, TreeSet<YearMonth>> copy = new HashMap<>();
        months.forEach((account, set) -> {
            Objects.requireNonNull(account, "months must not contain a null account");
            Objects.requireNonNull(set, "months of " + account + " must not be null");
            TreeSet<YearMonth> s = new TreeSet<>();
            for (YearMonth m : set) {
                s.add(Objects.requireNonNull(m, "months of " + account + " must not contain null"));
            }
            copy.put(account, s);
        });
        return (accountId, month) -> {
            TreeSet<YearMonth> s = copy.get(accountId);
            return s != null && s.contains(month);
        };
    }
}
