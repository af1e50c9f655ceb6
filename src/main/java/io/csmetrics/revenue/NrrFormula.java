package io.csmetrics.revenue;

/**
 * Which losses net revenue retention subtracts.
 *
 * <p>Both are measured on the accounts paying at the start month (new accounts excluded), with
 * {@code S} their MRR at the start, {@code E} expansion (the documents' "upsell"), {@code C}
 * contraction and {@code X} churned MRR of those accounts by the end month (see
 * {@link RevenueRetention}).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum NrrFormula {

    /**
     * {@code NRR = (S + E − C − X) / S}, i.e. the end MRR of the start accounts over their start
     * MRR: the industry-standard definition (e.g. KeyBanc SaaS survey, ChartMogul, Stripe), which
     * subtracts contraction as well as churn. The default.
     */
    STANDARD,

    /**
     * {@code NRR = (S + E − X) / S}: the documents' simpler form "(start MRR + upsell − churned MRR)
     * / start MRR", which ignores contraction; it equals {@link #STANDARD} when no account
     * shrank and exceeds it otherwise.
     */
    DOCUMENTS_SIMPLE
}
