package io.csmetrics.spark;

import java.io.Serializable;
import java.util.Currency;

/**
 * The aggregation buffer of the MRR aggregators ({@link MrrBridgeAggregator},
 * {@link RevenueRetentionAggregator}, {@link RetentionMatrixAggregator}): a core accumulator and
 * its currency, both null until the first series shows the currency. Spark stores it with
 * {@link org.apache.spark.sql.Encoders#javaSerialization(Class) Java serialization}, which is why it
 * is public (Spark's encoders accept public classes only); users never need it.
 *
 * @param <A> the core accumulator
 * @implSpec A mutable buffer, not thread-safe, as Spark's aggregation buffers are.
 * @since 0.1.0
 */
public final class AccumulatorSlot<A extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    Currency currency;
    A accumulator;

    AccumulatorSlot() {
    }

    /**
     * Returns e.g. {@code "AccumulatorSlot{USD, MrrBridgeAccumulator{USD, 2024-01..2024-12}}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "AccumulatorSlot{" + currency + ", " + accumulator + "}";
    }
}
