package io.csmetrics.goals;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@link SmartTarget}'s progress on a day, all quantities exact {@link Ratio}s in the metric's
 * units (days for time).
 *
 * <p>With baseline {@code B}, target {@code T}, {@code Δ = T − B}, actual {@code A}, {@code D} days
 * from start to deadline and {@code e} days elapsed (capped at {@code D}):
 * <pre>
 *   achieved         = (A − B) / Δ                 share of the way done
 *   elapsed          = e / D                       share of the time used
 *   expected value   = B + Δ × e / D               where linear pace would be
 *   behind by        = (expected − A) × sign(Δ)    positive: behind; zero or negative: on track
 *   required rate    = (T − A) / (D − e)           per day from now to the deadline
 * </pre>
 *
 * @param target the target
 * @param asOf the day of the measurement
 * @param actual the metric's value on that day, {@code A}, as a ratio (e.g. {@code 125/1})
 * @param achieved the share achieved, {@code (A − B) / Δ}
 * @param elapsed the share of time elapsed, {@code e / D}
 * @param expectedValue the linear-pace value on that day
 * @param behindBy how far behind pace, in the metric's units (negative when ahead)
 * @param requiredRunRate the change per day needed to hit the target on the deadline; undefined
 *     (zero denominator) on or after the deadline
 * @param status the pace status
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record TargetProgress(SmartTarget target, LocalDate asOf, Ratio actual, Ratio achieved, Ratio elapsed,
        Ratio expectedValue, Ratio behindBy, Ratio requiredRunRate, PaceStatus status) implements Serializable {

    /**
     * Validates the progress.
     *
     * @throws NullPointerException if a component is null
     */
    public TargetProgress {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        Objects.requireNonNull(achieved, "achieved must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
        Objects.requireNonNull(expectedValue, "expectedValue must not be null");
        Objects.requireNonNull(behindBy, "behindBy must not be null");
        Objects.requireNonNull(requiredRunRate, "requiredRunRate must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }
}
