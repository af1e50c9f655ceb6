package io.csmetrics.spark;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.RevenueRetention;
import java.time.YearMonth;
import java.util.Objects;
import java.util.SortedMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The revenue family on Spark: the {@link MrrBridge} and {@link RevenueRetention} (NRR, GRR) of an
 * MRR table ({@link MrrColumns}), overall or one per segment, each equal to the core's
 * single-machine result on the same rows.
 *
 * <p>Each call groups the rows per account ({@link SparkMrr#series}) and runs one typed aggregator
 * ({@link MrrBridgeAggregator}, {@link RevenueRetentionAggregator}); to compute several results
 * from one table, {@code cache()} the series and use the aggregators directly. Errors found in
 * tasks are rethrown as the core's exceptions (see {@link SparkMrr}).
 *
 * <p>Example:
 * <pre>{@code
 * Dataset<Row> rows = spark.read().parquet("s3://bucket/mrr");         // account, month, mrr, currency
 * MrrBridge bridge = SparkRevenue.bridge(rows, MrrColumns.defaults(), YearMonth.of(2024, 1), YearMonth.of(2026, 12));
 * bridge.period(YearMonth.of(2026, 6)).churn();
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkRevenue {

    private SparkRevenue() {
    }

    /**
     * Returns the MRR bridge of every account over a window.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param firstMonth the window's first month, the opening balance, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the bridge, equal to {@link MrrBridge#fromSnapshots} of the same rows
     * @throws NullPointerException if an argument is null, or a row has a null key (see {@link SparkMrr})
     * @throws IllegalArgumentException if a column is missing or mistyped, a row is invalid, the
     *     window is invalid, or the table is empty without {@link MrrColumns#withCurrency}
     * @throws io.csmetrics.CurrencyMismatchException if rows are in more than one currency
     */
    public static MrrBridge bridge(Dataset<Row> rows, MrrColumns columns, YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(columns, "columns must not be null");
        MrrBridgeAggregator aggregator = MrrBridgeAggregator.of(firstMonth, lastMonth, columns.currency().orElse(null));
        return Grouped.single(SparkMrr.series(rows, columns), aggregator);
    }

    /**
     * Returns one MRR bridge per segment, the segment read from a column (one segment per account).
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param segmentColumn the segment column, not null
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the bridges by segment, sorted by segment, unmodifiable; no entry for an empty table
     * @throws NullPointerException if an argument is null, or a row has a null key or segment
     * @throws IllegalArgumentException as {@link #bridge}, or if an account has rows in two segments
     * @throws io.csmetrics.CurrencyMismatchException if one segment's rows are in more than one currency
     */
    public static SortedMap<String, MrrBridge> bridgeBySegment(Dataset<Row> rows, MrrColumns columns, String segmentColumn,
            YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(columns, "columns must not be null");
        Objects.requireNonNull(segmentColumn, "segmentColumn must not be null");
        MrrBridgeAggregator aggregator = MrrBridgeAggregator.of(firstMonth, lastMonth, columns.currency().orElse(null));
        return Grouped.bySegment(SparkMrr.series(rows, columns, segmentColumn), aggregator);
    }

    /**
     * Returns the revenue retention (NRR, GRR) of every account from one month to a later one.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param startMonth the month whose paying accounts are measured, not null
     * @param endMonth the month they are measured at, after {@code startMonth}, not null
     * @return the retention, equal to the core's {@link io.csmetrics.revenue.RevenueRetentionAccumulator} over the same accounts
     * @throws NullPointerException if an argument is null, or a row has a null key
     * @throws IllegalArgumentException as {@link #bridge}, or if the months are invalid
     * @throws io.csmetrics.CurrencyMismatchException if rows are in more than one currency
     */
    public static RevenueRetention retention(Dataset<Row> rows, MrrColumns columns, YearMonth startMonth,
            YearMonth endMonth) {
        Objects.requireNonNull(columns, "columns must not be null");
        RevenueRetentionAggregator aggregator = RevenueRetentionAggregator.of(startMonth, endMonth,
                columns.currency().orElse(null));
        return Grouped.single(SparkMrr.series(rows, columns), aggregator);
    }

    /**
     * Returns one revenue retention per segment.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param segmentColumn the segment column, not null
     * @param startMonth the start month, not null
     * @param endMonth the end month, after {@code startMonth}, not null
     * @return the retention by segment, sorted by segment, unmodifiable
     * @throws NullPointerException if an argument is null, or a row has a null key or segment
     * @throws IllegalArgumentException as {@link #retention}, or if an account has rows in two segments
     * @throws io.csmetrics.CurrencyMismatchException if one segment's rows are in more than one currency
     */
    public static SortedMap<String, RevenueRetention> retentionBySegment(Dataset<Row> rows, MrrColumns columns,
            String segmentColumn, YearMonth startMonth, YearMonth endMonth) {
        Objects.requireNonNull(columns, "columns must not be null");
        Objects.requireNonNull(segmentColumn, "segmentColumn must not be null");
        RevenueRetentionAggregator aggregator = RevenueRetentionAggregator.of(startMonth, endMonth,
                columns.currency().orElse(null));
        return Grouped.bySegment(SparkMrr.series(rows, columns, segmentColumn), aggregator);
    }
}
