package io.csmetrics.health;

/**
 * Which tier a signal exactly on a boundary between two {@link Tiers} belongs to.
 *
 * <p>Example, tiers 0–10 → 20 points and 10–20 → 60 points: a signal of exactly 10 scores 20 under
 * {@link #UPPER_INCLUSIVE} and 60 under {@link #LOWER_INCLUSIVE}.
 *
 * @since 0.1.0
 */
public enum TierBoundary {

    /**
     * Each tier includes its upper bound and excludes its lower bound, except the first tier, which
     * includes both: {@code [from₀, to₀], (from₁, to₁], …}. A boundary value belongs to the lower
     * tier. This is ChurnZero's rule ("upper bound inclusive") and Gainsight's scorecard rule
     * ("the From value is excluded, except for the first range"), which coincide on contiguous
     * ranges. The default.
     */
    UPPER_INCLUSIVE,

    /**
     * Each tier includes its lower bound and excludes its upper bound, except the last tier, which
     * includes both: {@code [from₀, to₀), [from₁, to₁), …, [fromₙ, toₙ]}. A boundary value belongs
     * to the higher tier: the half-open convention of thresholds read as "at least N" (e.g. "at
     * least 10 logins a week scores 60").
     */
    LOWER_INCLUSIVE
}
