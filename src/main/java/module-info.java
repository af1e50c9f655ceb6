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
    exports io.csmetrics.onboarding;
    exports io.csmetrics.usage;
    exports io.csmetrics.satisfaction;
    exports io.csmetrics.outcome;
    exports io.csmetrics.revenue;
    exports io.csmetrics.churn;
    exports io.csmetrics.ltv;
    exports io.csmetrics.cohort;
    exports io.csmetrics.health;
    exports io.csmetrics.roi;
    exports io.csmetrics.goals;
}
