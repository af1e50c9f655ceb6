package io.csmetrics.spark;

import io.csmetrics.revenue.MrrBridge;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The cost of going through Spark: the MRR bridge of one synthetic book ({@link SyntheticBook})
 * on a {@code local[N]} session against the core's bulk path in the same JVM, in rows
 * (account-months) per second, with where Spark's time goes. Not a JMH benchmark: a Spark job is
 * seconds long and dominated by shuffles, so a few timed repetitions after a warm-up say enough.
 * Run by the lead on a quiet machine (see README, "Beyond one machine"):
 *
 * <pre>
 * ./mvnw -B -ntp -f build-all.xml -P spark-bench -DskipTests -Dmaven.javadoc.skip package -Dbench.args="1000000 36 2 3"
 * </pre>
 *
 * Arguments: accounts, months, Spark threads ({@code local[N]}), timed repetitions.
 */
public final class SparkBridgeBench {

    private SparkBridgeBench() {
    }

    /**
     * Runs the comparison and prints it.
     *
     * @param args accounts, months, threads, repetitions (defaults 100000 36 2 3)
     */
    public static void main(String[] args) {
        long accounts = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long rowCount = SyntheticBook.rowCount(accounts, months);

        SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("csmetrics-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * threads)))
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        try {
            // the table as a user has it: materialised once, outside the timings
            Dataset<Row> rows = SyntheticBook.rows(spark, accounts, months).cache();
            long cached = rows.count();
            System.out.printf(Locale.ROOT, "book: %,d accounts x %d months, %,d rows (cached %,d), local[%d]%n",
                    accounts, months, rowCount, cached, threads);

            MrrBridge core = null;
            MrrBridge distributed = null;
            for (int r = -1; r < repetitions; r++) {   // r = -1 warms up
                long t0 = System.nanoTime();
                core = SyntheticBook.core(accounts, months).bridge();
                long t1 = System.nanoTime();
                long scanned = rows.count();
                long t2 = System.nanoTime();
                long series = SparkMrr.series(rows, MrrColumns.defaults()).count();
                long t3 = System.nanoTime();
                distributed = SparkRevenue.bridge(rows, MrrColumns.defaults(), SyntheticBook.first(),
                        SyntheticBook.last(months));
                long t4 = System.nanoTime();
                if (r < 0) {
                    continue;
                }
                double coreRate = rowCount / ((t1 - t0) / 1e9);
                double sparkRate = rowCount / ((t4 - t3) / 1e9);
                System.out.printf(Locale.ROOT,
                        "run %d: core bulk %.3f s (%,.0f rows/s) | spark bridge %.3f s (%,.0f rows/s), ratio core/spark %.1f"
                                + " | of which: scan of cached rows %.3f s (%,d rows), rows -> series %.3f s (%,d series)%n",
                        r + 1, (t1 - t0) / 1e9, coreRate, (t4 - t3) / 1e9, sparkRate, coreRate / sparkRate,
                        (t2 - t1) / 1e9, scanned, (t3 - t2) / 1e9, series);
            }
            System.out.println("spark bridge equals core bridge: " + distributed.equals(core));
        } finally {
            spark.stop();
        }
    }
}
