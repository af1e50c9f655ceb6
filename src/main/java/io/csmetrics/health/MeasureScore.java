package io.csmetrics.health;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One measure's part in a {@link HealthScore}: the raw signal, the measure's score, its effective
 * weight and its contribution to the overall score.
 *
 * <p>In a weighted-mean model the weight is the measure's share of the overall score after
 * normalisation (group share × share within the group, over the measures counted), and
 * {@code contribution = weight × score}; the contributions sum to the overall value. In a
 * worst-of model the lowest-scoring measure has weight 1 and the others 0. In a learned
 * (logistic) model the weight is the coefficient per score point on the log-odds scale, and the
 * contribution is the measure's share of {@code value − baseline} (see {@link HealthScore}).
 *
 * <p>A measure whose signal is missing has an empty {@code signal} and {@code missing == true};
 * it is counted with score 0 under {@link MissingSignalPolicy#ZERO}, and otherwise has score,
 * weight and contribution 0.
 *
 * @param name the measure name
 * @param group the group name ({@code ""} in a model without groups)
 * @param signal the raw signal, empty when missing
 * @param score the measure's score, 0..100
 * @param weight the effective weight (see above)
 * @param contribution the points this measure adds to the overall score
 * @param missing whether the signal was missing
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record MeasureScore(String name, String group, OptionalDouble signal, double score, double weight,
        double contribution, boolean missing) {

    /**
     * Checks the components.
     *
     * @param name the measure name, not null
     * @param group the group name, not null
     * @param signal the raw signal, not null
     * @param score the score
     * @param weight the weight
     * @param contribution the contribution
     * @param missing whether the signal was missing
     * @throws NullPointerException if {@code name}, {@code group} or {@code signal} is null
     * @throws IllegalArgumentException if {@code score} is outside 0..100, or the signal, weight or
     *     contribution is NaN or infinite
     */
    public MeasureScore {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(signal, "signal must not be null");
        if (signal.isPresent() && !Double.isFinite(signal.getAsDouble())) {
            throw new IllegalArgumentException("signal of " + name + " must be finite: " + signal.getAsDouble());
        }
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score of " + name + " must be in 0..100: " + score);
        }
        if (!Double.isFinite(weight) || !Double.isFinite(contribution)) {
            throw new IllegalArgumentException("weight (" + weight + ") and contribution (" + contribution + ") of "
                    + name + " must be finite");
        }
    }

    @Override
    public String toString() {
        String s = signal.isPresent() ? String.valueOf(signal.getAsDouble()) : "missing";
        return String.format(java.util.Locale.ROOT, "%s=%s→%.1f×%.3f=%.2f", name, s, score, weight, contribution);
    }
}
