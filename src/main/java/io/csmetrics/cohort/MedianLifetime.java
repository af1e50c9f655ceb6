package io.csmetrics.cohort;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The median lifetime of a Kaplan–Meier curve with its confidence interval, each part empty where
 * the curve (or its confidence band) never falls to 0.5 within the observed times — the usual case
 * when more than half the accounts are still customers.
 *
 * @param estimate the median, or empty if {@code S} never reaches 0.5
 * @param lower the lower confidence limit, or empty if the lower band never reaches 0.5
 * @param upper the upper confidence limit, or empty if the upper band never reaches 0.5
 *     ("NA" in R)
 * @param level the confidence level, in {@code (0, 1)}
 * @param type the band's transformation, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MedianLifetime(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper, double level,
        ConfidenceType type) implements Serializable {

    /**
     * Validates the median.
     *
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if {@code level} is not in {@code (0, 1)}
     */
    public MedianLifetime {
        Objects.requireNonNull(estimate, "estimate must not be null");
        Objects.requireNonNull(lower, "lower must not be null");
        Objects.requireNonNull(upper, "upper must not be null");
        Objects.requireNonNull(type, "type must not be null");
        KaplanMeier.checkLevel(level);
    }

    /**
     * Returns e.g. {@code "31 (95% CI 18 to NA, LOG)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text(estimate) + " (" + Math.round(level * 100) + "% CI " + text(lower) + " to " + text(upper) + ", " + type
                + ")";
    }

    private static String text(OptionalDouble d) {
        if (d.isEmpty()) {
            return "NA";
        }
        double v = d.getAsDouble();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
