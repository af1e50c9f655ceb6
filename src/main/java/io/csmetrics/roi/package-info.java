/**
 * Across the stages: the revenue a CS team influenced ({@code RoiAttribution}) and the responsibility-influence matrix.
 *
 * @since 0.1.0
 */
package io.csmetrics.roi;
