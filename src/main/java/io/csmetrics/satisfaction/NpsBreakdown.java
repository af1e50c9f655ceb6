package io.csmetrics.satisfaction;

import io.csmetrics.Accumulator;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * NPS per group — per segment, per account, per period — from one pass over the answers: a
 * mergeable group-by accumulator keyed by a user function.
 *
 * <p>Each answer goes to the group {@code key.apply(answer)}; each group keeps promoter, passive and
 * detractor counts, so memory is proportional to the number of distinct keys, not answers. Any
 * split of the answers accumulated separately and combined gives exactly the sequential result.
 * {@link #trend(Comparator, NpsIntervalMethod)} orders the groups (periods) and compares each with
 * the previous one.
 *
 * <p>Keys must have value {@code equals}/{@code hashCode}; for the accumulator to be serialised
 * (shipped to another machine) keys and the key function must be serialisable — a lambda or method
 * reference passed as a {@link Key} is. Combine only breakdowns made with the same key function;
 * functions cannot be compared, so this is not checked.
 *
 * <p>Example: NPS per quarter and its trend:
 *
 * <pre>{@code
 * NpsBreakdown<String> byQuarter = responses.stream().collect(NpsBreakdown.collector(
 *         r -> r.date().orElseThrow().getYear() + "-Q" + ((r.date().orElseThrow().getMonthValue() + 2) / 3)));
 * List<NpsTrendPoint<String>> trend = byQuarter.trend(Comparator.naturalOrder(), NpsIntervalMethod.ADJUSTED_WALD);
 * }</pre>
 *
 * @param <K> the group key type
 * @implSpec This class is a mutable accumulator, not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class NpsBreakdown<K> implements Accumulator<NpsResponse, NpsBreakdown<K>> {

    private static final long serialVersionUID = 1L;

    /**
     * The function that assigns an answer to its group; serialisable so the accumulator can be.
     *
     * @param <K> the key type
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Key<K> extends Function<NpsResponse, K>, Serializable {
    }

    private final Key<K> key;
    // Indexed by NpsCategory ordinal.
    private final HashMap<K, long[]> counts = new HashMap<>();

    private NpsBreakdown(Key<K> key) {
        this.key = key;
    }

    /**
     * Returns an empty breakdown by a key function.
     *
     * @param key assigns each answer its group; must not return null
     * @param <K> the key type
     * @return a new breakdown
     * @throws NullPointerException if {@code key} is null
     */
    public static <K> NpsBreakdown<K> by(Key<K> key) {
        Objects.requireNonNull(key, "key must not be null");
        return new NpsBreakdown<>(key);
    }

    /**
     * Returns an empty breakdown by account; every answer must carry an account.
     *
     * @return a new breakdown keyed by account id
     */
    public static NpsBreakdown<String> byAccount() {
        return by(NpsBreakdown::accountOf);
    }

    /**
     * Returns an empty breakdown by calendar month of the answer's date; every answer must be dated.
     *
     * @return a new breakdown keyed by month
     */
    public static NpsBreakdown<YearMonth> byMonth() {
        return by(r -> YearMonth.from(dateOf(r)));
    }

    /**
     * Returns a collector of answers into a breakdown by a key function.
     *
     * @param key assigns each answer its group, not null
     * @param <K> the key type
     * @return the collector
     * @throws NullPointerException if {@code key} is null
     */
    public static <K> Collector<NpsResponse, NpsBreakdown<K>, NpsBreakdown<K>> collector(Key<K> key) {
        Objects.requireNonNull(key, "key must not be null");
        return Accumulator.collector(() -> by(key), Function.identity());
    }

    private static String accountOf(NpsResponse r) {
        return r.accountId().orElseThrow(() -> new IllegalArgumentException("response has no account: " + r));
    }

    private static LocalDate dateOf(NpsResponse r) {
        return r.date().orElseThrow(() -> new IllegalArgumentException("response has no date: " + r));
    }

    /**
     * Adds one answer to its group.
     *
     * @param response the answer, not null
     * @throws NullPointerException if {@code response} is null
     * @throws IllegalArgumentException if the key function returns null or rejects the answer (e.g.
     *     {@link #byMonth()} on an undated answer); nothing is accumulated then
     */
    @Override
    public void accept(NpsResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        K k = key.apply(response);
        if (k == null) {
            throw new IllegalArgumentException("key function returned null for " + response);
        }
        counts.computeIfAbsent(k, x -> new long[3])[response.category().ordinal()]++;
    }

    /**
     * Adds another breakdown's counts group by group.
     *
     * @param other the other breakdown, made with the same key function, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a group's total would overflow a {@code long}; nothing changes
     *     then
     */
    @Override
    public NpsBreakdown<K> combine(NpsBreakdown<K> other) {
        Objects.requireNonNull(other, "other must not be null");
        other.counts.forEach((k, c) -> {
            long[] mine = counts.get(k);
            long total = 0;
            for (int i = 0; i < 3; i++) {
                long sum = (mine == null ? 0 : mine[i]) + c[i];
                total += sum;
                if (sum < 0 || total < 0) {
                    throw new ArithmeticException("combining the NPS counts of group " + k + " overflows a long");
                }
            }
        });
        other.counts.forEach((k, c) -> {
            long[] mine = counts.computeIfAbsent(k, x -> new long[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
        return this;
    }

    /**
     * Returns the NPS of each group seen.
     *
     * @return an unmodifiable map from key to result, each with at least one response
     */
    public Map<K, NpsResult> results() {
        Map<K, NpsResult> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, toResult(c)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the NPS of one group.
     *
     * @param group the key, not null
     * @return its result; the empty (undefined) result if no answer had that key
     * @throws NullPointerException if {@code group} is null
     */
    public NpsResult result(K group) {
        Objects.requireNonNull(group, "group must not be null");
        long[] c = counts.get(group);
        return c == null ? NpsResult.empty() : toResult(c);
    }

    /**
     * Returns the NPS of all groups pooled.
     *
     * @return the overall result; undefined if nothing was accepted
     */
    public NpsResult overall() {
        NpsResult sum = NpsResult.empty();
        for (long[] c : counts.values()) {
            sum = sum.plus(toResult(c));
        }
        return sum;
    }

    /**
     * Returns the groups as a trend: ordered by key, each compared with the previous group by a
     * two-sample test ({@link NpsComparison}, previous first).
     *
     * @param order the order of the keys (e.g. {@code Comparator.naturalOrder()} for months), not null
     * @param method the comparison method, not null
     * @return the points in order; empty if nothing was accepted
     * @throws NullPointerException if an argument is null
     */
    public List<NpsTrendPoint<K>> trend(Comparator<? super K> order, NpsIntervalMethod method) {
        Objects.requireNonNull(order, "order must not be null");
        Objects.requireNonNull(method, "method must not be null");
        List<K> keys = new ArrayList<>(counts.keySet());
        keys.sort(order);
        List<NpsTrendPoint<K>> points = new ArrayList<>(keys.size());
        NpsResult previous = null;
        for (K k : keys) {
            NpsResult r = result(k);
            Optional<NpsComparison> change = previous == null ? Optional.empty()
                    : Optional.of(NpsComparison.of(previous, r, method));
            points.add(new NpsTrendPoint<>(k, r, change));
            previous = r;
        }
        return Collections.unmodifiableList(points);
    }

    private static NpsResult toResult(long[] c) {
        return new NpsResult(c[NpsCategory.PROMOTER.ordinal()], c[NpsCategory.PASSIVE.ordinal()],
                c[NpsCategory.DETRACTOR.ordinal()]);
    }

    /**
     * Returns the number of distinct groups.
     *
     * @return the number of keys seen
     */
    public int groups() {
        return counts.size();
    }

    @Override
    public String toString() {
        return "NpsBreakdown" + results();
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
            java.util.Objects.requireNonNull(key, "key must not be null");
            for (Map.Entry<K, long[]> e : java.util.Objects.requireNonNull(counts, "counts must not be null").entrySet()) {
                long[] c = java.util.Objects.requireNonNull(e.getValue(), "the counts of " + e.getKey() + " must not be null");
                if (c.length != 3 || c[0] < 0 || c[1] < 0 || c[2] < 0) {
                    throw new IllegalArgumentException("the counts of " + e.getKey() + " must be three, none negative: "
                            + java.util.Arrays.toString(c));
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid NpsBreakdown: " + e.getMessage())
                    .initCause(e);
        }
    }
}
