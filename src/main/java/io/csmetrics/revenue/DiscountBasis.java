package io.csmetrics.revenue;

/**
 * Whether MRR is stated net of discounts or gross (list price).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.2.0
 */
public enum DiscountBasis {

    /**
     * MRR net of discounts and coupons: what the customer actually pays (ChartMogul, ProfitWell
     * and Baremetrics all report MRR this way). The default.
     */
    NET,

    /** MRR at list price, discounts ignored: the value of the book once discounts end. */
    GROSS
}
