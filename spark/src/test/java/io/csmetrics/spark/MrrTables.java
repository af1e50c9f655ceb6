package io.csmetrics.spark;

import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generated MRR books: the same accounts as core histories and as a Spark table of rows
 * {@code account, month, mrr, currency, plan}, with starts before and inside the window, gaps
 * (churn and reactivation), expansions and contractions, and zero months both as a row and as a
 * missing row.
 */
final class MrrTables {

    static final Currency USD = Currency.getInstance("USD");
    static final StructType SCHEMA = new StructType()
            .add("account", DataTypes.StringType, true)
            .add("month", DataTypes.StringType, true)
            .add("mrr", DataTypes.LongType, true)
            .add("currency", DataTypes.StringType, true)
            .add("plan", DataTypes.StringType, true);
    static final String[] PLANS = {"basic", "pro", "enterprise"};

    final List<MrrHistory> histories = new ArrayList<>();
    final List<String> plans = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    /** A book of {@code accounts} accounts over months {@code base .. base + months − 1}. */
    static MrrTables generate(long seed, int accounts, YearMonth base, int months) {
        Random random = new Random(seed);
        MrrTables t = new MrrTables();
        for (int a = 0; a < accounts; a++) {
            String id = "acct-" + a;
            String plan = PLANS[random.nextInt(PLANS.length)];
            int start = random.nextInt(months);
            int length = 1 + random.nextInt(months - start);
            long[] units = new long[length];
            long level = 1_000 * (1 + random.nextInt(50));
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(20);
                if (r == 0) {
                    level = 0;
                } else if (r == 1 || (level == 0 && r < 8)) {
                    level = 1_000 * (1 + random.nextInt(50));
                } else if (r == 2 && level > 0) {
                    level = level + 500;
                }
                units[i] = level;
            }
            YearMonth first = base.plusMonths(start);
            t.histories.add(MrrHistory.of(id, USD, first, units));
            t.plans.add(plan);
            for (int i = 0; i < length; i++) {
                // a zero month is sometimes a row, sometimes missing: both mean zero
                if (units[i] != 0 || random.nextBoolean()) {
                    t.rows.add(RowFactory.create(id, first.plusMonths(i).toString(), units[i], "USD", plan));
                }
            }
        }
        return t;
    }

    Dataset<Row> frame(SparkSession spark) {
        return spark.createDataFrame(rows, SCHEMA);
    }
}
