package io.csmetrics.outcome;

import io.csmetrics.Accumulator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The status of many customers' goals at one date: a mergeable aggregate over {@link CustomerGoal}s
 * giving a {@link GoalPortfolioResult}.
 *
 * <p>Memory is one pair of counters per distinct customer (to tell whether every or any of a
 * customer's goals succeeds), not per goal. Accumulators combine only with accumulators of the same
 * date. Any split of the goals combined gives exactly the sequential result.
 *
 * <p>Example: {@code goals.stream().collect(GoalPortfolio.collector(LocalDate.of(2025, 12, 31)))
 * .customerShare()} is the share of customers all of whose goals are attained or on track.
 *
 * @implSpec This class is a mutable accumulator, not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class GoalPortfolio implements Accumulator<CustomerGoal, GoalPortfolio> {

    private static final long serialVersionUID = 1L;

    private final LocalDate asOf;
    private final EnumMap<GoalStatus, Long> byStatus = new EnumMap<>(GoalStatus.class);
    // Per customer: [goals, successful goals].
    private final HashMap<String, long[]> customers = new HashMap<>();

    private GoalPortfolio(LocalDate asOf) {
        this.asOf = asOf;
    }

    /**
     * Returns an empty portfolio judged at a date.
     *
     * @param asOf the date the goals' statuses are taken at, not null
     * @return a new accumulator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static GoalPortfolio create(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        return new GoalPortfolio(asOf);
    }

    /**
     * Returns a collector of goals into their portfolio result at a date.
     *
     * @param asOf the date, not null
     * @return the collector
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Collector<CustomerGoal, GoalPortfolio, GoalPortfolioResult> collector(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        return Accumulator.collector(() -> create(asOf), GoalPortfolio::result);
    }

    /**
     * Adds one goal, judged at this portfolio's date.
     *
     * @param goal the goal, not null
     * @throws NullPointerException if {@code goal} is null
     */
    @Override
    public void accept(CustomerGoal goal) {
        Objects.requireNonNull(goal, "goal must not be null");
        GoalStatus status = goal.status(asOf);
        byStatus.merge(status, 1L, Long::sum);
        long[] c = customers.computeIfAbsent(goal.accountId(), k -> new long[2]);
        c[0]++;
        if (status.isSuccessful()) {
            c[1]++;
        }
    }

    /**
     * Adds another portfolio's goals.
     *
     * @param other a portfolio of the same date, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the dates differ; nothing changes then
     */
    @Override
    public GoalPortfolio combine(GoalPortfolio other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("cannot combine portfolios of different dates: " + asOf + " and "
                    + other.asOf);
        }
        other.byStatus.forEach((s, n) -> byStatus.merge(s, n, Long::sum));
        other.customers.forEach((id, c) -> {
            long[] mine = customers.computeIfAbsent(id, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        return this;
    }

    /**
     * Returns the portfolio so far.
     *
     * @return the result; shares undefined if no goal was accepted
     */
    public GoalPortfolioResult result() {
        long every = 0;
        long any = 0;
        for (Map.Entry<String, long[]> e : customers.entrySet()) {
            long[] c = e.getValue();
            if (c[1] == c[0]) {
                every++;
            }
            if (c[1] > 0) {
                any++;
            }
        }
        return new GoalPortfolioResult(asOf, byStatus, customers.size(), every, any);
    }

    /**
     * Returns the date the goals are judged at.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public String toString() {
        return "GoalPortfolio{asOf=" + asOf + ", " + byStatus + ", customers=" + customers.size() + "}";
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
            java.util.Objects.requireNonNull(asOf, "asOf must not be null");
            java.util.Objects.requireNonNull(byStatus, "byStatus must not be null").forEach((s, n) -> {
                if (s == null || n == null || n < 0) {
                    throw new IllegalArgumentException("count of status " + s + " must not be negative: " + n);
                }
            });
            java.util.Objects.requireNonNull(customers, "customers must not be null").forEach((c, n) -> {
                if (c == null || n == null || n.length != 2 || n[1] < 0 || n[1] > n[0]) {
                    throw new IllegalArgumentException("customer " + c + " must have goals >= successful goals >= 0");
                }
            });
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid GoalPortfolio: " + e.getMessage())
                    .initCause(e);
        }
    }
}
