package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.revenue.MovementType;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.satisfaction.NpsResult;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkTablesTest {

    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = YearMonth.of(2024, 6);

    private static SparkSession spark;
    private static MrrBridge bridge;
    private static List<MrrHistory> histories;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        histories = MrrTables.generate(5, 200, YearMonth.of(2023, 10), 9).histories;
        bridge = histories.stream().collect(MrrBridgeAccumulator.collector(MrrTables.USD, FIRST, LAST));
    }

    private static BigDecimal sql(String query) {
        return spark.sql(query).first().getDecimal(0);
    }

    @Test
    void bridgeTableHoldsEveryMovementOfEveryPeriod() {
        Dataset<Row> table = SparkTables.bridge(spark, bridge);
        assertThat(table.schema()).isEqualTo(SparkTables.BRIDGE);
        assertThat(table.count()).isEqualTo(5 * 7);
        table.createOrReplaceTempView("bridge_t");
        MrrBridgePeriod june = bridge.period(LAST);
        assertThat(sql("SELECT amount FROM bridge_t WHERE end_month = '2024-06' AND movement = 'churn'"))
                .isEqualByComparingTo(june.churn().amount().amount());
        assertThat(spark.sql("SELECT accounts FROM bridge_t WHERE end_month = '2024-06' AND movement = 'new'").first()
                .getLong(0)).isEqualTo(june.movement(MovementType.NEW).count());
        // the bridge sums in SQL: start + new + expansion + reactivation − contraction − churn = end
        List<Row> check = spark.sql("SELECT end_month, "
                + "sum(CASE movement WHEN 'start' THEN amount WHEN 'new' THEN amount WHEN 'expansion' THEN amount "
                + "WHEN 'reactivation' THEN amount WHEN 'contraction' THEN -amount WHEN 'churn' THEN -amount "
                + "WHEN 'end' THEN -amount END) AS gap FROM bridge_t GROUP BY end_month").collectAsList();
        assertThat(check).hasSize(5).allSatisfy(r -> assertThat(r.getDecimal(1)).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void aOneMonthBridgeIsItsOpeningBalance() {
        MrrBridge one = histories.stream().collect(MrrBridgeAccumulator.collector(MrrTables.USD, FIRST, FIRST));
        List<Row> rows = SparkTables.bridge(spark, one).collectAsList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(3)).isEqualTo("start");
        assertThat(rows.get(0).getDecimal(4)).isEqualByComparingTo(one.openingMrr().amount());
    }

    @Test
    void bridgesBySegmentShareOneTable() {
        Map<String, MrrBridge> bySegment = new TreeMap<>(Map.of("a", bridge, "b", bridge));
        Dataset<Row> table = SparkTables.bridge(spark, bySegment);
        assertThat(table.filter("segment = 'b'").count()).isEqualTo(35);
    }

    @Test
    void retentionTableHasTheRatiosAndNullWhenUndefined() {
        RevenueRetention r = histories.stream().collect(RevenueRetentionAccumulator.collector(MrrTables.USD, FIRST, LAST));
        Row row = SparkTables.retention(spark, r).first();
        assertThat(row.getDecimal(4)).isEqualByComparingTo(r.startMrr().amount());
        assertThat(row.getDouble(13)).isEqualTo(r.nrr().toBigDecimal(java.math.MathContext.DECIMAL64).doubleValue());
        RevenueRetention empty = RevenueRetentionAccumulator.create(MrrTables.USD, FIRST, LAST).retention();
        Row none = SparkTables.retention(spark, Map.of("none", empty)).first();
        assertThat(none.getString(0)).isEqualTo("none");
        assertThat(none.isNullAt(13)).isTrue();
        assertThat(none.isNullAt(14)).isTrue();
    }

    @Test
    void cohortTableHasOneRowPerObservableCell() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(histories, CohortKey.acquisitionMonth(), LAST,
                CohortReactivationRule.NOT_RETAINED);
        Dataset<Row> table = SparkTables.cohorts(spark, m);
        table.createOrReplaceTempView("cohorts_t");
        YearMonth cohort = m.keys().get(0);
        Row cell = spark.sql("SELECT observed_accounts, retained_accounts, starting_mrr FROM cohorts_t WHERE cohort = '"
                + cohort + "' AND month_index = 1").first();
        assertThat(cell.getLong(0)).isEqualTo(m.cell(cohort, 1).observedAccounts());
        assertThat(cell.getLong(1)).isEqualTo(m.cell(cohort, 1).retainedAccounts());
        assertThat(cell.getDecimal(2)).isEqualByComparingTo(m.cell(cohort, 1).startingMrr().amount());
    }

    @Test
    void npsTableHasTheWaldIntervalAndNullsWhenUndefined() {
        Map<String, NpsResult> results = new TreeMap<>(Map.of("x", NpsResult.of(2, 1, 1), "y", NpsResult.empty()));
        List<Row> rows = SparkTables.nps(spark, results).collectAsList();
        assertThat(rows.get(0).getDouble(5)).isEqualTo(25.0);
        assertThat(rows.get(0).getDouble(6)).isEqualTo(NpsResult.of(2, 1, 1).waldInterval(0.95).lower());
        assertThat(rows.get(1).isNullAt(5)).isTrue();
        assertThat(SparkTables.nps(spark, NpsResult.of(1, 0, 0)).first().getLong(1)).isEqualTo(1);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> SparkTables.bridge(spark, (MrrBridge) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("bridge must not be null");
        assertThatThrownBy(() -> SparkTables.bridge(null, bridge)).isInstanceOf(NullPointerException.class)
                .hasMessage("spark must not be null");
    }
}
