package io.csmetrics.roi;

/**
 * What a {@link CounterfactualUplift} compares between CS-worked accounts and the control group.
 *
 * @since 0.1.0
 */
public enum UpliftBasis {
    /**
     * Retention and expansion together: each group's ending ARR over its starting ARR, the net
     * revenue retention (NRR) of the group. The default: CS is credited with renewals and upsells.
     */
    NET_RETENTION,
    /**
     * Retention only: each account's ending ARR capped at its starting ARR, over the starting ARR,
     * the gross revenue retention (GRR) of the group.
     */
    GROSS_RETENTION
}
