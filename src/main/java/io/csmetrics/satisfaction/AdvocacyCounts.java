package io.csmetrics.satisfaction;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Advocacy events counted per calendar month and kind, with counts over periods and growth from
 * one period to the next.
 *
 * <p><b>Growth.</b> For a period of {@code m} months {@code [from, to]} and the {@code m} months
 * before it, {@code growth = (current − previous) / previous}, an exact {@link Ratio}; it is
 * undefined (a zero denominator) when the previous period has no events — never 0 or infinity.
 *
 * <p>Example: 4 reviews in Q1 2024 and 6 in Q2 give
 * {@code growth(REVIEW, 2024-04, 2024-06) = (6 − 4)/4 = 50 %}.
 *
 * @param counts the counts per month and kind; months and kinds without events may be absent;
 *     copied, every count positive
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdvocacyCounts(Map<YearMonth, Map<AdvocacyKind, Long>> counts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates and copies the counts into sorted, unmodifiable maps.
     *
     * @param counts the counts per month and kind, not null
     * @throws NullPointerException if a map, key or count is null
     * @throws IllegalArgumentException if a count is not positive
     */
    public AdvocacyCounts {
        Objects.requireNonNull(counts, "counts must not be null");
        TreeMap<YearMonth, Map<AdvocacyKind, Long>> copy = new TreeMap<>();
        counts.forEach((month, byKind) -> {
            Objects.requireNonNull(month, "month must not be null");
            Objects.requireNonNull(byKind, "counts of " + month + " must not be null");
            TreeMap<AdvocacyKind, Long> kinds = new TreeMap<>();
            byKind.forEach((kind, n) -> {
                Objects.requireNonNull(kind, "kind must not be null");
                Objects.requireNonNull(n, "count must not be null");
                if (n <= 0) {
                    throw new IllegalArgumentException("count of " + kind + " in " + month + " must be positive: " + n);
                }
                kinds.put(kind, n);
            });
            if (!kinds.isEmpty()) {
                copy.put(month, Collections.unmodifiableMap(kinds));
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the kinds seen.
     *
     * @return the kinds with at least one event, sorted by name
     */
    public SortedSet<AdvocacyKind> kinds() {
        TreeSet<AdvocacyKind> kinds = new TreeSet<>();
        counts.values().forEach(m -> kinds.addAll(m.keySet()));
        return Collections.unmodifiableSortedSet(kinds);
    }

    /**
     * Returns the events of a kind in one month.
     *
     * @param kind the kind, not null
     * @param month the month, not null
     * @return the count, 0 if none
     * @throws NullPointerException if an argument is null
     */
    public long count(AdvocacyKind kind, YearMonth month) {
        return count(kind, month, month);
    }

    /**
     * Returns the events of a kind in the months {@code from..to}, both included.
     *
     * @param kind the kind, not null
     * @param from the first month, not null
     * @param to the last month, not before {@code from}
     * @return the count, 0 if none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public long count(AdvocacyKind kind, YearMonth from, YearMonth to) {
        Objects.requireNonNull(kind, "kind must not be null");
        long n = 0;
        for (Map<AdvocacyKind, Long> m : range(from, to)) {
            n += m.getOrDefault(kind, 0L);
        }
        return n;
    }

    /**
     * Returns the events of all kinds in the months {@code from..to}, both included.
     *
     * @param from the first month, not null
     * @param to the last month, not before {@code from}
     * @return the count, 0 if none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public long total(YearMonth from, YearMonth to) {
        long n = 0;
        for (Map<AdvocacyKind, Long> m : range(from, to)) {
            for (long c : m.values()) {
                n += c;
            }
        }
        return n;
    }

    /**
     * Returns the growth of a kind's count from the preceding period of equal length to
     * {@code from..to}: {@code (current − previous) / previous}.
     *
     * @param kind the kind, not null
     * @param from the first month of the current period, not null
     * @param to the last month of the current period, not before {@code from}
     * @return the growth; undefined (zero denominator) when the previous period has no events
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or the preceding
     *     period would start before the first supported month
     */
    public Ratio growth(AdvocacyKind kind, YearMonth from, YearMonth to) {
        long months = growthLength(from, to);
        long current = count(kind, from, to);
        long previous = count(kind, from.minusMonths(months), from.minusMonths(1));
        return Ratio.of(current - previous, previous);
    }

    /**
     * Returns the growth of all kinds together, as {@link #growth(AdvocacyKind, YearMonth, YearMonth)}.
     *
     * @param from the first month of the current period, not null
     * @param to the last month of the current period, not before {@code from}
     * @return the growth; undefined (zero denominator) when the previous period has no events
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or the preceding
     *     period would start before the first supported month
     */
    public Ratio totalGrowth(YearMonth from, YearMonth to) {
        long months = growthLength(from, to);
        long current = total(from, to);
        long previous = total(from.minusMonths(months), from.minusMonths(1));
        return Ratio.of(current - previous, previous);
    }

    private static long length(YearMonth from, YearMonth to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** Growth compares with the period of equal length before {@code from}, which must exist. */
    private static long growthLength(YearMonth from, YearMonth to) {
        long months = length(from, to);
        if (months > ChronoUnit.MONTHS.between(YearMonth.of(java.time.Year.MIN_VALUE, 1), from)) {
            throw new IllegalArgumentException("from (" + from + ") must be at least " + months
                    + " months after the first supported month, for the preceding period of growth");
        }
        return months;
    }

    private List<Map<AdvocacyKind, Long>> range(YearMonth from, YearMonth to) {
        length(from, to);
        List<Map<AdvocacyKind, Long>> in = new ArrayList<>();
        counts.forEach((month, byKind) -> {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                in.add(byKind);
            }
        });
        return in;
    }
}
