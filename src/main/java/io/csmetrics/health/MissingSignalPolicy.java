package io.csmetrics.health;

/**
 * What a {@link HealthScoreModel} does when an account lacks the signal of one of its measures.
 *
 * <p>Example: weights 20, 15, 22, scores 47, 59 and a missing third signal give 52.14 under
 * {@link #RENORMALISE} ((20·47 + 15·59) / 35), 32.02 under {@link #ZERO} ((20·47 + 15·59 + 22·0) / 57)
 * and an exception under {@link #REJECT}.
 *
 * @since 0.1.0
 */
public enum MissingSignalPolicy {

    /**
     * Score over the measures present: their weights are renormalised to sum to 1 (within each
     * group, and groups with no present measure drop out of the overall mean). Equivalent to
     * scoring with a model that never had the missing measures. Gainsight's behaviour for
     * measures without data, and the default. In a learned (logistic) model a missing measure is
     * taken at its training mean, i.e. it adds nothing to the log-odds.
     */
    RENORMALISE,

    /** A missing signal counts as a measure score of 0 (no data is treated as the worst case). */
    ZERO,

    /** A missing signal is an error: scoring throws {@code IllegalArgumentException} naming it. */
    REJECT
}
