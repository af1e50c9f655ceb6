package io.csmetrics.cohort;

/**
 * The transformation under which a pointwise confidence interval for a Kaplan–Meier survival
 * {@code S(t)} is built from the Greenwood variance. With {@code σ² = Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))}
 * (Greenwood's sum, the variance of {@code log S}) and {@code z} the standard normal quantile
 * {@code Φ⁻¹(1 − (1 − level)/2)}:
 *
 * @since 0.1.0
 */
public enum ConfidenceType {

    /**
     * The default: the complementary log-log ("log-log") interval of Kalbfleisch &amp; Prentice
     * (1980), {@code S^exp(±zσ / log S)}, always inside {@code [0, 1]}; the default of SAS
     * {@code PROC LIFETEST} and {@code conf.type = "log-log"} in R's {@code survival::survfit}.
     */
    LOG_LOG,

    /**
     * The log interval, {@code S · exp(±zσ)}, upper limit capped at 1: R's
     * {@code survival::survfit} default ({@code conf.type = "log"}).
     */
    LOG,

    /**
     * The plain (linear) interval {@code S ± z S σ}, clipped to {@code [0, 1]}:
     * {@code conf.type = "plain"} in R. Poor near 0 and 1.
     */
    PLAIN
}
