/**
 * csmetrics: customer-success and SaaS metric formulas, exact, named, explained and mergeable.
 *
 * <p>The only runtime dependency is Apache Commons Math.
 *
 * @since 0.1.0
 */
module io.csmetrics {
    requires commons.math3;

    exports io.csmetrics;
    exports io.csmetrics.churn;
    exports io.csmetrics.ltv;
}
