package io.csmetrics.activity;

import io.csmetrics.health.MeasureScore;
import io.csmetrics.health.Trend;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One viewpoint of an account's scorecard: its lines (each measure's signal, score, weight and
 * contribution), its points — the sum of the lines' contributions, so the viewpoints' points sum to
 * the scorecard's total — and its trend against the previous scorecard.
 *
 * @param viewpoint the viewpoint, not null
 * @param points {@code Σ contribution} of the lines, in score points
 * @param lines the lines, not null, copied
 * @param trend the trend of the points from the previous scorecard; empty without one
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record ViewpointScore(Viewpoint viewpoint, double points, List<MeasureScore> lines, Optional<Trend> trend) {

    /**
     * Validates the score.
     *
     * @throws NullPointerException if a component is null
     */
    public ViewpointScore {
        Objects.requireNonNull(viewpoint, "viewpoint must not be null");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines must not be null"));
        Objects.requireNonNull(trend, "trend must not be null");
    }

    /**
     * Returns the viewpoint's own score, the weighted mean of its lines' scores.
     *
     * @return {@code points / Σ weight} over the lines, 0..100; empty when every line is missing
     *     (weight 0)
     */
    public Optional<Double> score() {
        double w = lines.stream().mapToDouble(MeasureScore::weight).sum();
        return w > 0 ? Optional.of(Math.min(100, Math.max(0, points / w))) : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%.2f%s %s", viewpoint.label(), points,
                trend.map(t -> " (" + t.direction() + String.format(Locale.ROOT, " %+.2f", t.delta()) + ")")
                        .orElse(""), lines);
    }
}
