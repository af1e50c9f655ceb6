/**
 * Renew stage, non-contractual customer bases and survival comparisons: the RFM summary of a
 * transaction stream, the BG/NBD and Pareto/NBD repeat-purchase models, the Gamma-Gamma spend model,
 * customer lifetime value from them, and the log-rank test and Cox proportional-hazards model that
 * compare survival between groups.
 *
 * <p>Non-contractual means that a customer's "death" is never observed: a buyer who stops buying
 * simply stops appearing. The models here infer it from frequency, recency and age (Fader, Hardie
 * &amp; Lee 2005). The contractual counterpart (the shifted-beta-geometric model, Kaplan–Meier) lives in
 * {@code io.csmetrics.cohort}.
 *
 * @since 0.2.0
 */
package io.csmetrics.clv;
