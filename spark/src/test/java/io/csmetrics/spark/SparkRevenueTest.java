package io.csmetrics.spark;

import static io.csmetrics.spark.MrrTables.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.MovementType;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkRevenueTest {

    private static final YearMonth BASE = YearMonth.of(2023, 1);
    private static final YearMonth FIRST = YearMonth.of(2023, 7);
    private static final YearMonth LAST = YearMonth.of(2024, 12);
    private static final Currency EUR = Currency.getInstance("EUR");

    private static SparkSession spark;
    private static MrrTables book;
    private static Dataset<Row> rows;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.get();
        book = MrrTables.generate(13, 3_000, BASE, 24);
        rows = book.frame(spark).cache();
    }

    private static MrrBridge coreBridge(List<MrrHistory> histories) {
        return histories.stream().collect(MrrBridgeAccumulator.collector(USD, FIRST, LAST));
    }

    private static RevenueRetention coreRetention(List<MrrHistory> histories, YearMonth start, YearMonth end) {
        return histories.stream().collect(RevenueRetentionAccumulator.collector(USD, start, end));
    }

    private static Map<String, List<MrrHistory>> byPlan() {
        Map<String, List<MrrHistory>> map = new TreeMap<>();
        for (int i = 0; i < book.histories.size(); i++) {
            map.computeIfAbsent(book.plans.get(i), k -> new java.util.ArrayList<>()).add(book.histories.get(i));
        }
        return map;
    }

    private static final StructType SMALL = new StructType()
            .add("account", DataTypes.StringType, true)
            .add("month", DataTypes.StringType, true)
            .add("mrr", DataTypes.LongType, true)
            .add("currency", DataTypes.StringType, true);

    private static Dataset<Row> table(Object[]... rows) {
        return spark.createDataFrame(java.util.Arrays.stream(rows).map(RowFactory::create).collect(Collectors.toList()),
                SMALL);
    }

    @Test
    void bridgeEqualsTheCoreBridge() {
        assertThat(SparkRevenue.bridge(rows, MrrColumns.defaults(), FIRST, LAST)).isEqualTo(coreBridge(book.histories));
    }

    @Test
    void bridgeEqualsTheCoreBridgeUnderRandomRepartitioning() {
        MrrBridge core = coreBridge(book.histories);
        for (int seed = 0; seed < 3; seed++) {
            Dataset<Row> shuffled = rows.orderBy(functions.rand(seed)).repartition(3 + 2 * seed);
            assertThat(SparkRevenue.bridge(shuffled, MrrColumns.defaults(), FIRST, LAST)).isEqualTo(core);
        }
    }

    @Test
    void bridgeBySegmentEqualsOneCoreBridgePerSegment() {
        Map<String, MrrBridge> expected = new TreeMap<>();
        byPlan().forEach((plan, histories) -> expected.put(plan, coreBridge(histories)));
        assertThat(SparkRevenue.bridgeBySegment(rows.repartition(5), MrrColumns.defaults(), "plan", FIRST, LAST))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void retentionEqualsTheCoreRetention() {
        YearMonth start = YearMonth.of(2023, 12);
        YearMonth end = YearMonth.of(2024, 12);
        assertThat(SparkRevenue.retention(rows.repartition(7), MrrColumns.defaults(), start, end))
                .isEqualTo(coreRetention(book.histories, start, end));
    }

    @Test
    void retentionBySegmentEqualsOneCoreRetentionPerSegment() {
        YearMonth start = YearMonth.of(2024, 3);
        YearMonth end = YearMonth.of(2024, 4);
        Map<String, RevenueRetention> expected = new TreeMap<>();
        byPlan().forEach((plan, histories) -> expected.put(plan, coreRetention(histories, start, end)));
        assertThat(SparkRevenue.retentionBySegment(rows, MrrColumns.defaults(), "plan", start, end))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void workedExampleOfATwoAccountBridge() {
        // a: 100.00 → 150.00 (expansion) → 0 (churn); b: new in February at 50.00, then 40.00 (contraction)
        Dataset<Row> t = table(new Object[] {"a", "2024-01", 10_000L, "USD"}, new Object[] {"a", "2024-02", 15_000L, "USD"},
                new Object[] {"b", "2024-02", 5_000L, "USD"}, new Object[] {"b", "2024-03", 4_000L, "USD"});
        MrrBridge bridge = SparkRevenue.bridge(t, MrrColumns.defaults(), YearMonth.of(2024, 1), YearMonth.of(2024, 3));
        assertThat(bridge.openingMrr()).isEqualTo(Money.ofMinor(10_000, USD));
        MrrBridgePeriod feb = bridge.period(YearMonth.of(2024, 2));
        assertThat(feb.movement(MovementType.EXPANSION).amount()).isEqualTo(Money.ofMinor(5_000, USD));
        assertThat(feb.movement(MovementType.NEW).count()).isEqualTo(1);
        assertThat(feb.endMrr()).isEqualTo(Money.ofMinor(20_000, USD));
        MrrBridgePeriod mar = bridge.period(YearMonth.of(2024, 3));
        assertThat(mar.movement(MovementType.CHURN).amount()).isEqualTo(Money.ofMinor(15_000, USD));
        assertThat(mar.movement(MovementType.CONTRACTION).amount()).isEqualTo(Money.ofMinor(1_000, USD));
        assertThat(mar.endAccounts()).isEqualTo(1);
    }

    @Test
    void decimalAmountsAndDateMonthsGiveTheSameBridgeAsMinorUnitsAndStrings() {
        Dataset<Row> converted = rows
                .withColumn("amount", functions.col("mrr").cast(DataTypes.createDecimalType(20, 0))
                        .divide(functions.lit(100)).cast(DataTypes.createDecimalType(22, 2)))
                .withColumn("day", functions.to_date(functions.concat(functions.col("month"), functions.lit("-15"))))
                .withColumnRenamed("account", "customer_id")
                .select("customer_id", "day", "amount");
        MrrColumns columns = MrrColumns.defaults().withAccount("customer_id").withMonth("day").withMrr("amount")
                .withCurrency(USD);
        assertThat(SparkRevenue.bridge(converted, columns, FIRST, LAST)).isEqualTo(coreBridge(book.histories));
    }

    @Test
    void emptyTableWithAFixedCurrencyIsTheZeroBridge() {
        Dataset<Row> empty = table().drop("currency");
        MrrBridge bridge = SparkRevenue.bridge(empty, MrrColumns.defaults().withCurrency(EUR), FIRST, LAST);
        assertThat(bridge).isEqualTo(MrrBridgeAccumulator.create(EUR, FIRST, LAST).bridge());
    }

    @Test
    void emptyTableWithoutACurrencyIsAnError() {
        assertThatThrownBy(() -> SparkRevenue.bridge(table(), MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rows");
    }

    @Test
    void nullAccountIsANullPointerException() {
        Dataset<Row> t = table(new Object[] {"a", "2024-01", 100L, "USD"}, new Object[] {null, "2024-02", 100L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(t, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("account must not be null");
    }

    @Test
    void blankAccountIsRejected() {
        Dataset<Row> t = table(new Object[] {" ", "2024-01", 100L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(t, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account must not be blank");
    }

    @Test
    void nullMonthAndNullMrrAreNullPointerExceptions() {
        Dataset<Row> month = table(new Object[] {"a", null, 100L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(month, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("month must not be null");
        Dataset<Row> mrr = table(new Object[] {"a", "2024-01", null, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(mrr, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("mrr must not be null");
    }

    @Test
    void unparsableMonthNamesTheValueAndAccount() {
        Dataset<Row> t = table(new Object[] {"a", "2024-13", 100L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(t, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month '2024-13' is not a year-month yyyy-MM (column 'month', account a)");
    }

    @Test
    void duplicateAccountMonthIsTheCoresError() {
        Dataset<Row> t = table(new Object[] {"a", "2024-01", 100L, "USD"}, new Object[] {"a", "2024-01", 200L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(t, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate month 2024-01 for account a");
        // the core says the same of the same rows
        assertThatThrownBy(() -> MrrBridge.fromSnapshots(List.of(
                io.csmetrics.MrrSnapshot.of("a", YearMonth.of(2024, 1), Money.ofMinor(100, USD)),
                io.csmetrics.MrrSnapshot.of("a", YearMonth.of(2024, 1), Money.ofMinor(200, USD))), FIRST, LAST))
                .hasMessage("duplicate month 2024-01 for account a");
    }

    @Test
    void mixedCurrenciesAreACurrencyMismatch() {
        Dataset<Row> oneAccount = table(new Object[] {"a", "2024-01", 100L, "USD"}, new Object[] {"a", "2024-02", 100L, "EUR"});
        assertThatThrownBy(() -> SparkRevenue.bridge(oneAccount, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(CurrencyMismatchException.class);
        Dataset<Row> twoAccounts = table(new Object[] {"a", "2024-01", 100L, "USD"}, new Object[] {"b", "2024-01", 100L, "EUR"})
                .repartition(2);
        assertThatThrownBy(() -> SparkRevenue.bridge(twoAccounts, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void unknownCurrencyAndNegativeMrrAreRejected() {
        Dataset<Row> code = table(new Object[] {"a", "2024-01", 100L, "ZZZ"});
        assertThatThrownBy(() -> SparkRevenue.bridge(code, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency 'ZZZ' is not an ISO 4217 code");
        Dataset<Row> negative = table(new Object[] {"a", "2024-01", -5L, "USD"});
        assertThatThrownBy(() -> SparkRevenue.bridge(negative, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mrr must not be negative: -5");
    }

    @Test
    void decimalWithMoreDecimalsThanTheCurrencyIsRejected() {
        StructType schema = new StructType().add("account", DataTypes.StringType).add("month", DataTypes.StringType)
                .add("mrr", DataTypes.createDecimalType(10, 3));
        Dataset<Row> t = spark.createDataFrame(List.of(RowFactory.create("a", "2024-01", new BigDecimal("1.005"))), schema);
        assertThatThrownBy(() -> SparkRevenue.bridge(t, MrrColumns.defaults().withCurrency(USD), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has more decimals than USD allows (2); round it first");
    }

    @Test
    void columnProblemsAreFoundOnTheDriver() {
        Dataset<Row> doubles = table().withColumn("mrr", functions.col("mrr").cast(DataTypes.DoubleType));
        assertThatThrownBy(() -> SparkRevenue.bridge(doubles, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not double");
        assertThatThrownBy(() -> SparkRevenue.bridge(table(), MrrColumns.defaults().withMrr("amount"), FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr column 'amount' not found in [account, month, mrr, currency]");
        assertThatThrownBy(() -> SparkRevenue.bridge(table(), MrrColumns.defaults(), LAST, FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SparkRevenue.bridge(null, MrrColumns.defaults(), FIRST, LAST))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SparkRevenue.bridgeBySegment(table(), MrrColumns.defaults(), "plan", FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment column 'plan' not found");
    }

    @Test
    void anAccountInTwoSegmentsIsRejected() {
        Dataset<Row> t = table(new Object[] {"a", "2024-01", 100L, "USD"}, new Object[] {"a", "2024-02", 100L, "USD"})
                .withColumn("plan", functions.when(functions.col("month").equalTo("2024-01"), "basic").otherwise("pro"));
        assertThatThrownBy(() -> SparkRevenue.bridgeBySegment(t, MrrColumns.defaults(), "plan", FIRST, LAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account a has rows in two segments");
    }
}
