package io.csmetrics;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Any accumulator, once per segment and once for the total: every record goes to the accumulator
 * of its segment and to the total's. This gives every metric family (MRR bridge, NRR/GRR, churn
 * counts, retention matrices, …) by any segment key, with the total beside it.
 *
 * <p>Because each record is accepted by exactly one segment and by the total, every additive
 * figure satisfies the identity {@code Σ over segments = total} exactly (MRR, counts, the
 * numerators and denominators of rates); rates themselves are not additive, but each is the ratio
 * of additive parts, so a segment's rate weighted by its denominator sums to the total's.
 *
 * <p>The segment of a record is fixed: use a key that does not change over the window (e.g. the
 * account's segment at the start month for NRR/GRR, the cohort's segment for a retention matrix).
 * For the MRR bridge of accounts that change segment, with named segment-in/segment-out movements,
 * see {@code io.csmetrics.revenue.SegmentedBridgeAccumulator}.
 *
 * <p>Example (NRR by region, region taken at the start month):
 * <pre>{@code
 * SegmentedAccumulator<MrrHistory, RevenueRetentionAccumulator> acc = SegmentedAccumulator.create(
 *         () -> RevenueRetentionAccumulator.create(USD, jan, dec),
 *         h -> regions.checkedSegmentOf(h.accountId(), jan));
 * histories.forEach(acc);
 * acc.results(RevenueRetentionAccumulator::retention);   // {APAC=..., EMEA=...}
 * acc.total(RevenueRetentionAccumulator::retention);
 * }</pre>
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance. It is serialisable when the factory, the key and the accumulators are.
 *
 * @param <T> the record type
 * @param <A> the accumulator type
 * @since 0.2.0
 */
public final class SegmentedAccumulator<T, A extends Accumulator<T, A>>
        implements Accumulator<T, SegmentedAccumulator<T, A>> {

    private static final long serialVersionUID = 1L;

    /**
     * A record's segment: a serialisable function.
     *
     * @param <T> the record type
     * @since 0.2.0
     */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    /**
     * A serialisable factory of empty accumulators.
     *
     * @param <A> the accumulator type
     * @since 0.2.0
     */
    @FunctionalInterface
    public interface Factory<A> extends Supplier<A>, Serializable {
    }

    private final Factory<A> factory;
    private final Key<T> key;
    private final TreeMap<String, A> segments = new TreeMap<>();
    private final A total;

    private SegmentedAccumulator(Factory<A> factory, Key<T> key) {
        this.factory = factory;
        this.key = key;
        this.total = Objects.requireNonNull(factory.get(), "factory must not return null");
    }

    /**
     * Returns an empty segmented accumulator.
     *
     * @param factory makes an empty accumulator, for the total and for each segment, not null
     * @param key the segment of a record, not null; must not return null or a blank segment
     * @param <T> the record type
     * @param <A> the accumulator type
     * @return the accumulator
     * @throws NullPointerException if an argument is null, or the factory returns null
     */
    public static <T, A extends Accumulator<T, A>> SegmentedAccumulator<T, A> create(Factory<A> factory, Key<T> key) {
        Objects.requireNonNull(factory, "factory must not be null");
        Objects.requireNonNull(key, "key must not be null");
        return new SegmentedAccumulator<>(factory, key);
    }

    /**
     * Returns a collector into the per-segment results.
     *
     * @param factory makes an empty accumulator, not null
     * @param key the segment of a record, not null
     * @param <T> the record type
     * @param <A> the accumulator type
     * @return the collector; its result is the segmented accumulator, read with
     *     {@link #results(Function)} and {@link #total(Function)}
     * @throws NullPointerException if an argument is null
     */
    public static <T, A extends Accumulator<T, A>> Collector<T, SegmentedAccumulator<T, A>, SegmentedAccumulator<T, A>>
            collector(Factory<A> factory, Key<T> key) {
        Objects.requireNonNull(factory, "factory must not be null");
        Objects.requireNonNull(key, "key must not be null");
        return Accumulator.collector(() -> create(factory, key), Function.identity());
    }

    /**
     * Adds a record to its segment and to the total.
     *
     * @param record the record, not null
     * @throws NullPointerException if {@code record} is null
     * @throws IllegalArgumentException if the key gives a null or blank segment, or the
     *     accumulator rejects the record; this is then unchanged
     */
    @Override
    public void accept(T record) {
        Objects.requireNonNull(record, "record must not be null");
        String segment = key.apply(record);
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("segment of " + record + " must not be null or blank: "
                    + (segment == null ? "null" : "'" + segment + "'"));
        }
        A acc = segments.get(segment);
        if (acc == null) {
            acc = Objects.requireNonNull(factory.get(), "factory must not return null");
        }
        // The total first: if it rejects the record nothing has changed. A segment holds a subset of the total's
        // records with the same settings, so whatever the total accepts (including its overflow bounds) the segment
        // accepts too.
        total.accept(record);
        acc.accept(record);
        segments.putIfAbsent(segment, acc);
    }

    /**
     * Merges another segmented accumulator over other records into this one, segment by segment.
     *
     * @param other the other accumulator, built with equal settings, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the accumulators cannot be combined
     */
    @Override
    public SegmentedAccumulator<T, A> combine(SegmentedAccumulator<T, A> other) {
        Objects.requireNonNull(other, "other must not be null");
        total.combine(other.total);
        other.segments.forEach((segment, acc) -> {
            A mine = segments.get(segment);
            if (mine == null) {
                segments.put(segment, factory.get().combine(acc));
            } else {
                mine.combine(acc);
            }
        });
        return this;
    }

    /**
     * Returns the segments seen so far, with their result.
     *
     * @param result reads an accumulator's result, not null
     * @param <R> the result type
     * @return the result per segment, sorted by segment, unmodifiable
     * @throws NullPointerException if {@code result} is null
     */
    public <R> SortedMap<String, R> results(Function<? super A, ? extends R> result) {
        Objects.requireNonNull(result, "result must not be null");
        TreeMap<String, R> map = new TreeMap<>();
        segments.forEach((segment, acc) -> map.put(segment, result.apply(acc)));
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Returns the result over all records.
     *
     * @param result reads an accumulator's result, not null
     * @param <R> the result type
     * @return the total's result
     * @throws NullPointerException if {@code result} is null
     */
    public <R> R total(Function<? super A, ? extends R> result) {
        Objects.requireNonNull(result, "result must not be null");
        return result.apply(total);
    }

    /** Re-checks a deserialised accumulator: settings present, every segment named and non-null. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (factory == null || key == null || total == null || segments == null) {
            throw new InvalidObjectException("invalid SegmentedAccumulator state");
        }
        for (java.util.Map.Entry<String, A> e : segments.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw new InvalidObjectException("invalid SegmentedAccumulator segment " + e.getKey());
            }
        }
    }

    /**
     * Returns e.g. {@code "SegmentedAccumulator{3 segments: [APAC, EMEA, US]}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "SegmentedAccumulator{" + segments.size() + (segments.size() == 1 ? " segment: " : " segments: ")
                + segments.keySet() + "}";
    }
}
