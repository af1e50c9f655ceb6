package io.csmetrics.revenue;

/**
 * How revenue retention treats a start account that stopped paying inside the window (MRR zero in
 * at least one month strictly between the start and end months) and pays again at the end.
 *
 * <p>Over one month there is no month in between, so both rules give the same result.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum ReactivationRule {

    /**
     * The account counts with its end MRR, like any other start account: retention compares each
     * start account's MRR at the end with its MRR at the start, whatever happened in between
     * (the usual point-to-point cohort measure). The default.
     */
    INCLUDE_REACTIVATED,

    /**
     * The account counts as churned (end MRR zero): revenue that left and came back is treated as
     * won again, not retained. A stricter variant, for readers who want retention to measure
     * uninterrupted paying relationships only.
     */
    EXCLUDE_REACTIVATED
}
