package io.csmetrics.health;

/**
 * How much human attention an account gets, by its lifetime value (the seeds' touch model).
 *
 * @since 0.1.0
 */
public enum TouchTier {
    /** A named CSM, regular business reviews: the highest-LTV accounts. */
    HIGH_TOUCH,
    /** Pooled CSMs and one-to-many programmes: the middle tier. */
    LOW_TOUCH,
    /** Automated, digital-only engagement: the rest. */
    TECH_TOUCH
}
