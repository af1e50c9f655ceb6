package io.csmetrics.spark;

import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import java.time.YearMonth;
import java.util.Objects;
import java.util.SortedMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The cohort family on Spark: the {@link RetentionMatrix} (cohorts by acquisition month) of an MRR
 * table ({@link MrrColumns}), overall or one per segment, equal to the core's
 * {@link RetentionMatrix#of} over the same accounts.
 *
 * <p>Example: {@code RetentionMatrix<YearMonth> m = SparkCohorts.retentionMatrix(rows, MrrColumns.defaults(), YearMonth.of(2025, 12));}
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkCohorts {

    private SparkCohorts() {
    }

    /**
     * Returns the retention matrix of every account, with the default
     * {@link CohortReactivationRule#NOT_RETAINED}.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param asOf the last month observed, not null
     * @return the matrix; empty for an empty table
     * @throws NullPointerException if an argument is null, or a row has a null key
     * @throws IllegalArgumentException if a column is missing or mistyped, or a row is invalid
     * @throws io.csmetrics.CurrencyMismatchException if rows are in more than one currency
     */
    public static RetentionMatrix<YearMonth> retentionMatrix(Dataset<Row> rows, MrrColumns columns, YearMonth asOf) {
        return retentionMatrix(rows, columns, asOf, CohortReactivationRule.NOT_RETAINED);
    }

    /**
     * Returns the retention matrix of every account.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @return the matrix; empty for an empty table
     * @throws NullPointerException if an argument is null, or a row has a null key
     * @throws IllegalArgumentException if a column is missing or mistyped, or a row is invalid
     * @throws io.csmetrics.CurrencyMismatchException if rows are in more than one currency
     */
    public static RetentionMatrix<YearMonth> retentionMatrix(Dataset<Row> rows, MrrColumns columns, YearMonth asOf,
            CohortReactivationRule rule) {
        RetentionMatrixAggregator aggregator = RetentionMatrixAggregator.of(asOf, rule);
        return Grouped.single(SparkMrr.series(rows, columns), aggregator);
    }

    /**
     * Returns one retention matrix per segment, with the default rule.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param segmentColumn the segment column, not null
     * @param asOf the last month observed, not null
     * @return the matrices by segment, sorted by segment, unmodifiable
     * @throws NullPointerException if an argument is null, or a row has a null key or segment
     * @throws IllegalArgumentException as {@link #retentionMatrix(Dataset, MrrColumns, YearMonth)},
     *     or if an account has rows in two segments
     * @throws io.csmetrics.CurrencyMismatchException if one segment's rows are in more than one currency
     */
    public static SortedMap<String, RetentionMatrix<YearMonth>> retentionMatrixBySegment(Dataset<Row> rows,
            MrrColumns columns, String segmentColumn, YearMonth asOf) {
        Objects.requireNonNull(segmentColumn, "segmentColumn must not be null");
        RetentionMatrixAggregator aggregator = RetentionMatrixAggregator.of(asOf);
        return Grouped.bySegment(SparkMrr.series(rows, columns, segmentColumn), aggregator);
    }
}
