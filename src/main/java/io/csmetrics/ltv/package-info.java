/**
 * Renew stage, lifetime value: LTV from lifetime, from churn rate and from retention models, discounted LTV, LTV:CAC and CAC payback ({@code LtvCalculator}).
 *
 * @since 0.1.0
 */
package io.csmetrics.ltv;
