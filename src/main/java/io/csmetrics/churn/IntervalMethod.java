package io.csmetrics.churn;

/**
 * The method of a binomial confidence interval for a churn proportion (churned of customers at
 * risk).
 *
 * <p>Example, Newcombe (1998, Statistics in Medicine 17:857), 81 of 263 at 95 %: Wilson 0.2553 to 0.3662,
 * Clopper–Pearson 0.2527 to 0.3676.
 *
 * @since 0.1.0
 */
public enum IntervalMethod {

    /**
     * The Wilson score interval (Wilson 1927), without continuity correction:
     * {@code (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)}, where {@code p̂ = x / n},
     * {@code x} the churned count, {@code n} the customers at risk and {@code z} the standard
     * normal quantile at {@code 1 − α/2}. Coverage close to nominal even for small {@code n} and
     * rates near 0, where the Wald interval fails (Newcombe 1998, Brown, Cai and DasGupta 2001).
     * The default.
     */
    WILSON,

    /**
     * The Clopper–Pearson "exact" interval (Clopper and Pearson 1934): the beta quantiles
     * {@code B(α/2; x, n − x + 1)} and {@code B(1 − α/2; x + 1, n − x)}, with lower bound 0 when
     * {@code x = 0} and upper bound 1 when {@code x = n}. Guaranteed coverage at least the nominal
     * level; wider than Wilson.
     */
    CLOPPER_PEARSON
}
