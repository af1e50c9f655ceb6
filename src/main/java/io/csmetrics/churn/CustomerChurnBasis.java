package io.csmetrics.churn;

/**
 * The denominator of customer churn: which customers the churned ones are counted out of.
 *
 * <p>Example: 100 customers at the start of a month, 20 new during it, 10 of the starting ones
 * lost: {@link #START_OF_PERIOD} gives 10 / 100 = 10 %, {@link #START_PLUS_NEW} gives
 * 10 / 120 = 8.33 %.
 *
 * @since 0.1.0
 */
public enum CustomerChurnBasis {

    /**
     * Customers at the start of the period, {@code S}: the industry-standard definition (e.g.
     * ChartMogul's and Baremetrics' customer churn rate, "churned customers / customers at the
     * start of the period") and the documents' (10 of 100 = 10 %). The default.
     */
    START_OF_PERIOD,

    /**
     * Customers at the start plus customers acquired during the period, {@code S + N}: every
     * customer who was at risk of churning at some time in the period. Used by companies that
     * acquire many customers relative to their base, where the start-of-period rate overstates
     * churn; it never exceeds 100 % even when within-period churn is counted.
     */
    START_PLUS_NEW
}
