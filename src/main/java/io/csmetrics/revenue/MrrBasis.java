package io.csmetrics.revenue;

/**
 * Which MRR a figure is stated in: what is billed now, or what is committed by signed contracts.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.2.0
 */
public enum MrrBasis {

    /** MRR of the subscriptions active now: the default, and what the bridge measures. */
    CURRENT,

    /**
     * Committed MRR (CMRR): current MRR plus contracts signed but not yet started, minus scheduled
     * cancellations and downgrades (the definition of the SaaS investor literature, e.g. Bessemer's
     * and ChartMogul's "committed MRR"). See {@link CommittedMrr}.
     */
    COMMITTED
}
