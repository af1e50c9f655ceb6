/**
 * Renew stage, churn: customer and revenue churn with named denominators and annualisation, expected losses and binomial confidence intervals ({@code ChurnCalculator}).
 *
 * @since 0.1.0
 */
package io.csmetrics.churn;
