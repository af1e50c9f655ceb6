package io.csmetrics.outcome;

/**
 * When a customer with several goals counts as succeeding in a {@link GoalPortfolio}.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum PortfolioBasis {
    /**
     * Every one of the customer's goals is attained or on track: the strict reading, and the
     * default, since a customer missing one of the outcomes they bought for is at risk.
     */
    EVERY_GOAL,
    /** At least one of the customer's goals is attained or on track. */
    ANY_GOAL
}
