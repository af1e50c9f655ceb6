package io.csmetrics.spark;

import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A large deterministic MRR book defined by one formula, generated inside Spark (no driver-side
 * rows) and, identically, in plain Java for the core: account {@code id} has rows for months
 * {@code s = id % 30 .. e = months − 1 − id % 11} from January 2023, with
 * {@code mrr = 0} when {@code (7·id + 13·m) % 17 < 2} (churn, reactivation) and otherwise
 * {@code 1000 + 100·(id % 50) + 500·((m·(id % 5)) div 6) − (300 if m % 4 = 3 and id % 3 = 0)} cents
 * (expansion, contraction). The window is July 2023 to the last month, so accounts also start
 * before it.
 */
final class SyntheticBook {

    static final YearMonth BASE = YearMonth.of(2023, 1);
    static final int WINDOW_OFFSET = 6;

    private SyntheticBook() {
    }

    static YearMonth first() {
        return BASE.plusMonths(WINDOW_OFFSET);
    }

    static YearMonth last(int months) {
        return BASE.plusMonths(months - 1L);
    }

    static long mrr(long id, int m) {
        if ((7 * id + 13L * m) % 17 < 2) {
            return 0;
        }
        return 1000 + 100 * (id % 50) + 500 * ((m * (id % 5)) / 6) - (m % 4 == 3 && id % 3 == 0 ? 300 : 0);
    }

    static int start(long id) {
        return (int) (id % 30);
    }

    static int end(long id, int months) {
        return months - 1 - (int) (id % 11);
    }

    /** The rows {@code account, month, mrr, currency}, generated in the executors. */
    static Dataset<Row> rows(SparkSession spark, long accounts, int months) {
        return spark.range(accounts)
                // Spark's sequence(s, e) counts down when s > e: such accounts have no rows here, as in core()
                .where("id % 30 <= " + (months - 1) + " - id % 11")
                .withColumn("m", functions.explode(functions.expr("sequence(CAST(id % 30 AS INT), " + (months - 1)
                        + " - CAST(id % 11 AS INT))")))
                .select(functions.concat(functions.lit("acct-"), functions.col("id").cast("string")).as("account"),
                        functions.expr("format_string('%04d-%02d', " + BASE.getYear() + " + m div 12, m % 12 + 1)").as("month"),
                        functions.expr("CASE WHEN (7 * id + 13 * m) % 17 < 2 THEN 0L ELSE 1000 + 100 * (id % 50) "
                                + "+ 500 * ((m * (id % 5)) div 6) - CASE WHEN m % 4 = 3 AND id % 3 = 0 THEN 300 ELSE 0 END END")
                                .cast("bigint").as("mrr"),
                        functions.lit("USD").as("currency"));
    }

    /** The same book through the core's bulk path, one dense series per account. */
    static MrrBridgeAccumulator core(long accounts, int months) {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(MrrTables.USD, first(), last(months));
        long[] series = new long[months];
        for (long id = 0; id < accounts; id++) {
            int s = start(id);
            int e = end(id, months);
            if (s > e) {
                continue;
            }
            for (int m = s; m <= e; m++) {
                series[m - s] = mrr(id, m);
            }
            acc.accept(s - WINDOW_OFFSET, series, 0, e - s + 1);
        }
        return acc;
    }

    /** The number of rows of the book, for rows/s. */
    static long rowCount(long accounts, int months) {
        long n = 0;
        for (long id = 0; id < accounts; id++) {
            n += Math.max(0, end(id, months) - start(id) + 1);
        }
        return n;
    }
}
