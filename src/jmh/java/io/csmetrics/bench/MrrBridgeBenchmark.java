package io.csmetrics.bench;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The MRR bridge over generated data, 1,000,000 accounts × 36 months (a row-major {@code long}
 * matrix of cents, 288 MB), through the bulk path {@link MrrBridgeAccumulator#accept(int, long[], int, int)},
 * against a raw primitive loop computing the same movement totals over the same array in the same
 * run. Scores are account-months per second (one operation = one account-month).
 *
 * <p>Run: {@code ./mvnw -B -ntp -P bench test-compile exec:exec -Djmh.args="-f 1 -wi 2 -i 3 -w 2s -r 3s MrrBridgeBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class MrrBridgeBenchmark {

    static final int MONTHS = 36;
    static final int ACCOUNTS = 1_000_000;
    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth FIRST = YearMonth.of(2023, 1);
    static final YearMonth LAST = FIRST.plusMonths(MONTHS - 1);

    @Param("20240101")
    long seed;

    /** Row-major: account {@code a}'s month {@code m} at {@code a * MONTHS + m}. */
    long[] matrix;

    @Setup(Level.Trial)
    public void generate() {
        matrix = generate(seed, ACCOUNTS, MONTHS);
        MrrBridge bulk = bulk();
        long[] raw = rawLoop();
        for (int w = 1; w < MONTHS; w++) {
            var p = bulk.periods().get(w - 1);
            int b = w * 12;
            if (p.newBusiness().amount().toMinorUnits() != raw[b + 2] || p.expansion().amount().toMinorUnits() != raw[b + 4]
                    || p.reactivation().amount().toMinorUnits() != raw[b + 6]
                    || p.contraction().amount().toMinorUnits() != raw[b + 8]
                    || p.churn().amount().toMinorUnits() != raw[b + 10] || p.endMrr().toMinorUnits() != raw[b]
                    || p.churn().count() != raw[b + 11] || p.newBusiness().count() != raw[b + 3]) {
                throw new IllegalStateException("baseline and bulk path disagree in month " + w);
            }
        }
    }

    /**
     * Accounts join over time (40 % before the window), pay a plan price in cents, and each month
     * churn (2 %), expand (3 %), contract (1.5 %) or, once churned, come back (3 %).
     */
    static long[] generate(long seed, int accounts, int months) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] prices = {49_00, 99_00, 249_00, 499_00, 41_67, 82_50};
        long[] m = new long[accounts * months];
        for (int a = 0; a < accounts; a++) {
            int start = random.nextDouble() < 0.4 ? 0 : random.nextInt(months);
            long mrr = prices[random.nextInt(prices.length)] * (1 + random.nextInt(10));
            boolean active = true;
            int row = a * months;
            for (int t = start; t < months; t++) {
                if (t > start) {
                    double r = random.nextDouble();
                    if (active) {
                        if (r < 0.02) {
                            active = false;
                        } else if (r < 0.05) {
                            mrr += prices[random.nextInt(4)];
                        } else if (r < 0.065 && mrr > 100_00) {
                            mrr -= 49_00;
                        }
                    } else if (r < 0.03) {
                        active = true;
                    }
                }
                m[row + t] = active ? mrr : 0;
            }
        }
        return m;
    }

    /** The library's bulk path: one call per account over a slice of the matrix. */
    @Benchmark
    @OperationsPerInvocation(ACCOUNTS * MONTHS)
    public MrrBridge bulk() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, FIRST, LAST);
        long[] m = matrix;
        for (int a = 0, row = 0; a < ACCOUNTS; a++, row += MONTHS) {
            acc.accept(0, m, row, MONTHS);
        }
        return acc.bridge();
    }

    /**
     * The baseline: the same classification and totals (state laid out as the accumulator's, 12 longs per month) in
     * one plain loop, without validation, overflow bounds or result objects.
     */
    @Benchmark
    @OperationsPerInvocation(ACCOUNTS * MONTHS)
    public long[] rawLoop() {
        long[] s = new long[MONTHS * 12];
        long[] m = matrix;
        for (int row = 0; row < m.length; row += MONTHS) {
            long prev = m[row];
            s[0] += prev;
            s[1] += prev != 0 ? 1 : 0;
            boolean paid = prev != 0;
            for (int w = 1; w < MONTHS; w++) {
                long cur = m[row + w];
                int b = w * 12;
                s[b] += cur;
                s[b + 1] += cur != 0 ? 1 : 0;
                if (cur != prev) {
                    if (prev == 0) {
                        int k = paid ? 6 : 2;
                        s[b + k] += cur;
                        s[b + k + 1]++;
                        paid = true;
                    } else if (cur == 0) {
                        s[b + 10] += prev;
                        s[b + 11]++;
                    } else if (cur > prev) {
                        s[b + 4] += cur - prev;
                        s[b + 5]++;
                    } else {
                        s[b + 8] += prev - cur;
                        s[b + 9]++;
                    }
                }
                prev = cur;
            }
        }
        return s;
    }
}
