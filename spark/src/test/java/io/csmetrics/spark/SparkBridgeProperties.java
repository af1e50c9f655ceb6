package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Distributed equals sequential, for any book and any partitioning: the invariant the whole module
 * rests on. Few tries, since each runs Spark jobs.
 */
class SparkBridgeProperties {

    private static final YearMonth BASE = YearMonth.of(2024, 1);

    @Property(tries = 6)
    void bridgeAndRetentionEqualTheCoreForAnyPartitioning(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 60) int accounts, @ForAll @IntRange(min = 1, max = 9) int partitions,
            @ForAll @IntRange(min = 0, max = 11) int windowStart) {
        MrrTables book = MrrTables.generate(seed, accounts, BASE, 12);
        Dataset<Row> rows = book.frame(SparkTestSession.get()).orderBy(functions.rand(seed)).repartition(partitions);
        YearMonth first = BASE.plusMonths(windowStart);
        YearMonth last = BASE.plusMonths(14);

        MrrBridge core = book.histories.stream().collect(MrrBridgeAccumulator.collector(MrrTables.USD, first, last));
        assertThat(SparkRevenue.bridge(rows, MrrColumns.defaults(), first, last)).isEqualTo(core);

        RevenueRetention retention = book.histories.stream()
                .collect(RevenueRetentionAccumulator.collector(MrrTables.USD, first, last));
        assertThat(SparkRevenue.retention(rows, MrrColumns.defaults(), first, last)).isEqualTo(retention);
    }
}
