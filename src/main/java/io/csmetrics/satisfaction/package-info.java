/**
 * Satisfied stage: NPS with its uncertainty, CSAT and advocacy.
 *
 * @since 0.1.0
 */
package io.csmetrics.satisfaction;
