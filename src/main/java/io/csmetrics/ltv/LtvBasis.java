package io.csmetrics.ltv;

/**
 * What a lifetime value was computed from. Every basis has the form
 * {@code LTV = price × grossMargin × expectedPayments}; they differ in how the expected number of
 * payments is obtained.
 *
 * @since 0.1.0
 */
public enum LtvBasis {

    /**
     * Average monthly price × average lifetime in months, the documents' definition: 100,000 JPY a
     * month for 24 months is 2,400,000 JPY. {@code expectedPayments} is the lifetime.
     */
    LIFETIME,

    /**
     * Average purchase value × purchase frequency × lifetime, the documents' definition for
     * non-subscription revenue (the classic retail CLV): {@code expectedPayments} is frequency ×
     * lifetime, the expected number of purchases; frequency and lifetime in the same time unit.
     */
    PURCHASE_FREQUENCY,

    /**
     * ARPA / churn rate, the SaaS standard (e.g. David Skok, "SaaS Metrics 2.0"): with a constant
     * monthly churn {@code c} a customer's lifetime in months is geometric with mean {@code 1/c};
     * discounted at {@code d} a month, {@code expectedPayments = (1 + d) / (c + d)} (the first
     * payment at month 0 undiscounted).
     */
    CHURN_RATE,

    /**
     * Price × {@code Σ_{t≥0} S(t) / (1 + d)^t} over any {@link RetentionModel} {@code S}: fitted
     * models (shifted-beta-geometric, Fader and Hardie 2007) or empirical survival curves; the sum
     * is truncated at a stated tolerance or horizon.
     */
    RETENTION_MODEL
}
