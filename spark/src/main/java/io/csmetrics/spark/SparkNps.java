package io.csmetrics.spark;

import io.csmetrics.satisfaction.NpsResult;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * The NPS family on Spark: the {@link NpsResult} of a table of 0–10 answers, overall or one per
 * segment, equal to the core's {@link io.csmetrics.satisfaction.NpsAccumulator} over the same
 * answers; the result carries its {@linkplain NpsResult#interval confidence intervals}.
 *
 * <p>The score column must be of an integral type (a {@code double} 9.5 is not an NPS answer);
 * a null score is a {@code NullPointerException}, a score outside 0..10 the core's
 * {@code IllegalArgumentException}.
 *
 * <p>Example: {@code SparkNps.nps(spark.table("survey"), "score").waldInterval(0.95)}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkNps {

    private SparkNps() {
    }

    /**
     * Returns the NPS of every answer.
     *
     * @param answers the answers, not null
     * @param scoreColumn the integral 0–10 score column, not null
     * @return the result; the undefined empty result when there are no answers
     * @throws NullPointerException if an argument or a score is null
     * @throws IllegalArgumentException if the column is missing or not integral, or a score is outside 0..10
     */
    public static NpsResult nps(Dataset<Row> answers, String scoreColumn) {
        Dataset<Integer> scores = answers.select(score(answers, scoreColumn))
                .map((MapFunction<Row, Integer>) row -> score(row, 0), Encoders.INT());
        return Jobs.run(() -> scores.select(NpsAggregator.create().toColumn()).first());
    }

    /**
     * Returns one NPS per segment.
     *
     * @param answers the answers, not null
     * @param scoreColumn the integral 0–10 score column, not null
     * @param segmentColumn the segment column (read as a string, never null), not null
     * @return the results by segment, sorted by segment, unmodifiable
     * @throws NullPointerException if an argument, a score or a segment is null
     * @throws IllegalArgumentException if a column is missing, the score column not integral, or a
     *     score outside 0..10
     */
    public static SortedMap<String, NpsResult> npsBySegment(Dataset<Row> answers, String scoreColumn,
            String segmentColumn) {
        org.apache.spark.sql.Column score = score(answers, scoreColumn);
        Objects.requireNonNull(segmentColumn, "segmentColumn must not be null");
        SparkMrr.field(answers.schema(), segmentColumn, "segment");
        Dataset<Row> pairs = answers.select(functions.col(SparkMrr.quote(segmentColumn)).cast(DataTypes.StringType), score);
        Dataset<Tuple2<String, NpsResult>> results = pairs
                .groupByKey((MapFunction<Row, String>) row -> segment(row, segmentColumn), Encoders.STRING())
                .mapValues((MapFunction<Row, Integer>) row -> score(row, 1), Encoders.INT())
                .agg(NpsAggregator.create().toColumn());
        List<Tuple2<String, NpsResult>> rows = Jobs.run(results::collectAsList);
        TreeMap<String, NpsResult> map = new TreeMap<>();
        rows.forEach(t -> map.put(t._1(), t._2()));
        return Collections.unmodifiableSortedMap(map);
    }

    private static String segment(Row row, String segmentColumn) {
        if (row.isNullAt(0)) {
            throw new NullPointerException("segment must not be null (column '" + segmentColumn + "')");
        }
        return row.getString(0);
    }

    /** A score as the core takes it; null and values beyond an int are refused here, before any narrowing. */
    private static Integer score(Row row, int i) {
        if (row.isNullAt(i)) {
            throw new NullPointerException("score must not be null");
        }
        long score = row.getLong(i);
        if (score != (int) score) {
            throw new IllegalArgumentException("Invalid value for NPS score (valid values 0 - 10): " + score);
        }
        return (int) score;
    }

    private static org.apache.spark.sql.Column score(Dataset<Row> answers, String scoreColumn) {
        Objects.requireNonNull(answers, "answers must not be null");
        Objects.requireNonNull(scoreColumn, "scoreColumn must not be null");
        DataType type = SparkMrr.field(answers.schema(), scoreColumn, "score").dataType();
        if (!type.equals(DataTypes.IntegerType) && !type.equals(DataTypes.LongType) && !type.equals(DataTypes.ShortType)
                && !type.equals(DataTypes.ByteType)) {
            throw new IllegalArgumentException("score column '" + scoreColumn + "' must be an integral type (0..10), not "
                    + type.simpleString());
        }
        return functions.col(SparkMrr.quote(scoreColumn)).cast(DataTypes.LongType).as("score");
    }
}
