package io.csmetrics.revenue;

/**
 * Which exchange rate converts an account's MRR into the reporting currency, and so whether FX
 * moves appear in the bridge at all.
 *
 * <p>Example: an account paying EUR 100.00 every month, with EUR→USD at 1.10 in January and 1.20
 * in February. Under {@link #MONTHLY_RATE} it is USD 110.00 in January and USD 120.00 in
 * February, and the USD 10.00 difference is an FX impact, not an expansion. Under
 * {@link #RATE_AT_ACCOUNT_START} (account started in January) it is USD 110.00 in both months and
 * there is no FX line.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.2.0
 */
public enum FxPolicy {

    /**
     * Each month's MRR at that month's rate: the reporting-currency MRR is what the book is worth
     * today, and the change in value of continuing accounts' MRR is reported apart as the FX impact
     * (ChartMogul's "FX impact" in its MRR movements). The default.
     */
    MONTHLY_RATE,

    /**
     * Every month of an account at the rate of the account's first paying month (constant
     * currency): FX moves never show, neither as movements nor as an FX line, so growth is measured
     * in the customer's own currency (the "constant currency" view of finance teams).
     */
    RATE_AT_ACCOUNT_START
}
