package io.csmetrics.onboarding;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable count of whole-day values: memory grows with the distinct values (a few hundred days),
 * not with the accounts counted.
 */
final class DayHistogram implements Serializable {

    private static final long serialVersionUID = 1L;

    final TreeMap<Long, Long> counts = new TreeMap<>();

    void add(long days) {
        counts.merge(days, 1L, Long::sum);
    }

    void addAll(DayHistogram other) {
        for (Map.Entry<Long, Long> e : other.counts.entrySet()) {
            counts.merge(e.getKey(), e.getValue(), Long::sum);
        }
    }

    void check() {
        java.util.Objects.requireNonNull(counts, "counts must not be null").forEach((day, n) -> {
            DaysDistribution.checkDays(java.util.Objects.requireNonNull(day, "a day must not be null"), "day");
            if (n == null || n <= 0) {
                throw new IllegalArgumentException("count of day " + day + " must be positive: " + n);
            }
        });
    }
}
