package io.csmetrics.goals;

import java.io.Serializable;
import java.util.Objects;

/**
 * The value one leaf of a {@link KpiTree} must take for the goal to reach a target, the other
 * leaves fixed.
 *
 * <p>{@link Method#EXACT_LINEAR}: the goal is affine in the leaf ({@code G(x) = a + b x}), so
 * {@code x = (T − a) / b} exactly and {@link #achieved()} equals the target. {@link Method#NUMERIC}:
 * otherwise (the leaf divides, or appears in a product twice) the root is found with the Brent
 * solver of Commons Numbers; {@link #achieved()} is the goal evaluated exactly at that value and is
 * within {@link #tolerance()} of the target, relative to {@code max(1, |T|)}.
 *
 * @param leaf the leaf solved for
 * @param target the goal's target {@code T}
 * @param current the leaf's current value
 * @param required the value the leaf must take
 * @param achieved the goal evaluated with the required value
 * @param method how it was solved
 * @param tolerance 0 for {@link Method#EXACT_LINEAR}; the relative tolerance met otherwise
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record BackSolve(String leaf, KpiValue target, KpiValue current, KpiValue required, KpiValue achieved,
        Method method, double tolerance) implements Serializable {

    /**
     * How a back-solve was computed.
     *
     * @since 0.1.0
     */
    public enum Method {
        /** Exactly, the goal being affine in the leaf. */
        EXACT_LINEAR,
        /** Numerically, with Commons Numbers' {@code BrentSolver}. */
        NUMERIC
    }

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public BackSolve {
        Objects.requireNonNull(leaf, "leaf must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(required, "required must not be null");
        Objects.requireNonNull(achieved, "achieved must not be null");
        Objects.requireNonNull(method, "method must not be null");
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and not negative: " + tolerance);
        }
    }

    /**
     * Returns the leaf's required change.
     *
     * @return current to required
     */
    public NodeChange change() {
        return new NodeChange(leaf, current, required);
    }
}
