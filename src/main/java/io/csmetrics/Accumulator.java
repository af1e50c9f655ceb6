package io.csmetrics;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A mergeable aggregate over many records: the {@link java.util.DoubleSummaryStatistics} pattern
 * every csmetrics metric over bulk data follows.
 *
 * <p>An accumulator is created empty, {@linkplain #accept(Object) accepts} records one at a time,
 * and {@linkplain #combine(Accumulator) combines} with another accumulator of the same kind built
 * over a disjoint part of the data. Implementations guarantee that any split of the records,
 * accumulated separately and combined in order, gives exactly the result of accumulating them all
 * sequentially; that is what makes {@link #collector(Supplier, Function)} safe on parallel streams.
 * Accumulators are {@link Serializable} so partial results can be shipped between machines
 * (Spark, Flink, Beam) and combined there.
 *
 * <p>Accumulators are mutable and not thread-safe; a parallel stream gives each thread its own.
 *
 * @param <T> the type of the records accepted
 * @param <A> the accumulator's own type, returned by {@link #combine(Accumulator)}
 * @since 0.1.0
 */
public interface Accumulator<T, A extends Accumulator<T, A>> extends Consumer<T>, Serializable {

    /**
     * Adds one record.
     *
     * @param record the record, not null
     * @throws NullPointerException if {@code record} is null
     * @throws IllegalArgumentException if the record is invalid for this accumulator; the
     *     accumulator is then unchanged
     */
    @Override
    void accept(T record);

    /**
     * Merges another accumulator's state into this one, as if its records had been accepted here
     * after this one's.
     *
     * @param other the other accumulator, not null; it is not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the two cannot be combined (for example different
     *     settings or currencies); this accumulator is then unchanged
     */
    A combine(A other);

    /**
     * Returns a {@link Collector} over an accumulator type: a new accumulator per partition,
     * {@code accept} per record, {@code combine} to merge, and a finisher for the result.
     *
     * @param factory creates an empty accumulator, not null
     * @param finisher turns the final accumulator into the result, not null
     * @param <T> the record type
     * @param <A> the accumulator type
     * @param <R> the result type
     * @return the collector
     * @throws NullPointerException if an argument is null
     */
    static <T, A extends Accumulator<T, A>, R> Collector<T, A, R> collector(Supplier<A> factory, Function<A, R> finisher) {
        Objects.requireNonNull(factory, "factory must not be null");
        Objects.requireNonNull(finisher, "finisher must not be null");
        return Collector.of(factory, Accumulator::accept, Accumulator::combine, finisher);
    }
}
