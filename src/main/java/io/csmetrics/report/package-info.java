/**
 * The main job: the KPI report over the bundled sample company or a user's CSV. Not part of the API.
 *
 * @since 0.1.0
 */
package io.csmetrics.report;
