package io.csmetrics.bench;

import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import io.csmetrics.cohort.SbgFit;
import io.csmetrics.cohort.ShiftedBetaGeometric;
import java.time.YearMonth;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cohort retention over 1 M accounts × 36 months: the {@link RetentionMatrixAccumulator} (logo,
 * gross and net retention per acquisition-month cohort, default reactivation rule) against a raw
 * loop over the same minor units computing the same five sums; and an sBG fit of a 13-period
 * survival series (Fader &amp; Hardie's "regular" cohort).
 *
 * <p>Run: {@code ./mvnw -B -ntp -P bench test-compile exec:exec -Djmh.args="-f 1 -wi 2 -i 3 CohortBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class CohortBenchmark {

    static final int ACCOUNTS = 1_000_000;
    static final int MONTHS = 36;
    static final YearMonth FIRST = YearMonth.of(2022, 1);
    static final YearMonth AS_OF = FIRST.plusMonths(MONTHS - 1);
    static final Currency USD = Currency.getInstance("USD");
    static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173};

    MrrHistory[] histories;
    long[][] raw;
    int[] starts;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        histories = new MrrHistory[ACCOUNTS];
        raw = new long[ACCOUNTS][];
        starts = new int[ACCOUNTS];
        for (int a = 0; a < ACCOUNTS; a++) {
            int start = random.nextInt(MONTHS);
            long[] mrr = new long[MONTHS];
            long value = 1_000 + random.nextInt(100_000);
            boolean active = true;
            for (int m = start; m < MONTHS; m++) {
                if (m > start) {
                    double r = random.nextDouble();
                    if (active && r < 0.03) {
                        active = false;
                    } else if (!active && r < 0.02) {
                        active = true;
                    } else if (r < 0.06) {
                        value += random.nextInt(2_000) - 900;
                        value = Math.max(100, value);
                    }
                }
                mrr[m] = active ? value : 0;
            }
            histories[a] = MrrHistory.of("A" + a, USD, FIRST, mrr);
            raw[a] = mrr;
            starts[a] = start;
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RetentionMatrix<YearMonth> retentionMatrix() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(AS_OF);
        for (MrrHistory h : histories) {
            acc.accept(h);
        }
        return acc.result();
    }

    /** The same five sums per cohort and month, straight over the arrays, no key function, no map. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long[][] rawLoopBaseline() {
        long[][] sums = new long[MONTHS][MONTHS * 5];
        for (int a = 0; a < raw.length; a++) {
            long[] mrr = raw[a];
            int start = starts[a];
            long[] row = sums[start];
            long m0 = mrr[start];
            boolean lapsed = false;
            for (int j = 0, b = 0; start + j < MONTHS; j++, b += 5) {
                long v = lapsed ? 0 : mrr[start + j];
                lapsed = v == 0;
                row[b]++;
                row[b + 2] += m0;
                if (v > 0) {
                    row[b + 1]++;
                    row[b + 3] += Math.min(v, m0);
                    row[b + 4] += v;
                }
            }
        }
        return sums;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SbgFit sbgFit13Periods() {
        return ShiftedBetaGeometric.fit(REGULAR);
    }
}
