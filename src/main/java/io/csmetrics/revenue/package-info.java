/**
 * Renew stage, revenue: MRR movements (new, expansion, contraction, churn, reactivation) and the MRR bridge, ARR, ARPA, quick ratio, net and gross revenue retention.
 *
 * @since 0.1.0
 */
package io.csmetrics.revenue;
