/**
 * Data intake: a streaming, hardened reader of account MRR rows from CSV ({@link io.csmetrics.io.MrrCsvReader})
 * straight into primitive columns ({@link io.csmetrics.io.MrrTable}) that feed the bulk kernels of the
 * {@code revenue} package without one object per row.
 *
 * <p>The package depends on the root package and on {@code revenue} (whose accumulators it feeds); no
 * other package depends on it.
 *
 * @since 0.1.0
 */
package io.csmetrics.io;
