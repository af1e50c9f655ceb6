package io.csmetrics.cohort;

/**
 * Which rate of a {@link RetentionCell} an average across cohorts is taken of.
 *
 * @since 0.1.0
 */
public enum RetentionMeasure {

    /** Logo (account) retention: retained accounts / observed accounts. */
    LOGO,

    /** Gross revenue retention: each account's MRR capped at its starting MRR, over starting MRR. */
    GROSS_REVENUE,

    /** Net revenue retention: MRR with expansion, over starting MRR. */
    NET_REVENUE
}
