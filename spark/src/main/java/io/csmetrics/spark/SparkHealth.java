package io.csmetrics.spark;

import io.csmetrics.health.Bands;
import io.csmetrics.health.HealthScoreModel;
import io.csmetrics.health.Measure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

/**
 * The health family on Spark: scores many accounts with a {@link HealthScoreModel} through its
 * bulk {@link HealthScoreModel#scoreAll(double[][], String[], double[])}, a batch of rows at a
 * time per partition, so each score equals the core's exactly.
 *
 * <p>Input: one row per account with an account column and one numeric column per measure, named
 * as the {@linkplain Measure#name() measure} (every signal present: the bulk path has no missing
 * signals; a null signal is a {@code NullPointerException} naming the account and measure), and
 * optionally a segment column (for percentile measures). Output: a {@code Dataset<Row>} of plain
 * columns {@code account string, score double, band string} (the model's {@link Bands}), which a
 * SQL user can query or join.
 *
 * <p>Example:
 * <pre>{@code
 * Dataset<Row> scores = SparkHealth.scores(signals, "account",
 *         () -> HealthScoreModel.keyFeatures("reports", "alerts", "api"), null);
 * scores.filter("band = 'red'").show();
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkHealth {

    /** Rows scored per {@code scoreAll} call: large enough to amortise the call, small enough for cache. */
    static final int BATCH = 4096;

    /** The output schema: {@code account string, score double, band string}. */
    public static final StructType SCHEMA = new StructType()
            .add("account", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("band", DataTypes.StringType, false);

    private SparkHealth() {
    }

    /**
     * Returns each account's health score and band.
     *
     * @param accounts one row per account, not null
     * @param accountColumn the account column (read as a string), not null
     * @param model builds the model on each executor, not null
     * @param segmentColumn the segment column for percentile measures, or null for none
     * @return the lazily computed scores, one row per input row
     * @throws NullPointerException if an argument is null (when the action runs: a null account or signal)
     * @throws IllegalArgumentException if a column is missing or a measure's column not numeric;
     *     when the action runs, if a signal is invalid for its measure (the core's message)
     */
    public static Dataset<Row> scores(Dataset<Row> accounts, String accountColumn, HealthModelSource model,
            String segmentColumn) {
        Objects.requireNonNull(accounts, "accounts must not be null");
        Objects.requireNonNull(accountColumn, "accountColumn must not be null");
        Objects.requireNonNull(model, "model must not be null");
        HealthScoreModel built = Objects.requireNonNull(model.get(), "model must not build null");
        StructType schema = accounts.schema();
        List<Column> select = new ArrayList<>();
        SparkMrr.field(schema, accountColumn, "account");
        select.add(functions.col(SparkMrr.quote(accountColumn)).cast(DataTypes.StringType));
        if (segmentColumn != null) {
            SparkMrr.field(schema, segmentColumn, "segment");
            select.add(functions.col(SparkMrr.quote(segmentColumn)).cast(DataTypes.StringType));
        } else {
            select.add(functions.lit(""));
        }
        List<String> names = new ArrayList<>();
        for (Measure m : built.measures()) {
            DataType type = SparkMrr.field(schema, m.name(), "measure").dataType();
            if (!(type instanceof NumericType) && !type.equals(DataTypes.BooleanType)) {
                throw new IllegalArgumentException("measure column '" + m.name() + "' must be numeric or boolean, not "
                        + type.simpleString());
            }
            names.add(m.name());
            select.add(functions.col(SparkMrr.quote(m.name())).cast(DataTypes.DoubleType));
        }
        String[] measureNames = names.toArray(new String[0]);
        boolean segmented = segmentColumn != null;
        return accounts.select(select.toArray(new Column[0])).mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new Scored(rows, model.get(), measureNames, segmented),
                Encoders.row(SCHEMA));
    }

    /** Scores a partition a batch at a time, lazily, with one set of column arrays. */
    private static final class Scored implements Iterator<Row> {

        private final Iterator<Row> rows;
        private final HealthScoreModel model;
        private final Bands bands;
        private final String[] measures;
        private final boolean segmented;
        private final String[] accounts = new String[BATCH];
        private final String[] segments = new String[BATCH];
        private final double[][] columns;
        private double[] out = new double[0];
        private int size;
        private int next;

        Scored(Iterator<Row> rows, HealthScoreModel model, String[] measures, boolean segmented) {
            this.rows = rows;
            this.model = model;
            this.bands = model.bands();
            this.measures = measures;
            this.segmented = segmented;
            this.columns = new double[measures.length][];
        }

        @Override
        public boolean hasNext() {
            if (next < size) {
                return true;
            }
            if (!rows.hasNext()) {
                return false;
            }
            fill();
            return size > 0;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++;
            return RowFactory.create(accounts[i], out[i], bands.bandOf(out[i]).name());
        }

        private void fill() {
            double[][] batch = new double[measures.length][BATCH];
            int n = 0;
            while (n < BATCH && rows.hasNext()) {
                Row row = rows.next();
                String account = row.getString(0);
                if (account == null) {
                    throw new NullPointerException("account must not be null");
                }
                String segment = row.getString(1);
                if (segmented && segment == null) {
                    throw new NullPointerException("segment must not be null (account " + account + ")");
                }
                for (int j = 0; j < measures.length; j++) {
                    if (row.isNullAt(2 + j)) {
                        throw new NullPointerException("signal '" + measures[j] + "' of account " + account
                                + " must not be null: the bulk path scores accounts with every signal present");
                    }
                    batch[j][n] = row.getDouble(2 + j);
                }
                accounts[n] = account;
                segments[n] = segment;
                n++;
            }
            for (int j = 0; j < measures.length; j++) {
                columns[j] = n == BATCH ? batch[j] : java.util.Arrays.copyOf(batch[j], n);
            }
            out = new double[n];
            model.scoreAll(columns, segmented ? java.util.Arrays.copyOf(segments, n) : null, out);
            size = n;
            next = 0;
        }
    }
}
