package io.csmetrics.cohort;

/**
 * How the rates of several cohorts for the same month since acquisition are averaged. The two
 * differ whenever cohorts differ in size, and users confuse them: a cohort of 10 retaining 9 and a
 * cohort of 990 retaining 495 average to (0.9 + 0.5) / 2 = 0.7 by {@link #SIMPLE_MEAN} but to
 * 504 / 1000 = 0.504 by {@link #POOLED}.
 *
 * <p>Only cohorts whose cell is observable in that month take part; right-censored cells are left
 * out, never counted as 0.
 *
 * @since 0.1.0
 */
public enum CohortAveraging {

    /**
     * The default: size-weighted, {@code Σ retained / Σ base} over the cohorts (for revenue
     * measures the base is starting MRR, so cohorts are weighted by revenue). It is the retention of
     * all observed accounts pooled together, and what a blended "month-k retention" should mean.
     */
    POOLED,

    /**
     * The unweighted mean of the cohorts' rates, {@code (1/n) Σ (retained_i / base_i)}: every
     * cohort counts the same whatever its size, as averaging the percentages of a spreadsheet
     * triangle's column does.
     */
    SIMPLE_MEAN
}
