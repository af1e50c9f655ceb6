package io.csmetrics.churn;

import java.util.Locale;
import java.util.Objects;

/**
 * A binomial confidence interval for a churn proportion: {@code churned} of {@code atRisk}
 * customers.
 *
 * <p>Bounds are probabilities in {@code [0, 1]} ({@code double}: a statistical model), computed
 * by {@link IntervalMethod}. Example (Newcombe 1998, Statistics in Medicine 17:857): 81 of 263 at 95 % by
 * {@code WILSON} is 0.2553 to 0.3662.
 *
 * @param method how the interval was computed, not null
 * @param confidenceLevel the nominal coverage, in (0, 1), e.g. 0.95
 * @param churned the churned customers, 0 to {@code atRisk}
 * @param atRisk the customers at risk, positive
 * @param lower the lower bound, in [0, {@code upper}]
 * @param upper the upper bound, in [{@code lower}, 1]
 * @since 0.1.0
 */
public record ChurnInterval(IntervalMethod method, double confidenceLevel, long churned, long atRisk, double lower,
        double upper) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if a component is out of its range
     */
    public ChurnInterval {
        Objects.requireNonNull(method, "method must not be null");
        ChurnCalculator.checkConfidenceLevel(confidenceLevel);
        if (atRisk <= 0) {
            throw new IllegalArgumentException("atRisk must be positive: " + atRisk);
        }
        if (churned < 0 || churned > atRisk) {
            throw new IllegalArgumentException("churned must be in 0.." + atRisk + ": " + churned);
        }
        if (!(0 <= lower && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= lower <= upper <= 1: " + lower + ", " + upper);
        }
    }

    /**
     * Returns the point estimate {@code churned / atRisk}.
     *
     * @return the observed proportion, in [0, 1]
     */
    public double estimate() {
        return (double) churned / atRisk;
    }

    /**
     * Returns e.g. {@code ChurnInterval{WILSON 95.0 %: 81/263 = 30.80 % in [25.53 %, 36.62 %]}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ChurnInterval{%s %.1f %%: %d/%d = %.2f %% in [%.2f %%, %.2f %%]}", method,
                confidenceLevel * 100, churned, atRisk, estimate() * 100, lower * 100, upper * 100);
    }
}
