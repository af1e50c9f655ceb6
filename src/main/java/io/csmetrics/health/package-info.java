/**
 * Across the stages: explainable health scores ({@code HealthScoreModel}), bands, alerts, worklists, touch tiers and learned weights.
 *
 * @since 0.1.0
 */
package io.csmetrics.health;
