package io.csmetrics.outcome;

/**
 * Whether a goal is reached by raising its metric (revenue, adoption) or lowering it (cost, handling
 * time, error rate). It follows from the goal: {@code target > baseline} is {@link #INCREASE},
 * {@code target < baseline} is {@link #DECREASE}. The attainment formula
 * {@code (actual − baseline) / (target − baseline)} is correct for both without a sign switch.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum GoalDirection {
    /** The target is above the baseline: higher is better. */
    INCREASE,
    /** The target is below the baseline: lower is better. */
    DECREASE
}
