package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ChurnProperties {

    private static final ChurnCalculator STANDARD = ChurnCalculator.standard();

    @Property
    void customerChurnStaysWithinZeroAndOne(@ForAll @LongRange(max = 1_000_000) long starting,
            @ForAll @LongRange(max = 1_000_000) long newCustomers, @ForAll @IntRange(max = 1000) int churnedPerMille,
            @ForAll @IntRange(max = 1000) int churnedNewPerMille, @ForAll CustomerChurnBasis basis,
            @ForAll WithinPeriodChurn rule) {
        Assume.that(basis == CustomerChurnBasis.START_PLUS_NEW || rule == WithinPeriodChurn.EXCLUDED);
        CustomerCounts counts = CustomerCounts.of(starting, newCustomers, starting * churnedPerMille / 1000,
                newCustomers * churnedNewPerMille / 1000);

        Ratio rate = STANDARD.withCustomerBasis(basis).withWithinPeriodChurn(rule).customerChurn(counts).rate();

        if (rate.isDefined()) {
            assertThat(rate.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(rate.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        } else {
            assertThat(starting + (basis == CustomerChurnBasis.START_PLUS_NEW ? newCustomers : 0)).isZero();
        }
    }

    @Property
    void compoundNeverExceedsSimpleAndStaysWithinBounds(@ForAll @IntRange(max = 10_000) int numerator,
            @ForAll @IntRange(min = 1, max = 10_000) int denominator, @ForAll @IntRange(min = 1, max = 36) int periods) {
        Assume.that(numerator <= denominator);
        Ratio m = Ratio.of(numerator, denominator);

        Ratio compound = Annualization.COMPOUND.cumulative(m, periods);
        Ratio simple = Annualization.SIMPLE.cumulative(m, periods);

        assertThat(compound.compareTo(simple)).isLessThanOrEqualTo(0);
        assertThat(compound.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
        assertThat(compound.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        assertThat(compound.compareTo(m)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void cumulativeChurnGrowsWithTheRateAndThePeriods(@ForAll @IntRange(max = 1000) int a,
            @ForAll @IntRange(max = 1000) int b, @ForAll @IntRange(min = 1, max = 24) int periods,
            @ForAll Annualization method) {
        Ratio lower = Ratio.of(Math.min(a, b), 1000);
        Ratio higher = Ratio.of(Math.max(a, b), 1000);

        assertThat(method.cumulative(lower, periods).compareTo(method.cumulative(higher, periods)))
                .isLessThanOrEqualTo(0);
        assertThat(method.cumulative(lower, periods).compareTo(method.cumulative(lower, periods + 1)))
                .isLessThanOrEqualTo(0);
    }

    @Property
    void expectedLossesNeverExceedTheCustomersWhenCompounded(@ForAll @LongRange(max = 1_000_000) long customers,
            @ForAll @IntRange(max = 1000) int perMille, @ForAll @IntRange(max = 60) int periods) {
        ExpectedLoss loss = STANDARD.expectedLosses(customers, Ratio.of(perMille, 1000), periods);

        assertThat(loss.accounts().compareTo(Ratio.of(customers, 1))).isLessThanOrEqualTo(0);
        assertThat(loss.accounts().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void revenueChurnRatesIgnoreTheUnitOfMoneyAndAmountsScale(@ForAll @LongRange(min = 1, max = 100_000_000) long start,
            @ForAll @IntRange(max = 1000) int churnedPerMille, @ForAll @IntRange(max = 1000) int contractionPerMille,
            @ForAll @LongRange(max = 100_000_000) long expansion, @ForAll @LongRange(max = 100_000_000) long added,
            @ForAll @LongRange(max = 100_000_000) long reactivation, @ForAll @IntRange(min = 1, max = 1000) int k,
            @ForAll RevenueChurnBasis basis, @ForAll NetRevenueChurnOffset offset) {
        long churned = start * churnedPerMille / 1000;
        long contraction = (start - churned) * contractionPerMille / 1000;
        RevenueMovements m = movements(start, added, expansion, contraction, churned, reactivation, 1);
        RevenueMovements scaled = movements(start, added, expansion, contraction, churned, reactivation, k);
        ChurnCalculator calculator = STANDARD.withRevenueBasis(basis).withNetOffset(offset);

        RevenueChurn gross = calculator.grossRevenueChurn(m);
        RevenueChurn grossScaled = calculator.grossRevenueChurn(scaled);
        RevenueChurn net = calculator.netRevenueChurn(m);
        RevenueChurn netScaled = calculator.netRevenueChurn(scaled);

        assertThat(grossScaled.lost().isEqual(gross.lost().multipliedBy(k))).isTrue();
        assertThat(netScaled.lost().isEqual(net.lost().multipliedBy(k))).isTrue();
        assertThat(gross.rate().isEquivalent(grossScaled.rate())).isTrue();
        assertThat(net.rate().isEquivalent(netScaled.rate())).isTrue();
        if (basis == RevenueChurnBasis.START_OF_PERIOD) {
            assertThat(gross.rate().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(gross.rate().compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
            assertThat(net.rate().compareTo(gross.rate())).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void intervalsContainTheEstimateAndNestByLevel(@ForAll @LongRange(min = 1, max = 100_000) long atRisk,
            @ForAll @IntRange(max = 1000) int perMille, @ForAll IntervalMethod method) {
        long churned = atRisk * perMille / 1000;
        ChurnCalculator calculator = STANDARD.withIntervalMethod(method);

        ChurnInterval at95 = calculator.confidenceInterval(churned, atRisk);
        ChurnInterval at80 = calculator.withConfidenceLevel(0.80).confidenceInterval(churned, atRisk);

        assertThat(at95.lower()).isBetween(0.0, at95.estimate());
        assertThat(at95.upper()).isBetween(at95.estimate(), 1.0);
        assertThat(at80.lower()).isGreaterThanOrEqualTo(at95.lower() - 1e-12);
        assertThat(at80.upper()).isLessThanOrEqualTo(at95.upper() + 1e-12);
    }

    private static RevenueMovements movements(long start, long added, long expansion, long contraction, long churned,
            long reactivation, long k) {
        return RevenueMovements.starting(usd(start * k)).withNewMrr(usd(added * k)).withExpansionMrr(usd(expansion * k))
                .withContractionMrr(usd(contraction * k)).withChurnedMrr(usd(churned * k))
                .withReactivationMrr(usd(reactivation * k));
    }

    private static Money usd(long cents) {
        return Money.ofMinor(cents, java.util.Currency.getInstance("USD"));
    }
}
