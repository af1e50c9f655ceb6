package io.csmetrics.activity;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The difference of two independent proportions {@code p₁ − p₂} with Newcombe's hybrid score
 * interval (Newcombe 1998, method 10: the two Wilson score intervals combined by the square-and-add
 * rule).
 *
 * <p>With {@code pᵢ = xᵢ/nᵢ} and Wilson limits {@code (lᵢ, uᵢ)} at the same level,
 * {@code lower = (p₁ − p₂) − √((p₁ − l₁)² + (u₂ − p₂)²)} and
 * {@code upper = (p₁ − p₂) + √((u₁ − p₁)² + (p₂ − l₂)²)}. The Wilson limits are
 * {@code (2np + z² ∓ z√(z² + 4np(1 − p))) / (2(n + z²))}. The interval stays within [−1, 1] and, unlike
 * the Wald interval, is not degenerate at 0 or n successes.
 *
 * <p>Worked example (Newcombe 1998, Table II, example (a)): 56/70 − 48/80 = 0.2000, 95 % interval
 * 0.0524 to 0.3339; example (b): 9/10 − 3/10 = 0.6, 0.1705 to 0.8090; example (f): 10/10 − 0/20 = 1,
 * 0.6791 to 1.
 *
 * @param first the first proportion {@code x₁/n₁}
 * @param second the second proportion {@code x₂/n₂}
 * @param difference {@code p₁ − p₂}
 * @param lower the interval's lower limit
 * @param upper the interval's upper limit
 * @param confidenceLevel the level, in (0, 1)
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record ProportionDifference(Ratio first, Ratio second, double difference, double lower, double upper,
        double confidenceLevel) {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a proportion is null
     * @throws IllegalArgumentException if a number is not finite or the level is not in (0, 1)
     */
    public ProportionDifference {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        finite("difference", difference);
        finite("lower", lower);
        finite("upper", upper);
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + confidenceLevel);
        }
    }

    private static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
    }

    /**
     * Computes the difference and its Newcombe hybrid score interval.
     *
     * @param x1 successes in the first group, 0..{@code n1}
     * @param n1 size of the first group, positive
     * @param x2 successes in the second group, 0..{@code n2}
     * @param n2 size of the second group, positive
     * @param confidenceLevel the level, strictly between 0 and 1 (0.95 for 95 %)
     * @return the difference with its interval
     * @throws IllegalArgumentException if a count is negative, a success count exceeds its group,
     *     or the level is not in (0, 1)
     * @throws UndefinedMetricException if a group is empty (a proportion of no accounts)
     */
    public static ProportionDifference newcombe(long x1, long n1, long x2, long n2, double confidenceLevel) {
        check(x1, n1, "first");
        check(x2, n2, "second");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be within (0, 1): " + confidenceLevel);
        }
        if (n1 == 0 || n2 == 0) {
            throw new UndefinedMetricException("difference of proportions is undefined: the " + (n1 == 0 ? "first"
                    : "second") + " group is empty");
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilson(x1, n1, z);
        double[] w2 = wilson(x2, n2, z);
        double d = p1 - p2;
        double lower = d - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
        double upper = d + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
        return new ProportionDifference(Ratio.of(x1, n1), Ratio.of(x2, n2), d, Math.max(-1, lower), Math.min(1, upper),
                confidenceLevel);
    }

    private static void check(long x, long n, String group) {
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException(group + " group: successes (" + x + ") must be within 0.." + n
                    + " and the size (" + n + ") not negative");
        }
    }

    private static double[] wilson(long x, long n, double z) {
        double p = (double) x / n;
        double z2 = z * z;
        double centre = 2 * n * p + z2;
        double half = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
        double den = 2 * (n + z2);
        return new double[] {Math.max(0, (centre - half) / den), Math.min(1, (centre + half) / den)};
    }

    private static double sq(double v) {
        return v * v;
    }

    /**
     * Returns whether the interval excludes 0, i.e. the two proportions differ at this level.
     *
     * @return {@code lower > 0 || upper < 0}
     */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s − %s = %.4f (%.0f %% CI %.4f to %.4f, Newcombe hybrid score)", first,
                second, difference, confidenceLevel * 100, lower, upper);
    }
}
