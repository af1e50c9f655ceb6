package io.csmetrics.revenue;

/**
 * Whether reactivated MRR counts as a gain in the SaaS quick ratio.
 *
 * <p>Mamoon Hamid's original quick ratio (Social Capital, 2015) is
 * {@code (new + expansion) / (churn + contraction)}; his MRR data had no separate reactivation
 * class. Subscription analytics vendors that split reactivation out (ChartMogul, Baremetrics) add it
 * to the gains, so that gains − losses is the period's net new MRR. That is the default here.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum QuickRatioBasis {

    /**
     * {@code (new + expansion + reactivation) / (contraction + churn)}: every gain of the bridge
     * over every loss (ChartMogul, Baremetrics). The default.
     */
    WITH_REACTIVATION,

    /**
     * {@code (new + expansion) / (contraction + churn)}: Hamid's four-term formula taken
     * literally, reactivations ignored.
     */
    WITHOUT_REACTIVATION
}
