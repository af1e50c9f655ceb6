package io.csmetrics.satisfaction;

import io.csmetrics.Accumulator;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Counts promoters, passives and detractors over many answers: the mergeable aggregate behind
 * {@link NpsResult}.
 *
 * <p>Memory is three counters whatever the number of answers. Counts are exact {@code long}s, so
 * any split of the answers, accumulated separately and {@linkplain #combine(NpsAccumulator)
 * combined}, gives exactly the sequential result; {@link #collector()} is safe on parallel streams.
 * An empty accumulator's {@link #result()} is the undefined empty result.
 *
 * <p>Example: {@code responses.stream().collect(NpsAccumulator.collector())}; or
 * {@code NpsAccumulator.of(10, 9, 8, 3).result()} is {@code NpsResult{nps=25.0, n=4, promoters=2,
 * passives=1, detractors=1}}.
 *
 * @implSpec This class is a mutable accumulator, not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class NpsAccumulator implements Accumulator<NpsResponse, NpsAccumulator> {

    private static final long serialVersionUID = 1L;

    private long promoters;
    private long passives;
    private long detractors;

    private NpsAccumulator() {
    }

    /**
     * Returns an empty accumulator.
     *
     * @return a new accumulator with no answers
     */
    public static NpsAccumulator create() {
        return new NpsAccumulator();
    }

    /**
     * Returns an accumulator over 0–10 scores.
     *
     * @param scores the scores, each 0 to 10
     * @return a new accumulator holding them
     * @throws NullPointerException if {@code scores} is null
     * @throws IllegalArgumentException if a score is outside 0..10; nothing is accumulated then
     */
    public static NpsAccumulator of(int... scores) {
        Objects.requireNonNull(scores, "scores must not be null");
        for (int score : scores) {
            NpsCategory.checkScore(score);
        }
        NpsAccumulator acc = new NpsAccumulator();
        for (int score : scores) {
            acc.acceptScore(score);
        }
        return acc;
    }

    /**
     * Returns a collector of answers into their {@link NpsResult}.
     *
     * @return the collector
     */
    public static Collector<NpsResponse, NpsAccumulator, NpsResult> collector() {
        return Accumulator.collector(NpsAccumulator::create, NpsAccumulator::result);
    }

    /**
     * Adds one answer.
     *
     * @param response the answer, not null
     * @throws NullPointerException if {@code response} is null
     */
    @Override
    public void accept(NpsResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        acceptScore(response.score());
    }

    /**
     * Adds one 0–10 score.
     *
     * @param score the score, 0 to 10
     * @throws IllegalArgumentException if {@code score} is outside 0..10; nothing is accumulated then
     */
    public void acceptScore(int score) {
        add(NpsCategory.of(score));
    }

    /**
     * Adds one answer of a known category.
     *
     * @param category the category, not null
     * @throws NullPointerException if {@code category} is null
     */
    public void add(NpsCategory category) {
        Objects.requireNonNull(category, "category must not be null");
        switch (category) {
            case PROMOTER:
                promoters++;
                break;
            case PASSIVE:
                passives++;
                break;
            default:
                detractors++;
                break;
        }
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other the other accumulator, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count or the total would overflow a {@code long}; nothing
     *     changes then
     */
    @Override
    public NpsAccumulator combine(NpsAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        try {
            Math.addExact(Math.addExact(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives)),
                    Math.addExact(detractors, other.detractors));
        } catch (ArithmeticException e) {
            throw new ArithmeticException("combining NPS counts overflows a long: " + this + " + " + other);
        }
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        return this;
    }

    /**
     * Returns the NPS of the answers so far.
     *
     * @return the result; undefined (n = 0) if nothing was accepted
     */
    public NpsResult result() {
        return new NpsResult(promoters, passives, detractors);
    }

    /**
     * Returns the number of answers so far.
     *
     * @return n
     */
    public long responses() {
        return promoters + passives + detractors;
    }

    @Override
    public String toString() {
        return "NpsAccumulator{promoters=" + promoters + ", passives=" + passives + ", detractors=" + detractors + "}";
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
            if (promoters < 0 || passives < 0 || detractors < 0) {
                throw new IllegalArgumentException("counts must not be negative: promoters " + promoters + ", passives "
                        + passives + ", detractors " + detractors);
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid NpsAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
