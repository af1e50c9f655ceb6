package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkCohortsTest {

    private static final YearMonth AS_OF = YearMonth.of(2024, 6);

    private static SparkSession spark;
    private static MrrTables book;
    private static Dataset<Row> rows;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        book = MrrTables.generate(29, 2_000, YearMonth.of(2023, 1), 20);
        rows = book.frame(spark).cache();
    }

    private static RetentionMatrix<YearMonth> core(List<MrrHistory> histories, CohortReactivationRule rule) {
        return RetentionMatrix.of(histories, CohortKey.acquisitionMonth(), AS_OF, rule);
    }

    @Test
    void matrixEqualsTheCoreMatrixUnderRandomRepartitioning() {
        RetentionMatrix<YearMonth> core = core(book.histories, CohortReactivationRule.NOT_RETAINED);
        assertThat(SparkCohorts.retentionMatrix(rows, MrrColumns.defaults(), AS_OF)).isEqualTo(core);
        Dataset<Row> shuffled = rows.orderBy(functions.rand(5)).repartition(6);
        assertThat(SparkCohorts.retentionMatrix(shuffled, MrrColumns.defaults(), AS_OF)).isEqualTo(core);
    }

    @Test
    void reactivationRuleIsPassedToTheCore() {
        RetentionMatrix<YearMonth> core = core(book.histories, CohortReactivationRule.COUNTS_AS_RETAINED);
        assertThat(SparkCohorts.retentionMatrix(rows, MrrColumns.defaults(), AS_OF, CohortReactivationRule.COUNTS_AS_RETAINED))
                .isEqualTo(core)
                .isNotEqualTo(core(book.histories, CohortReactivationRule.NOT_RETAINED));
    }

    @Test
    void matrixBySegmentEqualsOneCoreMatrixPerSegment() {
        Map<String, List<MrrHistory>> byPlan = new TreeMap<>();
        for (int i = 0; i < book.histories.size(); i++) {
            byPlan.computeIfAbsent(book.plans.get(i), k -> new ArrayList<>()).add(book.histories.get(i));
        }
        Map<String, RetentionMatrix<YearMonth>> expected = new TreeMap<>();
        byPlan.forEach((plan, histories) -> expected.put(plan, core(histories, CohortReactivationRule.NOT_RETAINED)));
        assertThat(SparkCohorts.retentionMatrixBySegment(rows, MrrColumns.defaults(), "plan", AS_OF))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void emptyTableIsTheEmptyMatrix() {
        Dataset<Row> empty = spark.createDataFrame(List.of(), MrrTables.SCHEMA);
        assertThat(SparkCohorts.retentionMatrix(empty, MrrColumns.defaults(), AS_OF))
                .isEqualTo(core(List.of(), CohortReactivationRule.NOT_RETAINED));
    }

    @Test
    void badInputGivesTheCoresErrors() {
        Dataset<Row> mixed = spark.createDataFrame(List.of(RowFactory.create("a", "2024-01", 100L, "USD", "pro"),
                RowFactory.create("b", "2024-01", 100L, "EUR", "pro")), MrrTables.SCHEMA).repartition(2);
        assertThatThrownBy(() -> SparkCohorts.retentionMatrix(mixed, MrrColumns.defaults(), AS_OF))
                .isInstanceOf(CurrencyMismatchException.class);
        Dataset<Row> duplicate = spark.createDataFrame(List.of(RowFactory.create("a", "2024-01", 100L, "USD", "pro"),
                RowFactory.create("a", "2024-01", 100L, "USD", "pro")), MrrTables.SCHEMA);
        assertThatThrownBy(() -> SparkCohorts.retentionMatrix(duplicate, MrrColumns.defaults(), AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate month 2024-01 for account a");
        assertThatThrownBy(() -> SparkCohorts.retentionMatrix(rows, MrrColumns.defaults(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf must not be null");
    }
}
