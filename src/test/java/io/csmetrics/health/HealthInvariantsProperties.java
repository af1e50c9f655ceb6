package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the health roll-up across random books of child accounts (the score-model
 * invariants live in {@link HealthScoreModelProperties}).
 */
class HealthInvariantsProperties {

    @Provide
    Arbitrary<List<HealthRollup.Child>> children() {
        Arbitrary<HealthRollup.Child> child = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4),
                Arbitraries.integers().between(0, 1000).map(i -> i / 10.0),
                Arbitraries.longs().between(1, 10_000_000L))
                .as((id, score, minor) -> new HealthRollup.Child(id, score, Money.ofMinor(minor, java.util.Currency.getInstance("USD"))));
        return child.list().ofMinSize(1).ofMaxSize(30);
    }

    private static double rollup(List<HealthRollup.Child> children) {
        HealthRollup r = HealthRollup.create();
        children.forEach(r);
        return r.value();
    }

    @Property
    void rollupPathsAgreeAndSurviveShipping(@ForAll("children") List<HealthRollup.Child> children) {
        AccumulatorChecks.assertAllPathsAgree(children, HealthRollup::create, HealthRollup::value);
        HealthRollup r = HealthRollup.create();
        children.forEach(r);
        HealthRollup copy = AccumulatorChecks.roundTrip(r);
        assertThat(copy.value()).isEqualTo(r.value());
        assertThat(copy.totalMrr()).isEqualTo(r.totalMrr());
    }

    @Property
    void rollupLiesBetweenTheLowestAndHighestChild(@ForAll("children") List<HealthRollup.Child> children) {
        double min = children.stream().mapToDouble(HealthRollup.Child::score).min().orElseThrow();
        double max = children.stream().mapToDouble(HealthRollup.Child::score).max().orElseThrow();
        assertThat(rollup(children)).isBetween(min - 1e-9, max + 1e-9).isBetween(0.0, 100.0);
    }

    @Property
    void scalingEveryMrrKeepsTheRollupAndScalesTheTotal(@ForAll("children") List<HealthRollup.Child> children,
            @ForAll @LongRange(min = 2, max = 1000) long k) {
        List<HealthRollup.Child> scaled = children.stream()
                .map(c -> new HealthRollup.Child(c.accountId(), c.score(), c.mrr().multipliedBy(k))).toList();
        assertThat(rollup(scaled)).isCloseTo(rollup(children), within(1e-9));
        HealthRollup a = HealthRollup.create();
        children.forEach(a);
        HealthRollup b = HealthRollup.create();
        scaled.forEach(b);
        assertThat(b.totalMrr().isEqual(a.totalMrr().multipliedBy(k))).isTrue();
    }

    @Property
    void raisingOneChildScoreNeverLowersTheRollup(@ForAll("children") List<HealthRollup.Child> children) {
        HealthRollup.Child first = children.get(0);
        List<HealthRollup.Child> raised = new java.util.ArrayList<>(children);
        raised.set(0, new HealthRollup.Child(first.accountId(), Math.min(100, first.score() + 10), first.mrr()));
        assertThat(rollup(raised)).isGreaterThanOrEqualTo(rollup(children) - 1e-12);
    }

    @Property
    void tiersAndBandsSurviveShipping(@ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 100) double s0,
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 100) double s1) {
        Tiers t = Tiers.builder(TierBoundary.LOWER_INCLUSIVE).tier(0, 5, s0).tier(5, 10, s1).build();
        assertThat(AccumulatorChecks.roundTrip(t)).isEqualTo(t);
        assertThat(AccumulatorChecks.roundTrip(Bands.grades())).isEqualTo(Bands.grades());
    }
}
