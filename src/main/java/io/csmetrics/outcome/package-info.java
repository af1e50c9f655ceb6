/**
 * Succeed stage: the customer's own goals, their attainment and pacing.
 *
 * @since 0.1.0
 */
package io.csmetrics.outcome;
