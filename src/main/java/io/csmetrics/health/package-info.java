/**
 * Across the stages: explainable health scores ({@code HealthScoreModel}), bands, alerts (including
 * {@code InactivityAlert}), worklists (including the upcoming-renewals {@code RenewalWorklist}), the
 * risk-category presets ({@code RiskCategoryPresets}), touch tiers and learned weights.
 *
 * @since 0.1.0
 */
package io.csmetrics.health;
