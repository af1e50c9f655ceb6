package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.health.HealthScoreModel;
import io.csmetrics.health.Measure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkHealthTest {

    private static final StructType SCHEMA = new StructType()
            .add("account", DataTypes.StringType, true)
            .add("tier", DataTypes.StringType, true)
            .add("reports", DataTypes.IntegerType, true)
            .add("seats", DataTypes.DoubleType, true)
            .add("logins", DataTypes.LongType, true);

    /** Serializable, as a user's lambda is: rebuilt on every executor. */
    static HealthScoreModel model() {
        return HealthScoreModel.builder()
                .measure(Measure.keyFeature("reports"), 1)
                .measure(Measure.linear("seats", 0, 80), 2)
                .measure(Measure.percentileInSegment("logins", Map.of(
                        "smb", new double[] {0, 2, 4, 8, 16, 32},
                        "ent", new double[] {10, 20, 40, 80, 160})), 1)
                .build();
    }

    private static SparkSession spark;
    private static List<Row> rows;
    private static double[] expected;
    private static String[] accounts;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        Random random = new Random(11);
        int n = 10_000;
        rows = new ArrayList<>();
        accounts = new String[n];
        String[] segments = new String[n];
        double[][] columns = new double[3][n];
        for (int i = 0; i < n; i++) {
            accounts[i] = "acct-" + i;
            segments[i] = random.nextBoolean() ? "smb" : "ent";
            int reports = random.nextInt(3);
            double seats = random.nextInt(1000) / 10.0;
            long logins = random.nextInt(200);
            columns[0][i] = reports;
            columns[1][i] = seats;
            columns[2][i] = logins;
            rows.add(RowFactory.create(accounts[i], segments[i], reports, seats, logins));
        }
        expected = new double[n];
        model().scoreAll(columns, segments, expected);
    }

    @Test
    void scoresEqualTheCoreBulkScoresWithTheModelsBands() {
        // more rows than one batch per partition, in shuffled partitions
        Dataset<Row> signals = spark.createDataFrame(rows, SCHEMA).orderBy(functions.rand(1)).repartition(2);
        List<Row> scored = SparkHealth.scores(signals, "account", SparkHealthTest::model, "tier").collectAsList();
        assertThat(scored).hasSize(expected.length);
        Map<String, Row> byAccount = new HashMap<>();
        scored.forEach(r -> byAccount.put(r.getString(0), r));
        HealthScoreModel model = model();
        for (int i = 0; i < expected.length; i++) {
            Row r = byAccount.get(accounts[i]);
            assertThat(r.getDouble(1)).as(accounts[i]).isEqualTo(expected[i]);
            assertThat(r.getString(2)).isEqualTo(model.bands().bandOf(expected[i]).name());
        }
    }

    @Test
    void theResultIsAPlainTableForSql() {
        Dataset<Row> scored = SparkHealth.scores(spark.createDataFrame(rows, SCHEMA), "account", SparkHealthTest::model,
                "tier");
        assertThat(scored.schema()).isEqualTo(SparkHealth.SCHEMA);
        scored.createOrReplaceTempView("health_scores");
        long red = spark.sql("SELECT count(*) FROM health_scores WHERE band = 'red'").first().getLong(0);
        long expectedRed = java.util.Arrays.stream(expected).filter(v -> model().bands().bandOf(v).name().equals("red")).count();
        assertThat(red).isEqualTo(expectedRed);
    }

    @Test
    void badInputIsRejected() {
        Dataset<Row> signals = spark.createDataFrame(rows.subList(0, 10), SCHEMA);
        assertThatThrownBy(() -> SparkHealth.scores(signals.drop("seats"), "account", SparkHealthTest::model, "tier"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measure column 'seats' not found");
        assertThatThrownBy(() -> SparkHealth.scores(signals.withColumn("seats", functions.lit("x")), "account",
                SparkHealthTest::model, "tier"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be numeric or boolean, not string");
        assertThatThrownBy(() -> SparkHealth.scores(signals, "account", null, "tier"))
                .isInstanceOf(NullPointerException.class).hasMessage("model must not be null");
        Dataset<Row> nullSignal = spark.createDataFrame(List.of(RowFactory.create("a", "smb", 1, null, 3L)), SCHEMA);
        assertThatThrownBy(() -> Jobs.run(() -> SparkHealth.scores(nullSignal, "account", SparkHealthTest::model, "tier")
                .collectAsList()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("signal 'seats' of account a must not be null");
        // an unknown segment for a percentile measure: the core's message
        Dataset<Row> unknown = spark.createDataFrame(List.of(RowFactory.create("a", "mid", 1, 3.0, 3L)), SCHEMA);
        assertThatThrownBy(() -> Jobs.run(() -> SparkHealth.scores(unknown, "account", SparkHealthTest::model, "tier")
                .collectAsList()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mid");
    }
}
