/**
 * Shared value types every metric family stands on: {@link io.csmetrics.Money}, {@link io.csmetrics.Mrr}, {@link io.csmetrics.Arr}, {@link io.csmetrics.Ratio}, account MRR data ({@link io.csmetrics.MrrSnapshot}, {@link io.csmetrics.MrrHistory}) and the {@link io.csmetrics.Accumulator} pattern.
 *
 * @since 0.1.0
 */
package io.csmetrics;
