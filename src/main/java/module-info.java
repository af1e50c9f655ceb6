/**
 * csmetrics: customer-success and SaaS metric formulas, exact, named, explained and mergeable.
 *
 * <p>The runtime dependencies are the Apache Commons Math family's maintained modules: Commons
 * Statistics (distributions) and Commons Numbers (special functions, root finding). jqwik is optional
 * ({@code requires static}): only the property-testing kit {@code io.csmetrics.testkit} uses it, and
 * its users bring it.
 *
 * @since 0.1.0
 */
module io.csmetrics {
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.numbers.rootfinder;
    // Only the testkit uses jqwik; users who property-test bring it, everyone else runs without it.
    // 'transitive' because the testkit's API returns jqwik types (Arbitrary): a module that reads
    // io.csmetrics and has jqwik reads its API too; 'static' keeps it optional at run time.
    requires static transitive net.jqwik.api;

    exports io.csmetrics;
    exports io.csmetrics.onboarding;
    exports io.csmetrics.usage;
    exports io.csmetrics.satisfaction;
    exports io.csmetrics.outcome;
    exports io.csmetrics.revenue;
    exports io.csmetrics.churn;
    exports io.csmetrics.ltv;
    exports io.csmetrics.cohort;
    exports io.csmetrics.clv;
    exports io.csmetrics.health;
    exports io.csmetrics.roi;
    exports io.csmetrics.goals;
    exports io.csmetrics.io;
    exports io.csmetrics.activity;
    // No 'provides net.jqwik.api.providers.ArbitraryProvider': a module that provides a service of a
    // 'requires static' module fails to resolve when that module is absent ("does not read a module
    // that exports net.jqwik.api.providers"), so the library would not start on the module path
    // without jqwik. META-INF/services registers the provider on the class path; on the module path
    // users opt in with @Domain(CsMetricsDomain.class).
    exports io.csmetrics.testkit;
}
