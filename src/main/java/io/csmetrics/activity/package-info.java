/**
 * The CS team's own work: activity records ({@link io.csmetrics.activity.Activity}: touches,
 * meetings, QBRs, e-mails, trainings, support-case work) and support cases
 * ({@link io.csmetrics.activity.SupportCase}), their accumulators
 * ({@link io.csmetrics.activity.ActivityStats}: touches per account, CSM and team, coverage, time
 * since the last touch; {@link io.csmetrics.activity.SupportStats}: response and resolution times,
 * SLA attainment, backlog), the three-viewpoint scorecard ({@link io.csmetrics.activity.ScorecardModel}:
 * customer actions, CS actions, business results and the customer's own outcome), and the link
 * between activity and results ({@link io.csmetrics.activity.ActivityVsResults}, an association with
 * a Newcombe interval, not a causal effect).
 *
 * @since 0.1.0
 */
package io.csmetrics.activity;
