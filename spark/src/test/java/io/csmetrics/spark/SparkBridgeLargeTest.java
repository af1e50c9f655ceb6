package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.revenue.MrrBridge;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The acceptance check: 100,000 accounts × 36 months, the Spark bridge equals the core's exactly. */
class SparkBridgeLargeTest {

    private static final int ACCOUNTS = 100_000;
    private static final int MONTHS = 36;

    @Test
    void bridgeOfAHundredThousandAccountsEqualsTheCoreBulkPath() {
        Dataset<Row> rows = SyntheticBook.rows(SparkTestSession.get(), ACCOUNTS, MONTHS).repartition(6);
        MrrBridge spark = SparkRevenue.bridge(rows, MrrColumns.defaults(), SyntheticBook.first(),
                SyntheticBook.last(MONTHS));
        MrrBridge core = SyntheticBook.core(ACCOUNTS, MONTHS).bridge();
        assertThat(spark).isEqualTo(core);
        // the book is not trivial: every movement happens
        assertThat(core.periods()).allSatisfy(p -> assertThat(p.hasNoMovement()).isFalse());
        assertThat(core.between(SyntheticBook.first(), SyntheticBook.last(MONTHS)).reactivation().count()).isPositive();
    }
}
