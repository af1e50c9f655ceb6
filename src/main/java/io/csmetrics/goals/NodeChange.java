package io.csmetrics.goals;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * How one node of a {@link KpiTree} changes in a what-if: its value before and after, exact.
 *
 * @param node the node's name
 * @param before its value before the change
 * @param after its value after the change, same unit
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record NodeChange(String node, KpiValue before, KpiValue after) implements Serializable {

    /**
     * Validates the change.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the units differ
     */
    public NodeChange {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        if (!before.sameUnit(after)) {
            throw new IllegalArgumentException("before " + before + " and after " + after + " differ in unit");
        }
    }

    /**
     * Returns {@code after − before}.
     *
     * @return the change, exact, in the node's unit
     */
    public KpiValue delta() {
        return before.withRational(after.rational().minus(before.rational()));
    }

    /**
     * Returns the relative change, {@code (after − before) / before}.
     *
     * @return the relative change; undefined (zero denominator) if {@code before} is zero
     */
    public Ratio relative() {
        Rational d = after.rational().minus(before.rational());
        Rational b = before.rational();
        return Ratio.of(new java.math.BigDecimal(d.numerator().multiply(b.denominator())),
                new java.math.BigDecimal(d.denominator().multiply(b.numerator())));
    }

    /**
     * Tells whether the node's value changed.
     *
     * @return true if {@code after ≠ before}
     */
    public boolean changed() {
        return !before.equals(after);
    }
}
