package io.csmetrics.spark;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.revenue.MovementTotal;
import io.csmetrics.revenue.MovementType;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.satisfaction.NpsInterval;
import io.csmetrics.satisfaction.NpsIntervalMethod;
import io.csmetrics.satisfaction.NpsResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Results as {@code Dataset<Row>}s of plain columns, for SQL users: register one as a view and
 * query it ({@code SELECT * FROM bridge WHERE movement = 'churn'}), join it, or write it to a
 * table. Each method takes results computed by the helpers ({@link SparkRevenue}, {@link SparkCohorts},
 * {@link SparkNps}) – small objects on the driver – and lays them out; nothing is recomputed.
 *
 * <p>Amounts are {@code decimal(38, 18)} in major units (exact: every minor-unit amount fits),
 * counts {@code bigint}, months {@code yyyy-MM} strings, ratios {@code double} (null when
 * undefined, never NaN). Grouped results have a leading {@code segment} column; the
 * ungrouped methods leave it null.
 *
 * <p>Example: {@code SparkTables.bridge(spark, SparkRevenue.bridgeBySegment(rows, cols, "plan", jan, dec)).createOrReplaceTempView("bridge");}
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkTables {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    /**
     * The bridge table: {@code segment, start_month, end_month, movement, amount, accounts, currency}.
     * Per month-on-month period, rows with {@code movement} {@code start} (start MRR and paying
     * accounts), {@code new}, {@code expansion}, {@code reactivation}, {@code contraction},
     * {@code churn} (amount and number of accounts) and {@code end}. A one-month window has no
     * period: one {@code start} row with its opening balance.
     */
    public static final StructType BRIDGE = new StructType()
            .add("segment", DataTypes.StringType, true)
            .add("start_month", DataTypes.StringType, false)
            .add("end_month", DataTypes.StringType, false)
            .add("movement", DataTypes.StringType, false)
            .add("amount", DataTypes.createDecimalType(38, 18), false)
            .add("accounts", DataTypes.LongType, false)
            .add("currency", DataTypes.StringType, false);

    /**
     * The retention table: {@code segment, start_month, end_month, currency, start_mrr,
     * start_accounts, expansion, expansion_accounts, contraction, contraction_accounts, churn,
     * churn_accounts, end_mrr, nrr, grr} with the core's default NRR and GRR definitions.
     */
    public static final StructType RETENTION = new StructType()
            .add("segment", DataTypes.StringType, true)
            .add("start_month", DataTypes.StringType, false)
            .add("end_month", DataTypes.StringType, false)
            .add("currency", DataTypes.StringType, false)
            .add("start_mrr", DataTypes.createDecimalType(38, 18), false)
            .add("start_accounts", DataTypes.LongType, false)
            .add("expansion", DataTypes.createDecimalType(38, 18), false)
            .add("expansion_accounts", DataTypes.LongType, false)
            .add("contraction", DataTypes.createDecimalType(38, 18), false)
            .add("contraction_accounts", DataTypes.LongType, false)
            .add("churn", DataTypes.createDecimalType(38, 18), false)
            .add("churn_accounts", DataTypes.LongType, false)
            .add("end_mrr", DataTypes.createDecimalType(38, 18), false)
            .add("nrr", DataTypes.DoubleType, true)
            .add("grr", DataTypes.DoubleType, true);

    /**
     * The cohort table: {@code segment, cohort, month_index, observed_accounts, retained_accounts,
     * starting_mrr, gross_retained_mrr, net_retained_mrr, logo_retention, currency}, one row per
     * observable cell.
     */
    public static final StructType COHORTS = new StructType()
            .add("segment", DataTypes.StringType, true)
            .add("cohort", DataTypes.StringType, false)
            .add("month_index", DataTypes.IntegerType, false)
            .add("observed_accounts", DataTypes.LongType, false)
            .add("retained_accounts", DataTypes.LongType, false)
            .add("starting_mrr", DataTypes.createDecimalType(38, 18), false)
            .add("gross_retained_mrr", DataTypes.createDecimalType(38, 18), false)
            .add("net_retained_mrr", DataTypes.createDecimalType(38, 18), false)
            .add("logo_retention", DataTypes.DoubleType, true)
            .add("currency", DataTypes.StringType, true);

    /**
     * The NPS table: {@code segment, responses, promoters, passives, detractors, nps, nps_low_95,
     * nps_high_95} with the 95 % Wald interval (null bounds and NPS when there are no responses).
     */
    public static final StructType NPS = new StructType()
            .add("segment", DataTypes.StringType, true)
            .add("responses", DataTypes.LongType, false)
            .add("promoters", DataTypes.LongType, false)
            .add("passives", DataTypes.LongType, false)
            .add("detractors", DataTypes.LongType, false)
            .add("nps", DataTypes.DoubleType, true)
            .add("nps_low_95", DataTypes.DoubleType, true)
            .add("nps_high_95", DataTypes.DoubleType, true);

    private SparkTables() {
    }

    /**
     * Returns a bridge as a table (see {@link #BRIDGE}).
     *
     * @param spark the session, not null
     * @param bridge the bridge, not null
     * @return the table, segment null
     * @throws NullPointerException if an argument is null
     */
    public static Dataset<Row> bridge(SparkSession spark, MrrBridge bridge) {
        Objects.requireNonNull(bridge, "bridge must not be null");
        return frame(spark, bridgeRows(null, bridge), BRIDGE);
    }

    /**
     * Returns bridges by segment as one table (see {@link #BRIDGE}).
     *
     * @param spark the session, not null
     * @param bridges the bridges by segment, not null
     * @return the table, in the map's order
     * @throws NullPointerException if an argument, key or value is null
     */
    public static Dataset<Row> bridge(SparkSession spark, Map<String, MrrBridge> bridges) {
        Objects.requireNonNull(bridges, "bridges must not be null");
        List<Row> rows = new ArrayList<>();
        bridges.forEach((segment, bridge) -> rows.addAll(bridgeRows(Objects.requireNonNull(segment, "segment"),
                Objects.requireNonNull(bridge, "bridge"))));
        return frame(spark, rows, BRIDGE);
    }

    static List<Row> bridgeRows(String segment, MrrBridge bridge) {
        List<Row> rows = new ArrayList<>();
        String code = bridge.currency().getCurrencyCode();
        if (bridge.periods().isEmpty()) {
            String m = bridge.firstMonth().toString();
            rows.add(RowFactory.create(segment, m, m, "start", bridge.openingMrr().amount(), bridge.openingAccounts(), code));
        }
        for (MrrBridgePeriod p : bridge.periods()) {
            String s = p.startMonth().toString();
            String e = p.endMonth().toString();
            rows.add(RowFactory.create(segment, s, e, "start", p.startMrr().amount(), p.startAccounts(), code));
            for (MovementType type : MovementType.values()) {
                MovementTotal t = p.movement(type);
                rows.add(RowFactory.create(segment, s, e, type.name().toLowerCase(Locale.ROOT), t.amount().amount(),
                        t.count(), code));
            }
            rows.add(RowFactory.create(segment, s, e, "end", p.endMrr().amount(), p.endAccounts(), code));
        }
        return rows;
    }

    /**
     * Returns a retention result as a one-row table (see {@link #RETENTION}).
     *
     * @param spark the session, not null
     * @param retention the result, not null
     * @return the table, segment null
     * @throws NullPointerException if an argument is null
     */
    public static Dataset<Row> retention(SparkSession spark, RevenueRetention retention) {
        Objects.requireNonNull(retention, "retention must not be null");
        return frame(spark, List.of(retentionRow(null, retention)), RETENTION);
    }

    /**
     * Returns retention results by segment as one table (see {@link #RETENTION}).
     *
     * @param spark the session, not null
     * @param results the results by segment, not null
     * @return the table, one row per segment
     * @throws NullPointerException if an argument, key or value is null
     */
    public static Dataset<Row> retention(SparkSession spark, Map<String, RevenueRetention> results) {
        Objects.requireNonNull(results, "results must not be null");
        List<Row> rows = new ArrayList<>();
        results.forEach((segment, r) -> rows.add(retentionRow(Objects.requireNonNull(segment, "segment"),
                Objects.requireNonNull(r, "retention"))));
        return frame(spark, rows, RETENTION);
    }

    static Row retentionRow(String segment, RevenueRetention r) {
        return RowFactory.create(segment, r.startMonth().toString(), r.endMonth().toString(),
                r.startMrr().currency().getCurrencyCode(), r.startMrr().amount(), r.startAccounts(),
                r.expansion().amount().amount(), r.expansion().count(), r.contraction().amount().amount(),
                r.contraction().count(), r.churn().amount().amount(), r.churn().count(), r.endMrr().amount(),
                ratio(r.nrr()), ratio(r.grr()));
    }

    /**
     * Returns a retention matrix as a table (see {@link #COHORTS}).
     *
     * @param spark the session, not null
     * @param matrix the matrix, not null
     * @return the table, segment null
     * @throws NullPointerException if an argument is null
     */
    public static Dataset<Row> cohorts(SparkSession spark, RetentionMatrix<YearMonth> matrix) {
        Objects.requireNonNull(matrix, "matrix must not be null");
        return frame(spark, cohortRows(null, matrix), COHORTS);
    }

    /**
     * Returns retention matrices by segment as one table (see {@link #COHORTS}).
     *
     * @param spark the session, not null
     * @param matrices the matrices by segment, not null
     * @return the table
     * @throws NullPointerException if an argument, key or value is null
     */
    public static Dataset<Row> cohorts(SparkSession spark, Map<String, RetentionMatrix<YearMonth>> matrices) {
        Objects.requireNonNull(matrices, "matrices must not be null");
        List<Row> rows = new ArrayList<>();
        matrices.forEach((segment, m) -> rows.addAll(cohortRows(Objects.requireNonNull(segment, "segment"),
                Objects.requireNonNull(m, "matrix"))));
        return frame(spark, rows, COHORTS);
    }

    static List<Row> cohortRows(String segment, RetentionMatrix<YearMonth> matrix) {
        List<Row> rows = new ArrayList<>();
        String code = matrix.currency().map(c -> c.getCurrencyCode()).orElse(null);
        for (YearMonth cohort : matrix.keys()) {
            List<RetentionCell> cells = matrix.row(cohort);
            for (int k = 0; k < cells.size(); k++) {
                RetentionCell c = cells.get(k);
                if (!c.isObservable()) {
                    continue;
                }
                rows.add(RowFactory.create(segment, cohort.toString(), k, c.observedAccounts(), c.retainedAccounts(),
                        amount(c.startingMrr()), amount(c.grossRetainedMrr()), amount(c.netRetainedMrr()),
                        ratio(c.logoRetention()), code));
            }
        }
        return rows;
    }

    /**
     * Returns an NPS result as a one-row table (see {@link #NPS}).
     *
     * @param spark the session, not null
     * @param result the result, not null
     * @return the table, segment null
     * @throws NullPointerException if an argument is null
     */
    public static Dataset<Row> nps(SparkSession spark, NpsResult result) {
        Objects.requireNonNull(result, "result must not be null");
        return frame(spark, List.of(npsRow(null, result)), NPS);
    }

    /**
     * Returns NPS results by segment as one table (see {@link #NPS}).
     *
     * @param spark the session, not null
     * @param results the results by segment, not null
     * @return the table, one row per segment
     * @throws NullPointerException if an argument, key or value is null
     */
    public static Dataset<Row> nps(SparkSession spark, Map<String, NpsResult> results) {
        Objects.requireNonNull(results, "results must not be null");
        List<Row> rows = new ArrayList<>();
        results.forEach((segment, r) -> rows.add(npsRow(Objects.requireNonNull(segment, "segment"),
                Objects.requireNonNull(r, "result"))));
        return frame(spark, rows, NPS);
    }

    static Row npsRow(String segment, NpsResult r) {
        Double nps = null;
        Double low = null;
        Double high = null;
        if (r.isDefined()) {
            NpsInterval wald = r.interval(NpsIntervalMethod.WALD, 0.95);
            nps = r.scoreAsDouble();
            low = wald.lower();
            high = wald.upper();
        }
        return RowFactory.create(segment, r.responses(), r.promoters(), r.passives(), r.detractors(), nps, low, high);
    }

    private static BigDecimal amount(Money money) {
        return money.amount();
    }

    private static Double ratio(Ratio ratio) {
        return ratio.isDefined() ? ratio.toBigDecimal(RATIO).doubleValue() : null;
    }

    private static Dataset<Row> frame(SparkSession spark, List<Row> rows, StructType schema) {
        Objects.requireNonNull(spark, "spark must not be null");
        return spark.createDataFrame(rows, schema);
    }
}
