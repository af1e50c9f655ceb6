/**
 * Across the stages: KPI trees with their owning departments ({@code KpiOwners}), SMART targets with
 * their Achievable and Relevant checks ({@code Achievability}, {@code Relevance}) and the CS maturity model.
 *
 * @since 0.1.0
 */
package io.csmetrics.goals;
