/**
 * csmetrics on Apache Spark: the core's mergeable accumulators as typed Spark aggregators, for
 * books beyond one machine. Every result is the core's own type and equals the single-machine
 * result exactly, however Spark partitions the data.
 *
 * <ul>
 *   <li>{@link io.csmetrics.spark.SparkRevenue}: the MRR bridge and NRR/GRR of an MRR table;
 *   <li>{@link io.csmetrics.spark.SparkCohorts}: the cohort retention matrix;
 *   <li>{@link io.csmetrics.spark.SparkNps}: NPS with its intervals;
 *   <li>{@link io.csmetrics.spark.SparkHealth}: health scores of many accounts;
 *   <li>{@link io.csmetrics.spark.SparkTables}: results as plain tables for SQL.
 * </ul>
 *
 * <p>The MRR families take a {@code Dataset<Row>} described by {@link io.csmetrics.spark.MrrColumns},
 * group it per account into {@link io.csmetrics.spark.AccountSeries} ({@link io.csmetrics.spark.SparkMrr}),
 * and aggregate with {@link io.csmetrics.spark.MrrBridgeAggregator},
 * {@link io.csmetrics.spark.RevenueRetentionAggregator} or
 * {@link io.csmetrics.spark.RetentionMatrixAggregator}, usable directly on a cached series.
 * Spark is a {@code provided} dependency; only its Java Dataset and Aggregator APIs are used.
 *
 * @since 0.1.0
 */
package io.csmetrics.spark;
