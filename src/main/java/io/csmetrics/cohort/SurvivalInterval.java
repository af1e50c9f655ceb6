package io.csmetrics.cohort;

import java.io.Serializable;
import java.util.Objects;

/**
 * A pointwise confidence interval for a survival probability.
 *
 * @param lower the lower limit, in {@code [0, 1]}
 * @param upper the upper limit, in {@code [lower, 1]}
 * @param level the confidence level, in {@code (0, 1)}, e.g. 0.95
 * @param type how it was built, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SurvivalInterval(double lower, double upper, double level, ConfidenceType type) implements Serializable {

    /**
     * Validates the interval.
     *
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if the limits are not {@code 0 ≤ lower ≤ upper ≤ 1} or the
     *     level is not in {@code (0, 1)}
     */
    public SurvivalInterval {
        Objects.requireNonNull(type, "type must not be null");
        if (!(lower >= 0 && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("limits must satisfy 0 <= lower <= upper <= 1: [" + lower + ", " + upper
                    + "]");
        }
        KaplanMeier.checkLevel(level);
    }
}
