package io.csmetrics.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes the benchmark company as an MRR CSV: {@code account,month,mrr,currency}, one row per paying
 * account-month (an account's unpaid months simply have no row), accounts in order, months ascending.
 * The data is {@link MrrBridgeBenchmark#generate(long, int, int)}'s: 1,000,000 accounts × 36 months
 * give about 20.5 M rows and 0.66 GB.
 *
 * <p>Run (after {@code ./mvnw -P bench test-compile}):
 * <pre>
 * java -cp target/classes:target/test-classes io.csmetrics.bench.MrrCsvGenerator /tmp/mrr-1m.csv 1000000 36 20240101
 * </pre>
 */
public final class MrrCsvGenerator {

    static final YearMonth FIRST = YearMonth.of(2023, 1);

    private MrrCsvGenerator() {
    }

    /**
     * Writes the file.
     *
     * @param args file, then optionally accounts (default 1,000,000), months (36) and seed (20240101)
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: MrrCsvGenerator FILE [ACCOUNTS [MONTHS [SEED]]]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 36;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20240101L;
        long rows = write(file, accounts, months, seed);
        System.out.printf("%s: %d accounts x %d months, %d rows, %d bytes%n", file, accounts, months, rows, Files.size(file));
    }

    /** Writes the CSV and returns the number of data rows. */
    static long write(Path file, int accounts, int months, long seed) throws IOException {
        long[] matrix = MrrBridgeBenchmark.generate(seed, accounts, months);
        byte[][] monthText = new byte[months][];
        for (int m = 0; m < months; m++) {
            monthText[m] = FIRST.plusMonths(m).toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        long rows = 0;
        byte[] line = new byte[64];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("account,month,mrr,currency\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int a = 0; a < accounts; a++) {
                for (int m = 0; m < months; m++) {
                    long cents = matrix[a * months + m];
                    if (cents == 0) {
                        continue;
                    }
                    int n = 0;
                    line[n++] = 'a';
                    line[n++] = 'c';
                    line[n++] = 'c';
                    line[n++] = 't';
                    line[n++] = '-';
                    n = digits(line, n, a, 7);
                    line[n++] = ',';
                    System.arraycopy(monthText[m], 0, line, n, 7);
                    n += 7;
                    line[n++] = ',';
                    long units = cents / 100;
                    n = digits(line, n, units, 1);
                    line[n++] = '.';
                    n = digits(line, n, cents % 100, 2);
                    line[n++] = ',';
                    line[n++] = 'U';
                    line[n++] = 'S';
                    line[n++] = 'D';
                    line[n++] = '\n';
                    out.write(line, 0, n);
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Writes {@code v} in decimal, zero-padded to at least {@code width} digits. */
    private static int digits(byte[] b, int n, long v, int width) {
        int len = Math.max(width, v == 0 ? 1 : (int) Math.floor(Math.log10(v)) + 1);
        for (int i = n + len - 1; i >= n; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return n + len;
    }
}
