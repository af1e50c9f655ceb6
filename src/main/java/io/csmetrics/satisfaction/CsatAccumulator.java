package io.csmetrics.satisfaction;

import io.csmetrics.Accumulator;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Counts CSAT answers per answer point: the mergeable aggregate behind {@link CsatResult}.
 *
 * <p>Memory is one counter per point of the scale. Combining accumulators of different scales is an
 * error. Any split of the answers combined gives exactly the sequential result.
 *
 * <p>Example: {@code Stream.of(5, 4, 4, 3, 1).collect(CsatAccumulator.collector())} is
 * {@code CsatResult{csat=60.0%, n=5, satisfied=3 (>=4 on 1..5)}}.
 *
 * @implSpec This class is a mutable accumulator, not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class CsatAccumulator implements Accumulator<Integer, CsatAccumulator> {

    private static final long serialVersionUID = 1L;

    private final CsatScale scale;
    private final long[] counts;

    private CsatAccumulator(CsatScale scale) {
        this.scale = scale;
        this.counts = new long[scale.points()];
    }

    /**
     * Returns an empty accumulator on the default 1–5 top-2-box scale.
     *
     * @return a new accumulator
     */
    public static CsatAccumulator create() {
        return new CsatAccumulator(CsatScale.fivePoint());
    }

    /**
     * Returns an empty accumulator on a scale.
     *
     * @param scale the scale, not null
     * @return a new accumulator
     * @throws NullPointerException if {@code scale} is null
     */
    public static CsatAccumulator create(CsatScale scale) {
        Objects.requireNonNull(scale, "scale must not be null");
        return new CsatAccumulator(scale);
    }

    /**
     * Returns a collector of answers on the default 1–5 top-2-box scale.
     *
     * @return the collector
     */
    public static Collector<Integer, CsatAccumulator, CsatResult> collector() {
        return collector(CsatScale.fivePoint());
    }

    /**
     * Returns a collector of answers on a scale.
     *
     * @param scale the scale, not null
     * @return the collector
     * @throws NullPointerException if {@code scale} is null
     */
    public static Collector<Integer, CsatAccumulator, CsatResult> collector(CsatScale scale) {
        Objects.requireNonNull(scale, "scale must not be null");
        return Accumulator.collector(() -> create(scale), CsatAccumulator::result);
    }

    /**
     * Adds one answer.
     *
     * @param score the answer, not null, on the scale
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException if {@code score} is outside the scale
     */
    @Override
    public void accept(Integer score) {
        Objects.requireNonNull(score, "score must not be null");
        acceptScore(score);
    }

    /**
     * Adds one answer.
     *
     * @param score the answer, on the scale
     * @throws IllegalArgumentException if {@code score} is outside the scale; nothing is accumulated
     */
    public void acceptScore(int score) {
        counts[scale.check(score) - scale.min()]++;
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other an accumulator on the same scale, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the scales differ; nothing changes then
     * @throws ArithmeticException if a count or the total would overflow a {@code long}; nothing
     *     changes then
     */
    @Override
    public CsatAccumulator combine(CsatAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("cannot combine CSAT on different scales: " + scale + " and "
                    + other.scale);
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            long sum = counts[i] + other.counts[i];
            total += sum;
            if (sum < 0 || total < 0) {
                throw new ArithmeticException("combining CSAT counts overflows a long at score " + (scale.min() + i)
                        + ": " + counts[i] + " + " + other.counts[i]);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    /**
     * Returns the number of answers of one point of the scale.
     *
     * @param score a point of the scale
     * @return how many answers had that score
     * @throws IllegalArgumentException if {@code score} is outside the scale
     */
    public long count(int score) {
        return counts[scale.check(score) - scale.min()];
    }

    /**
     * Returns the CSAT of the answers so far.
     *
     * @return the result; undefined share and mean with no answers
     */
    public CsatResult result() {
        long n = 0;
        long satisfied = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            int score = scale.min() + i;
            n += counts[i];
            sum = Math.addExact(sum, Math.multiplyExact(counts[i], score));
            if (score >= scale.satisfiedFrom()) {
                satisfied += counts[i];
            }
        }
        return new CsatResult(scale, n, satisfied, sum);
    }

    /**
     * Returns the scale.
     *
     * @return the scale, not null
     */
    public CsatScale scale() {
        return scale;
    }

    @Override
    public String toString() {
        return "CsatAccumulator{" + result() + "}";
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
            java.util.Objects.requireNonNull(scale, "scale must not be null");
            if (java.util.Objects.requireNonNull(counts, "counts must not be null").length != scale.max() - scale.min() + 1) {
                throw new IllegalArgumentException("counts has " + counts.length + " entries for scale " + scale);
            }
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new IllegalArgumentException("counts[" + i + "] must not be negative: " + counts[i]);
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid CsatAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
