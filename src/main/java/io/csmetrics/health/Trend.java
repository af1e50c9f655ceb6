package io.csmetrics.health;

import java.util.Objects;

/**
 * How a health score moved against a previous one.
 *
 * <p>{@code delta = current − previous} (in score points); the direction is {@link Direction#FLAT}
 * when {@code |delta| <= tolerance}, else {@link Direction#UP} or {@link Direction#DOWN}.
 * Example: 62 after 70 with tolerance 2 is DOWN by 8; 71 after 70 is FLAT.
 *
 * @param direction the direction
 * @param delta current minus previous, in points
 * @param tolerance the band of "flat", in points, 0 or more
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Trend(Direction direction, double delta, double tolerance) {

    /**
     * The direction of a trend.
     *
     * @since 0.1.0
     */
    public enum Direction {
        /** Rose by more than the tolerance. */
        UP,
        /** Fell by more than the tolerance. */
        DOWN,
        /** Moved by at most the tolerance. */
        FLAT
    }

    /**
     * Checks the components.
     *
     * @param direction not null
     * @param delta finite
     * @param tolerance finite, 0 or more
     * @throws NullPointerException if {@code direction} is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public Trend {
        Objects.requireNonNull(direction, "direction must not be null");
        if (!Double.isFinite(delta)) {
            throw new IllegalArgumentException("delta must be finite: " + delta);
        }
        checkTolerance(tolerance);
    }

    /**
     * Returns the trend from a previous score value to a current one.
     *
     * @param previous the previous score, 0..100
     * @param current the current score, 0..100
     * @param tolerance the largest move still called flat, in points, 0 or more
     * @return the trend
     * @throws IllegalArgumentException if a score is outside 0..100 or NaN, or the tolerance is
     *     negative or not finite
     */
    public static Trend between(double previous, double current, double tolerance) {
        Bands.displayed(previous);
        Bands.displayed(current);
        checkTolerance(tolerance);
        double delta = current - previous;
        Direction d = Math.abs(delta) <= tolerance ? Direction.FLAT : delta > 0 ? Direction.UP : Direction.DOWN;
        return new Trend(d, delta, tolerance);
    }

    private static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and 0 or more: " + tolerance);
        }
    }
}
