package io.csmetrics.health;

/**
 * How a {@link HealthScoreModel} combines its measures' scores into the overall score.
 *
 * @since 0.1.0
 */
public enum Aggregation {

    /**
     * The weighted mean {@code Σ(Wᵢ·Mᵢ) / ΣWᵢ}, within each group and then over groups, with
     * weights normalised to sum to 1 (Gainsight scorecards). Example: weights 20, 15, 22 and
     * scores 47, 59, 21 give 2287/57 = 40.1228…, shown as 40. The default.
     */
    WEIGHTED_MEAN,

    /**
     * The worst measure decides (Totango's health rule: good only if every criterion is good,
     * poor if any is poor, otherwise average): the overall score is the lowest score among the
     * measures counted, so the overall band is the worst measure's band. Weights are not used.
     */
    WORST_OF,

    /**
     * A learned logistic model: {@code 100 × P(renew)}, where
     * {@code P = 1 / (1 + e^(−z))}, {@code z = β₀ + Σ βⱼ (Mⱼ − μⱼ) / σⱼ}. Built only by
     * {@link LearnedWeights}.
     */
    LOGISTIC
}
