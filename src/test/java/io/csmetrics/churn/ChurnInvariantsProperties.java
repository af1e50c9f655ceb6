package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the churn family that {@link ChurnProperties} (rate bounds, compound ≤ simple,
 * growth with rate and periods, revenue-churn scale invariance, interval nesting) does not state:
 * the exact money bridges behind gross and net churn, the direction each variant moves a rate,
 * count scale invariance, the exact algebra of cumulative churn, the symmetry of the intervals, and
 * a calculator surviving serialisation with every setting.
 */
class ChurnInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ChurnCalculator STANDARD = ChurnCalculator.standard();

    private static Money usd(long cents) {
        return Money.ofMinor(cents, USD);
    }

    private static RevenueMovements movements(long start, int churnedPerMille, int contractionPerMille, long added,
            long expansion, long reactivation) {
        long churned = start * churnedPerMille / 1000;
        long contraction = (start - churned) * contractionPerMille / 1000;
        return RevenueMovements.starting(usd(start)).withNewMrr(usd(added)).withExpansionMrr(usd(expansion))
                .withContractionMrr(usd(contraction)).withChurnedMrr(usd(churned)).withReactivationMrr(usd(reactivation));
    }

    @Property
    void movementsBridgeExactlyAndNetLossIsGrossLessTheOffset(@ForAll @LongRange(max = 100_000_000) long start,
            @ForAll @IntRange(max = 1000) int churnedPerMille, @ForAll @IntRange(max = 1000) int contractionPerMille,
            @ForAll @LongRange(max = 100_000_000) long added, @ForAll @LongRange(max = 100_000_000) long expansion,
            @ForAll @LongRange(max = 100_000_000) long reactivation, @ForAll RevenueChurnBasis basis) {
        RevenueMovements m = movements(start, churnedPerMille, contractionPerMille, added, expansion, reactivation);
        assertThat(m.endMrr()).isEqualTo(m.startMrr().plus(m.newMrr()).plus(m.expansionMrr())
                .plus(m.reactivationMrr()).minus(m.contractionMrr()).minus(m.churnedMrr()));
        assertThat(RevenueMovements.of(m.startMrr(), m.newMrr(), m.expansionMrr(), m.contractionMrr(), m.churnedMrr(),
                m.reactivationMrr(), m.endMrr())).isEqualTo(m);

        ChurnCalculator c = STANDARD.withRevenueBasis(basis);
        RevenueChurn gross = c.grossRevenueChurn(m);
        RevenueChurn net = c.withNetOffset(NetRevenueChurnOffset.EXPANSION).netRevenueChurn(m);
        RevenueChurn netWithReactivation = c.withNetOffset(NetRevenueChurnOffset.EXPANSION_AND_REACTIVATION)
                .netRevenueChurn(m);
        Money base = basis == RevenueChurnBasis.START_OF_PERIOD ? m.startMrr() : m.endMrr();

        assertThat(gross.lost()).isEqualTo(m.churnedMrr().plus(m.contractionMrr()));
        assertThat(net.lost()).isEqualTo(gross.lost().minus(m.expansionMrr()));
        assertThat(netWithReactivation.lost()).isEqualTo(net.lost().minus(m.reactivationMrr()));
        for (RevenueChurn r : new RevenueChurn[] {gross, net, netWithReactivation}) {
            assertThat(r.base()).isEqualTo(base);
            assertThat(r.rate()).isEqualTo(Ratio.of(r.lost(), base));
            assertThat(r.basis()).isEqualTo(basis);
            assertThat(r.movements()).isSameAs(m);
        }
        assertThat(gross.kind()).isEqualTo(RevenueChurn.Kind.GROSS);
        assertThat(gross.offset()).isEmpty();
        assertThat(netWithReactivation.offset()).contains(NetRevenueChurnOffset.EXPANSION_AND_REACTIVATION);
        if (!base.isZero()) {
            assertThat(netWithReactivation.rate().compareTo(net.rate())).isLessThanOrEqualTo(0);
            assertThat(net.rate().compareTo(gross.rate())).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void eachVariantMovesTheCustomerRateTheDocumentedWay(@ForAll @LongRange(min = 1, max = 1_000_000) long starting,
            @ForAll @LongRange(max = 1_000_000) long newCustomers, @ForAll @IntRange(max = 1000) int churnedPerMille,
            @ForAll @IntRange(max = 1000) int churnedNewPerMille) {
        CustomerCounts counts = CustomerCounts.of(starting, newCustomers, starting * churnedPerMille / 1000,
                newCustomers * churnedNewPerMille / 1000);
        Ratio start = STANDARD.customerChurn(counts).rate();
        Ratio startPlusNew = STANDARD.withCustomerBasis(CustomerChurnBasis.START_PLUS_NEW).customerChurn(counts).rate();
        Ratio counted = STANDARD.withCustomerBasis(CustomerChurnBasis.START_PLUS_NEW)
                .withWithinPeriodChurn(WithinPeriodChurn.COUNTED).customerChurn(counts).rate();

        assertThat(start).isEqualTo(Ratio.of(counts.churnedCustomers(), starting));
        assertThat(startPlusNew.compareTo(start)).isLessThanOrEqualTo(0);
        assertThat(counted.compareTo(startPlusNew)).isGreaterThanOrEqualTo(0);
        assertThat(counted).isEqualTo(Ratio.of(counts.churnedCustomers() + counts.churnedNewCustomers(),
                starting + newCustomers));
        assertThat(counts.endingCustomers()).isEqualTo(starting + newCustomers - counts.churnedCustomers()
                - counts.churnedNewCustomers());
        assertThat(STANDARD.customerChurn(starting, counts.churnedCustomers()).rate()).isEqualTo(start);
    }

    @Property
    void moreChurnedCustomersNeverLowerTheRate(@ForAll @LongRange(min = 1, max = 1_000_000) long starting,
            @ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b) {
        long fewer = starting * Math.min(a, b) / 1000;
        long more = starting * Math.max(a, b) / 1000;
        assertThat(STANDARD.customerChurn(starting, fewer).rate()
                .compareTo(STANDARD.customerChurn(starting, more).rate())).isLessThanOrEqualTo(0);
    }

    @Property
    void scalingEveryCountKeepsTheRate(@ForAll @LongRange(max = 100_000) long starting,
            @ForAll @LongRange(max = 100_000) long newCustomers, @ForAll @IntRange(max = 1000) int churnedPerMille,
            @ForAll @IntRange(min = 1, max = 1000) int k, @ForAll CustomerChurnBasis basis,
            @ForAll WithinPeriodChurn rule) {
        long churned = starting * churnedPerMille / 1000;
        long churnedNew = newCustomers * churnedPerMille / 1000;
        ChurnCalculator c = STANDARD.withCustomerBasis(basis).withWithinPeriodChurn(rule);
        Ratio rate = c.customerChurn(CustomerCounts.of(starting, newCustomers, churned, churnedNew)).rate();
        Ratio scaled = c.customerChurn(CustomerCounts.of(starting * k, newCustomers * k, churned * k, churnedNew * k))
                .rate();
        assertThat(scaled.isEquivalent(rate)).isTrue();
    }

    @Property
    void compoundChurnComposesOverConsecutiveSpans(@ForAll @IntRange(max = 1000) int perMille,
            @ForAll @IntRange(max = 24) int a, @ForAll @IntRange(max = 24) int b) {
        Ratio m = Ratio.of(perMille, 1000);
        Ratio ca = Annualization.COMPOUND.cumulative(m, a);
        Ratio cb = Annualization.COMPOUND.cumulative(m, b);
        Ratio survivingBoth = Ratio.of(ca.complement().numerator().multiply(cb.complement().numerator()),
                ca.denominator().multiply(cb.denominator()));
        assertThat(Annualization.COMPOUND.cumulative(m, a + b).isEquivalent(survivingBoth.complement())).isTrue();
        assertThat(Annualization.SIMPLE.cumulative(m, a + b).isEquivalent(Ratio.of((long) perMille * (a + b), 1000)))
                .isTrue();
        assertThat(Annualization.COMPOUND.cumulative(m, 0).isEquivalent(Ratio.ZERO)).isTrue();
        assertThat(Annualization.COMPOUND.cumulative(m, 1).isEquivalent(m)).isTrue();
    }

    @Property
    void annualisingIsTwelvePeriodsAndExpectedLossScalesTheCumulativeRate(@ForAll @IntRange(max = 1000) int perMille,
            @ForAll Annualization method, @ForAll @LongRange(max = 1_000_000) long customers,
            @ForAll @IntRange(max = 60) int periods) {
        Ratio m = Ratio.of(perMille, 1000);
        ChurnCalculator c = STANDARD.withAnnualization(method);
        assertThat(c.annualize(m)).isEqualTo(method.annualize(m)).isEqualTo(method.cumulative(m, 12));
        assertThat(c.cumulative(m, periods)).isEqualTo(method.cumulative(m, periods));

        ExpectedLoss loss = c.expectedLosses(customers, m, periods);
        assertThat(loss.cumulativeRate()).isEqualTo(method.cumulative(m, periods));
        assertThat(loss.accounts().isEquivalent(Ratio.of(
                loss.cumulativeRate().numerator().multiply(BigDecimal.valueOf(customers)),
                loss.cumulativeRate().denominator()))).isTrue();
        assertThat(loss.customers()).isEqualTo(customers);
        assertThat(loss.periods()).isEqualTo(periods);
        assertThat(loss.annualization()).isEqualTo(method);
    }

    @Property
    void intervalsAreSymmetricUnderSwappingChurnedAndRetained(@ForAll @LongRange(min = 1, max = 100_000) long atRisk,
            @ForAll @IntRange(max = 1000) int perMille, @ForAll IntervalMethod method) {
        long churned = atRisk * perMille / 1000;
        ChurnCalculator c = STANDARD.withIntervalMethod(method);
        ChurnInterval i = c.confidenceInterval(churned, atRisk);
        ChurnInterval mirror = c.confidenceInterval(atRisk - churned, atRisk);

        assertThat(i.lower()).isCloseTo(1 - mirror.upper(), within(1e-9));
        assertThat(i.upper()).isCloseTo(1 - mirror.lower(), within(1e-9));
        assertThat(i.method()).isEqualTo(method);
        assertThat(i.confidenceLevel()).isEqualTo(ChurnCalculator.DEFAULT_CONFIDENCE_LEVEL);
        assertThat(c.confidenceInterval(STANDARD.customerChurn(atRisk, churned))).isEqualTo(i);
    }

    @Property
    void aCalculatorSurvivesSerialisationWithEverySetting(@ForAll CustomerChurnBasis customerBasis,
            @ForAll WithinPeriodChurn rule, @ForAll RevenueChurnBasis revenueBasis, @ForAll NetRevenueChurnOffset offset,
            @ForAll Annualization annualization, @ForAll IntervalMethod method,
            @ForAll @IntRange(min = 1, max = 99) int levelPercent) {
        ChurnCalculator c = STANDARD.withCustomerBasis(customerBasis).withWithinPeriodChurn(rule)
                .withRevenueBasis(revenueBasis).withNetOffset(offset).withAnnualization(annualization)
                .withIntervalMethod(method).withConfidenceLevel(levelPercent / 100.0);
        ChurnCalculator copy = AccumulatorChecks.roundTrip(c);

        assertThat(copy.customerBasis()).isEqualTo(customerBasis);
        assertThat(copy.withinPeriodChurn()).isEqualTo(rule);
        assertThat(copy.revenueBasis()).isEqualTo(revenueBasis);
        assertThat(copy.netOffset()).isEqualTo(offset);
        assertThat(copy.annualization()).isEqualTo(annualization);
        assertThat(copy.intervalMethod()).isEqualTo(method);
        assertThat(copy.confidenceLevel()).isEqualTo(levelPercent / 100.0);
        assertThat(copy).hasToString(c.toString());
        assertThat(copy.confidenceInterval(7, 40)).isEqualTo(c.confidenceInterval(7, 40));
    }
}
