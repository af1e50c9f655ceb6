package io.csmetrics.activity;

import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A distribution of durations (support first-response or resolution times), to the second:
 * count, exact mean, nearest-rank median and 90th percentile, and maximum.
 *
 * <p>Percentiles are nearest-rank (R {@code quantile(type = 1)}), as in onboarding: the p-th
 * percentile of {@code n} sorted values is the value at rank {@code ⌈p·n⌉}. Example: 1, 2, 3, 4
 * hours give median 2 h, p90 4 h, mean 2.5 h. With no values, every statistic is empty.
 *
 * @param count the number of durations
 * @param meanSeconds the exact mean in seconds; 0/0 (undefined) when {@code count == 0}
 * @param median the nearest-rank median, empty when {@code count == 0}
 * @param p90 the nearest-rank 90th percentile, empty when {@code count == 0}
 * @param max the largest, empty when {@code count == 0}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record DurationSummary(long count, Ratio meanSeconds, Optional<Duration> median, Optional<Duration> p90,
        Optional<Duration> max) {

    static DurationSummary of(long[] seconds, int size) {
        long[] sorted = Arrays.copyOf(seconds, size);
        Arrays.sort(sorted);
        if (size == 0) {
            return new DurationSummary(0, Ratio.of(0, 0), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new DurationSummary(size, mean(sorted), Optional.of(rank(sorted, 1, 2)),
                Optional.of(rank(sorted, 9, 10)), Optional.of(Duration.ofSeconds(sorted[size - 1])));
    }

    /** The exact mean: a {@code long} sum, or a {@code BigInteger} one where that would overflow. */
    private static Ratio mean(long[] seconds) {
        long sum = 0;
        for (int i = 0; i < seconds.length; i++) {
            long next = sum + seconds[i];
            if (((sum ^ next) & (seconds[i] ^ next)) < 0) {
                BigInteger big = BigInteger.valueOf(sum);
                for (int j = i; j < seconds.length; j++) {
                    big = big.add(BigInteger.valueOf(seconds[j]));
                }
                return Ratio.of(new BigDecimal(big), BigDecimal.valueOf(seconds.length));
            }
            sum = next;
        }
        return Ratio.of(sum, seconds.length);
    }

    private static Duration rank(long[] sorted, long num, long den) {
        long n = sorted.length;
        long r = (num * n + den - 1) / den;
        return Duration.ofSeconds(sorted[(int) Math.max(1, r) - 1]);
    }
}
