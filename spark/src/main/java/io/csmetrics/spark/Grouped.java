package io.csmetrics.spark;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple2;

/** Runs a series aggregator once per segment and collects one result per segment, sorted by segment. */
final class Grouped {

    private Grouped() {
    }

    static <B, R> SortedMap<String, R> bySegment(Dataset<AccountSeries> series, Aggregator<AccountSeries, B, R> aggregator) {
        Dataset<Tuple2<String, R>> results = series
                .groupByKey((MapFunction<AccountSeries, String>) AccountSeries::getSegment, Encoders.STRING())
                .agg(aggregator.toColumn());
        List<Tuple2<String, R>> rows = Jobs.run(results::collectAsList);
        TreeMap<String, R> map = new TreeMap<>();
        for (Tuple2<String, R> row : rows) {
            map.put(row._1(), row._2());
        }
        return Collections.unmodifiableSortedMap(map);
    }

    static <R> R single(Dataset<AccountSeries> series, Aggregator<AccountSeries, ?, R> aggregator) {
        return Jobs.run(() -> series.select(aggregator.toColumn()).first());
    }

}
