package io.csmetrics.outcome;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state of many customers' goals at a date: goals per status, and the share of customers whose
 * goals are attained or on track.
 *
 * <p><b>Formulas.</b> {@code goalShare = (ATTAINED + ON_TRACK goals) / goals};
 * {@code customerShare(EVERY_GOAL) = customers whose every goal is attained or on track / customers}
 * and {@code customerShare(ANY_GOAL)} likewise with at least one goal. Goals with
 * {@link GoalStatus#NO_DATA} count as not successful (success is not assumed without evidence).
 * With no goals each share is an undefined {@link Ratio} (0/0).
 *
 * <p>Example: customer A with goals ATTAINED and BEHIND, customer B with one ON_TRACK: goal share
 * 2/3, customer share 1/2 (every goal) or 2/2 (any goal).
 *
 * @param asOf the date the statuses are taken at, not null
 * @param goalsByStatus the number of goals per status (every status present, 0 if none), not null
 * @param customers the number of distinct customers, not negative
 * @param customersEveryGoalSuccessful customers all of whose goals are attained or on track
 * @param customersAnyGoalSuccessful customers with at least one goal attained or on track
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record GoalPortfolioResult(LocalDate asOf, Map<GoalStatus, Long> goalsByStatus, long customers,
        long customersEveryGoalSuccessful, long customersAnyGoalSuccessful) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the result and copies the counts.
     *
     * @param asOf the date, not null
     * @param goalsByStatus the goals per status, not null; missing statuses count 0
     * @param customers the number of customers, not negative
     * @param customersEveryGoalSuccessful in {@code 0..customersAnyGoalSuccessful}
     * @param customersAnyGoalSuccessful in {@code 0..customers}
     * @throws NullPointerException if {@code asOf}, {@code goalsByStatus} or a count in it is null
     * @throws IllegalArgumentException if a count is negative or the customer counts are inconsistent
     */
    public GoalPortfolioResult {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(goalsByStatus, "goalsByStatus must not be null");
        EnumMap<GoalStatus, Long> copy = new EnumMap<>(GoalStatus.class);
        for (GoalStatus s : GoalStatus.values()) {
            long n = Objects.requireNonNull(goalsByStatus.getOrDefault(s, 0L), "count of " + s + " must not be null");
            if (n < 0) {
                throw new IllegalArgumentException("count of " + s + " must not be negative: " + n);
            }
            copy.put(s, n);
        }
        goalsByStatus = Collections.unmodifiableMap(copy);
        if (customers < 0) {
            throw new IllegalArgumentException("customers must not be negative: " + customers);
        }
        if (customersAnyGoalSuccessful < 0 || customersAnyGoalSuccessful > customers) {
            throw new IllegalArgumentException("customersAnyGoalSuccessful (" + customersAnyGoalSuccessful
                    + ") must be in 0.." + customers);
        }
        if (customersEveryGoalSuccessful < 0 || customersEveryGoalSuccessful > customersAnyGoalSuccessful) {
            throw new IllegalArgumentException("customersEveryGoalSuccessful (" + customersEveryGoalSuccessful
                    + ") must be in 0.." + customersAnyGoalSuccessful);
        }
    }

    /**
     * Returns the number of goals.
     *
     * @return the goals of all statuses
     */
    public long goals() {
        long n = 0;
        for (long c : goalsByStatus.values()) {
            n += c;
        }
        return n;
    }

    /**
     * Returns the number of goals with a status.
     *
     * @param status the status, not null
     * @return the count
     * @throws NullPointerException if {@code status} is null
     */
    public long goals(GoalStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        return goalsByStatus.get(status);
    }

    /**
     * Returns the share of goals attained or on track.
     *
     * @return the ratio; undefined (0/0) with no goals
     */
    public Ratio goalShare() {
        return Ratio.of(goals(GoalStatus.ATTAINED) + goals(GoalStatus.ON_TRACK), goals());
    }

    /**
     * Returns the share of customers whose every goal is attained or on track.
     *
     * @return the ratio; undefined (0/0) with no customers
     */
    public Ratio customerShare() {
        return customerShare(PortfolioBasis.EVERY_GOAL);
    }

    /**
     * Returns the share of customers succeeding on a basis.
     *
     * @param basis every goal or any goal, not null
     * @return the ratio; undefined (0/0) with no customers
     * @throws NullPointerException if {@code basis} is null
     */
    public Ratio customerShare(PortfolioBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return Ratio.of(basis == PortfolioBasis.EVERY_GOAL ? customersEveryGoalSuccessful : customersAnyGoalSuccessful,
                customers);
    }
}
