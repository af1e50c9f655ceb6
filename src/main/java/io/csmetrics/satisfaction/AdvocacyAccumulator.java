package io.csmetrics.satisfaction;

import io.csmetrics.Accumulator;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Counts advocacy events per calendar month and kind: the mergeable aggregate behind
 * {@link AdvocacyCounts}.
 *
 * <p>Memory is one counter per (month, kind) seen, whatever the number of events. Any split of the
 * events combined gives exactly the sequential result.
 *
 * <p>Example: {@code events.stream().collect(AdvocacyAccumulator.collector()).growth(AdvocacyKind.REVIEW,
 * YearMonth.of(2024, 4), YearMonth.of(2024, 6))} is the quarter-over-quarter growth of reviews.
 *
 * @implSpec This class is a mutable accumulator, not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class AdvocacyAccumulator implements Accumulator<AdvocacyEvent, AdvocacyAccumulator> {

    private static final long serialVersionUID = 1L;

    private final HashMap<YearMonth, HashMap<AdvocacyKind, Long>> counts = new HashMap<>();

    private AdvocacyAccumulator() {
    }

    /**
     * Returns an empty accumulator.
     *
     * @return a new accumulator
     */
    public static AdvocacyAccumulator create() {
        return new AdvocacyAccumulator();
    }

    /**
     * Returns a collector of events into their counts.
     *
     * @return the collector
     */
    public static Collector<AdvocacyEvent, AdvocacyAccumulator, AdvocacyCounts> collector() {
        return Accumulator.collector(AdvocacyAccumulator::create, AdvocacyAccumulator::result);
    }

    /**
     * Counts one event in its month.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     */
    @Override
    public void accept(AdvocacyEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        counts.computeIfAbsent(YearMonth.from(event.date()), m -> new HashMap<>()).merge(event.kind(), 1L, Long::sum);
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other the other accumulator, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public AdvocacyAccumulator combine(AdvocacyAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        other.counts.forEach((month, byKind) -> {
            Map<AdvocacyKind, Long> mine = counts.computeIfAbsent(month, m -> new HashMap<>());
            byKind.forEach((kind, n) -> mine.merge(kind, n, Long::sum));
        });
        return this;
    }

    /**
     * Returns the counts so far.
     *
     * @return the counts per month and kind; empty if nothing was accepted
     */
    public AdvocacyCounts result() {
        return new AdvocacyCounts(new HashMap<>(counts));
    }

    @Override
    public String toString() {
        return "AdvocacyAccumulator" + result().counts();
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(counts, "counts must not be null").forEach((month, byKind) -> {
                java.util.Objects.requireNonNull(month, "a month must not be null");
                java.util.Objects.requireNonNull(byKind, "the counts of " + month + " must not be null").forEach((kind, n) -> {
                    if (kind == null || n == null || n < 0) {
                        throw new IllegalArgumentException("count of " + kind + " in " + month + " must not be negative: " + n);
                    }
                });
            });
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid AdvocacyAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
