package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsIntervalMethod;
import io.csmetrics.satisfaction.NpsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkNpsTest {

    private static final StructType SCHEMA = new StructType().add("region", DataTypes.StringType, true)
            .add("score", DataTypes.IntegerType, true);

    private static SparkSession spark;
    private static List<Row> answers;
    private static Map<String, NpsAccumulator> expected;
    private static NpsAccumulator all;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        Random random = new Random(7);
        answers = new ArrayList<>();
        expected = new TreeMap<>();
        all = NpsAccumulator.create();
        String[] regions = {"amer", "apac", "emea"};
        for (int i = 0; i < 20_000; i++) {
            String region = regions[random.nextInt(3)];
            int score = random.nextInt(11);
            answers.add(RowFactory.create(region, score));
            expected.computeIfAbsent(region, k -> NpsAccumulator.create()).acceptScore(score);
            all.acceptScore(score);
        }
    }

    private static Dataset<Row> table(List<Row> rows) {
        return spark.createDataFrame(rows, SCHEMA);
    }

    @Test
    void npsEqualsTheCoreResultWithItsIntervals() {
        NpsResult result = SparkNps.nps(table(answers).repartition(5), "score");
        assertThat(result).isEqualTo(all.result());
        assertThat(result.interval(NpsIntervalMethod.WALD, 0.95))
                .isEqualTo(all.result().interval(NpsIntervalMethod.WALD, 0.95));
    }

    @Test
    void npsBySegmentEqualsOneCoreResultPerSegment() {
        Map<String, NpsResult> core = new TreeMap<>();
        expected.forEach((region, acc) -> core.put(region, acc.result()));
        Dataset<Row> shuffled = table(answers).orderBy(functions.rand(3)).repartition(4);
        assertThat(SparkNps.npsBySegment(shuffled, "score", "region")).containsExactlyEntriesOf(core);
    }

    @Test
    void workedExample() {
        // NpsAccumulator's own example: 10, 9, 8, 3 → 2 promoters, 1 passive, 1 detractor, NPS 25
        Dataset<Row> t = table(List.of(RowFactory.create("x", 10), RowFactory.create("x", 9), RowFactory.create("x", 8),
                RowFactory.create("x", 3)));
        NpsResult result = SparkNps.nps(t, "score");
        assertThat(result).isEqualTo(NpsResult.of(2, 1, 1));
        assertThat(result.scoreAsDouble()).isEqualTo(25.0);
    }

    @Test
    void noAnswersIsTheUndefinedEmptyResult() {
        assertThat(SparkNps.nps(table(List.of()), "score")).isEqualTo(NpsResult.empty());
    }

    @Test
    void badAnswersGiveTheCoresErrors() {
        assertThatThrownBy(() -> SparkNps.nps(table(List.of(RowFactory.create("x", 11))), "score"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for NPS score (valid values 0 - 10): 11");
        Dataset<Row> huge = table(List.of(RowFactory.create("x", 1))).withColumn("score", functions.lit(1L << 40));
        assertThatThrownBy(() -> SparkNps.nps(huge, "score")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for NPS score (valid values 0 - 10): " + (1L << 40));
        assertThatThrownBy(() -> SparkNps.nps(table(List.of(RowFactory.create("x", null))), "score"))
                .isInstanceOf(NullPointerException.class).hasMessage("score must not be null");
        assertThatThrownBy(() -> SparkNps.npsBySegment(table(List.of(RowFactory.create(null, 5))), "score", "region"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("segment must not be null");
        Dataset<Row> doubles = table(answers).withColumn("score", functions.col("score").cast(DataTypes.DoubleType));
        assertThatThrownBy(() -> SparkNps.nps(doubles, "score"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score column 'score' must be an integral type (0..10), not double");
        assertThatThrownBy(() -> SparkNps.nps(table(answers), "rating"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score column 'rating' not found");
    }
}
