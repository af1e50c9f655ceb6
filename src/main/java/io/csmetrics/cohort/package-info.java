/**
 * Renew stage, cohorts: the {@code Cohort} type, logo and revenue retention triangles, Kaplan-Meier survival and the shifted-beta-geometric retention model.
 *
 * @since 0.1.0
 */
package io.csmetrics.cohort;
