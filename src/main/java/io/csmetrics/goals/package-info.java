/**
 * Across the stages: KPI trees, SMART targets and the CS maturity model.
 *
 * @since 0.1.0
 */
package io.csmetrics.goals;
