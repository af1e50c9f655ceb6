package io.csmetrics.churn;

/**
 * What offsets lost MRR in net revenue churn: expansion alone, or expansion and reactivation.
 *
 * <p>Net revenue churn is {@code (churned + contraction − offset) / base} and is negative when the
 * offset exceeds the losses ("net negative churn"). Example: start MRR 10,000, churned 500,
 * contraction 200, expansion 400, reactivation 100: {@link #EXPANSION} gives 300 / 10,000 = 3 %,
 * {@link #EXPANSION_AND_REACTIVATION} gives 200 / 10,000 = 2 %.
 *
 * @since 0.1.0
 */
public enum NetRevenueChurnOffset {

    /**
     * Expansion MRR only: the net change of the accounts paying at the start of the period
     * (Klipfolio, Chargebee, Baremetrics "Net MRR Churn Rate"; consistent with NRR measured on
     * the starting accounts). Reactivated accounts were not paying at the start, so their MRR
     * is not counted. The default.
     */
    EXPANSION,

    /**
     * Expansion and reactivation MRR: ChartMogul's "Net MRR Churn Rate", "(churn + contraction −
     * expansion − reactivation) / MRR at start of the period", which treats a returning customer
     * as recovering revenue previously lost.
     */
    EXPANSION_AND_REACTIVATION
}
