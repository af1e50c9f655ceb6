package io.csmetrics.bench;

import io.csmetrics.io.MrrCsvReader;
import io.csmetrics.io.MrrTable;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.RevenueRetention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CSV → MRR bridge + NRR/GRR (one month and trailing twelve), end to end from a file on disk,
 * through {@link MrrCsvReader} and the {@link MrrTable} bulk paths, against a baseline in the same
 * run: a plain byte parser that knows the generator's exact format (fixed column order, ids
 * {@code acct-NNNNNNN} used directly as matrix rows, no quotes, no validation) into a primitive
 * {@code long} matrix, with the same bridge and retention totals in one raw loop. The baseline is the
 * floor for reading these bytes into columns; the reader's distance from it is the cost of RFC 4180,
 * header lookup, interning arbitrary ids, UTF-8 and bound checks, and result objects.
 *
 * <p>The file is {@link MrrCsvGenerator}'s company (1,000,000 accounts × 36 months by default,
 * written once per trial to a temporary file, or {@code -Dcsmetrics.csv=FILE} to use an existing
 * one). Scores are seconds per file; rows per second = rows (printed at setup) / score. For peak heap
 * add {@code -prof gc} (allocation) or run the report end to end under {@code /usr/bin/time -v} (see
 * README).
 *
 * <p>Run: {@code ./mvnw -B -ntp -P bench test-compile exec:exec -Djmh.args="-f 1 -wi 2 -i 3 MrrCsvBenchmark"}
 * ({@code -p threads=1,2} for the reader on one and two threads);
 * smoke: {@code -Djmh.args="-f 0 -wi 0 -i 1 -r 1 -p accounts=2000 MrrCsvBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MrrCsvBenchmark {

    @Param("1000000")
    int accounts;

    @Param("36")
    int months;

    /** {@link MrrCsvReader.Builder#threads(int)} of the library's read; the baseline is one thread. */
    @Param("1")
    int threads;

    Path file;
    boolean generated;
    YearMonth first;
    YearMonth last;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        String given = System.getProperty("csmetrics.csv");
        if (given != null) {
            file = Path.of(given);
        } else {
            file = Files.createTempFile("csmetrics-bench-", ".csv");
            generated = true;
            long rows = MrrCsvGenerator.write(file, accounts, months, 20240101L);
            System.out.printf("%n%s: %d accounts x %d months, %d rows, %d bytes%n", file, accounts, months, rows,
                    Files.size(file));
        }
        first = MrrCsvGenerator.FIRST;
        last = first.plusMonths(months - 1L);
        check();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        if (generated) {
            Files.deleteIfExists(file);
        }
    }

    /** Both paths must compute the same figures, or the comparison means nothing. */
    private void check() throws IOException {
        Object[] library = library();
        MrrBridge bridge = (MrrBridge) library[0];
        long[] raw = baseline();
        for (int w = 1; w < months; w++) {
            MrrBridgePeriod p = bridge.periods().get(w - 1);
            int b = w * 12;
            if (p.endMrr().toMinorUnits() != raw[b] || p.endAccounts() != raw[b + 1]
                    || p.newBusiness().amount().toMinorUnits() != raw[b + 2]
                    || p.expansion().amount().toMinorUnits() != raw[b + 4]
                    || p.reactivation().amount().toMinorUnits() != raw[b + 6]
                    || p.contraction().amount().toMinorUnits() != raw[b + 8]
                    || p.churn().amount().toMinorUnits() != raw[b + 10] || p.churn().count() != raw[b + 11]) {
                throw new IllegalStateException("baseline and reader disagree in month " + w);
            }
        }
        RevenueRetention r12 = (RevenueRetention) library[2];
        int base = months * 12;
        if (r12 != null && (r12.startMrr().toMinorUnits() != raw[base] || r12.endMrr().toMinorUnits() != raw[base + 1])) {
            throw new IllegalStateException("baseline and reader disagree on trailing-12 NRR: " + r12);
        }
    }

    /** The library: read, check and intern into an MrrTable, then the bridge and NRR/GRR through bulk kernels. */
    @Benchmark
    public Object[] library() throws IOException {
        MrrTable t = read();
        MrrBridge bridge = t.bridge(first, last);
        RevenueRetention one = months > 1 ? t.retention(last.minusMonths(1), last) : null;
        RevenueRetention twelve = months > 12 ? t.retention(last.minusMonths(12), last) : null;
        return new Object[] {bridge, one, twelve};
    }

    /**
     * The reader alone: CSV → {@link MrrTable}, every check included, no kernel; rows per second of
     * the intake. (The baseline below does more than this: it also computes the bridge.)
     */
    @Benchmark
    public MrrTable read() throws IOException {
        return MrrCsvReader.builder().threads(threads).build().read(file);
    }

    /**
     * The baseline: bytes → {@code long[accounts × months]} by fixed positions, then the bridge's
     * twelve longs per month and trailing-12 start/end MRR in one loop.
     */
    @Benchmark
    public long[] baseline() throws IOException {
        int n = months;
        long[] m = new long[accounts * n];
        int firstIndex = first.getYear() * 12 + first.getMonthValue() - 1;
        byte[] buf = new byte[1 << 20];
        int len = 0;
        boolean header = true;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(buf, len, buf.length - len);
                if (read < 0) {
                    break;
                }
                len += read;
                int p = 0;
                int nl;
                while ((nl = indexOf(buf, p, len)) >= 0) {
                    if (header) {
                        header = false;
                    } else {
                        int q = p + 5; // "acct-"
                        int account = 0;
                        while (buf[q] != ',') {
                            account = account * 10 + buf[q++] - '0';
                        }
                        q++;
                        int year = (buf[q] - '0') * 1000 + (buf[q + 1] - '0') * 100 + (buf[q + 2] - '0') * 10 + buf[q + 3] - '0';
                        int month = (buf[q + 5] - '0') * 10 + buf[q + 6] - '0';
                        q += 8;
                        long cents = 0;
                        while (buf[q] != ',') {
                            byte c = buf[q++];
                            if (c != '.') {
                                cents = cents * 10 + c - '0';
                            }
                        }
                        m[account * n + year * 12 + month - 1 - firstIndex] = cents;
                    }
                    p = nl + 1;
                }
                System.arraycopy(buf, p, buf, 0, len - p);
                len -= p;
            }
        }
        long[] s = new long[n * 12 + 2];
        int start12 = n - 13;
        for (int row = 0; row < m.length; row += n) {
            long prev = m[row];
            s[0] += prev;
            s[1] += prev != 0 ? 1 : 0;
            boolean paid = prev != 0;
            for (int w = 1; w < n; w++) {
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
            if (start12 >= 0 && m[row + start12] != 0) {
                s[n * 12] += m[row + start12];
                s[n * 12 + 1] += m[row + n - 1];
            }
        }
        return s;
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
