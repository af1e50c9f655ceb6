package io.csmetrics.spark;

import static org.apache.spark.sql.functions.col;

import io.csmetrics.revenue.MrrBridge;
import java.time.YearMonth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The README's "Beyond one machine" example, verbatim between the markers; {@link ReadmeExampleTest} runs it and checks the README holds it. */
final class BeyondOneMachineExample {

    private BeyondOneMachineExample() {
    }

    static MrrBridge run(SparkSession spark, String path) {
        // README example start
        Dataset<Row> rows = spark.read().option("header", "true").csv(path)       // account,month,mrr,currency
                .withColumn("mrr", col("mrr").cast("decimal(18,2)"));             // major units, exact
        MrrBridge bridge = SparkRevenue.bridge(rows, MrrColumns.defaults(),
                YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        System.out.println(bridge.period(YearMonth.of(2024, 6)).churn());         // churned MRR, May → June

        SparkTables.bridge(spark, bridge).createOrReplaceTempView("bridge");      // the same bridge for SQL
        spark.sql("SELECT end_month, amount, accounts FROM bridge WHERE movement = 'churn'").show();
        // README example end
        return bridge;
    }
}
