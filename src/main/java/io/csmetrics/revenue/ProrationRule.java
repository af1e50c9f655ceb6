package io.csmetrics.revenue;

/**
 * How a subscription that starts, ends or changes in the middle of a month counts in that month's
 * MRR.
 *
 * <p>Example: a USD 300/month item starting on 11 April (30 days). {@link #END_OF_MONTH_SNAPSHOT}:
 * April MRR USD 300 (it is active on 30 April). {@link #DAY_WEIGHTED}: 300 × 20/30 = USD 200. An
 * item ending on 11 April: USD 0 and USD 100 respectively.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.2.0
 */
public enum ProrationRule {

    /**
     * The items active on the last day of the month, at full monthly value: the month-end snapshot
     * the MRR bridge needs (each month one state per account, and a change is a movement of the
     * month it happens in). The default, as in ChartMogul's and Baremetrics' month-end MRR.
     */
    END_OF_MONTH_SNAPSHOT,

    /**
     * Each item's monthly value times the share of the month's days it is active (and discounted
     * or not): revenue-like, closer to what is invoiced after proration, but an item changed
     * mid-month shows as two partial movements.
     */
    DAY_WEIGHTED
}
