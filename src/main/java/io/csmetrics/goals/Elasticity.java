package io.csmetrics.goals;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * How much a {@link KpiTree}'s goal moves when one leaf rises by 1 %: the arc elasticity
 * {@code e = 100 × (G(1.01 x) − G(x)) / G(x)}, in percent of the goal per percent of the leaf,
 * exact.
 *
 * <p>A leaf that is a factor of a product has {@code e = 1} (MRR = customers × fee: +1 % customers
 * is +1 % MRR); a divisor has {@code e = 100 × (1/1.01 − 1) = −100/101}; a term of a sum has its
 * share of the sum. The arc over +1 % is used, not the point derivative, because it is what "per
 * 1 %" means to a reader and it is exact.
 *
 * @param leaf the leaf's name
 * @param value the elasticity; undefined (zero denominator) when the goal is zero
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Elasticity(String leaf, Ratio value) implements Serializable {

    /**
     * Validates the elasticity.
     *
     * @throws NullPointerException if a component is null
     */
    public Elasticity {
        Objects.requireNonNull(leaf, "leaf must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }
}
