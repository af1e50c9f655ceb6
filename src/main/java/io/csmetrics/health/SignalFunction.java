package io.csmetrics.health;

import java.io.Serializable;

/**
 * A user-supplied scoring function for {@link Measure#of(String, SignalFunction, Measure.Monotonicity)}:
 * maps one finite signal to a score within 0..100.
 *
 * <p>Example: {@code nps -> nps >= 9 ? 100 : nps >= 7 ? 50 : 0}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SignalFunction extends Serializable {

    /**
     * Scores a signal.
     *
     * @param signal the signal, finite
     * @return the score, within 0..100 (anything else, NaN included, is rejected by the model)
     */
    double score(double signal);
}
