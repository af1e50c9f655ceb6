/**
 * Property-testing support: jqwik arbitraries of csmetrics' value types and input records, so
 * users can property-test their own metric code against the library (and the library tests
 * itself).
 *
 * <p>The entry point is {@link io.csmetrics.testkit.CsArbitraries}: static factories returning
 * configurable arbitraries of money, MRR, ARR, ratios, billing periods, MRR snapshots and account
 * MRR histories with realistic movements, cohorts, NPS answers and answer sets with a chosen
 * mix, usage event streams, health-model signals, ROI deals, onboarding records and customer
 * goals. {@link io.csmetrics.testkit.CsMetricsArbitraryProvider} makes {@code @ForAll Money},
 * {@code @ForAll Mrr}, {@code @ForAll MrrHistory} etc. work with the defaults, and
 * {@link io.csmetrics.testkit.CsMetricsDomain} is a domain for {@code @Domain}.
 *
 * <p>jqwik is an optional dependency of csmetrics ({@code requires static net.jqwik.api}): this
 * package needs {@code net.jqwik:jqwik} on the test class or module path, which a jqwik user has;
 * nothing else in the library refers to jqwik, so the library runs without it.
 *
 * @since 0.1.0
 */
package io.csmetrics.testkit;
