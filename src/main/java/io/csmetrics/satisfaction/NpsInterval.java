package io.csmetrics.satisfaction;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A confidence interval of a Net Promoter Score, in NPS points, with the method, confidence level,
 * centre and standard error it was computed from.
 *
 * <p>{@code lower = max(−100, estimate − z·SE)} and {@code upper = min(100, estimate + z·SE)}, with
 * {@code z} the two-sided standard normal critical value of {@link #confidence()}; the truncation
 * keeps the bounds in the range of the NPS. See {@link NpsIntervalMethod} for how {@code estimate}
 * and {@code SE} are computed.
 *
 * <p>Example: 50 promoters, 30 passives and 20 detractors, Wald at 95 %:
 * {@code NpsInterval{WALD 95%: 30.00 [14.69, 45.31], se=7.81}}.
 *
 * @param method how the interval was computed, not null
 * @param confidence the confidence level in (0, 1)
 * @param estimate the centre of the interval in points: the observed NPS for Wald, the adjusted
 *     NPS for adjusted-Wald
 * @param standardError the standard error in points, not negative
 * @param lower the lower bound in points, −100..estimate
 * @param upper the upper bound in points, estimate..100
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record NpsInterval(NpsIntervalMethod method, double confidence, double estimate, double standardError,
        double lower, double upper) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the interval.
     *
     * @param method how the interval was computed, not null
     * @param confidence the confidence level in (0, 1)
     * @param estimate the centre in points, −100..100
     * @param standardError the standard error in points, finite and not negative
     * @param lower the lower bound, −100..estimate
     * @param upper the upper bound, estimate..100
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if a value is out of its range
     */
    public NpsInterval {
        Objects.requireNonNull(method, "method must not be null");
        StandardNormal.checkConfidence(confidence);
        if (!(estimate >= -100 && estimate <= 100)) {
            throw new IllegalArgumentException("estimate must be in -100..100: " + estimate);
        }
        if (!(standardError >= 0 && standardError < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("standardError must be finite and not negative: " + standardError);
        }
        if (!(lower >= -100 && lower <= estimate)) {
            throw new IllegalArgumentException("lower (" + lower + ") must be in -100.." + estimate);
        }
        if (!(upper >= estimate && upper <= 100)) {
            throw new IllegalArgumentException("upper (" + upper + ") must be in " + estimate + "..100");
        }
    }

    static NpsInterval of(NpsIntervalMethod method, double confidence, double estimate, double standardError,
            double z) {
        double margin = z * standardError;
        return new NpsInterval(method, confidence, estimate, standardError, Math.max(-100, estimate - margin),
                Math.min(100, estimate + margin));
    }

    /**
     * Returns the margin of error {@code z · SE} in points: the half-width before truncation.
     *
     * @return the margin of error, not negative
     */
    public double marginOfError() {
        return StandardNormal.criticalValue(confidence) * standardError;
    }

    /**
     * Returns the width {@code upper − lower} in points.
     *
     * @return the width, 0..200
     */
    public double width() {
        return upper - lower;
    }

    /**
     * Tells whether a score lies within the interval, bounds included.
     *
     * @param nps an NPS in points
     * @return true if {@code lower <= nps <= upper}
     */
    public boolean contains(double nps) {
        return nps >= lower && nps <= upper;
    }

    /**
     * Returns e.g. {@code NpsInterval{WALD 95%: 30.00 [14.69, 45.31], se=7.81}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NpsInterval{%s %s%%: %.2f [%.2f, %.2f], se=%.2f}", method,
                new java.math.BigDecimal(Double.toString(confidence * 100)).stripTrailingZeros().toPlainString(),
                estimate, lower, upper, standardError);
    }
}
