package io.csmetrics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the ROI family beyond {@link RoiAttributionProperties}: every breakdown (lines, streams,
 * weeks, months, CSMs, teams) sums exactly to the totals, attributed ARR is exactly Σ ARR × multiplier,
 * scaling every amount by k scales money results by k and leaves ROI and retention unchanged, gross
 * retention is a rate never above net retention, the counterfactual accumulator agrees on every path, and
 * accumulators, results and multipliers survive serialisation.
 */
class RoiInvariantsProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<RevenueStream> STREAMS = List.of(RevenueStream.CS_SOURCED_NEW, RevenueStream.RENEWAL,
            RevenueStream.UPSELL, RevenueStream.of("services"));
    private static final Multipliers MULTIPLIERS = Multipliers.builder().stream(RevenueStream.CS_SOURCED_NEW, "1")
            .stream(RevenueStream.RENEWAL, "0.25").involvement(RevenueStream.UPSELL, Involvement.LED, "0.5")
            .involvement(RevenueStream.UPSELL, Involvement.ASSISTED, "0.125").defaultMultiplier(new BigDecimal("0.1"))
            .build();

    @Provide
    Arbitrary<List<Deal>> deals() {
        return Combinators.combine(Arbitraries.of(STREAMS), Arbitraries.longs().between(0, 50_000_000L),
                Arbitraries.integers().between(0, 800), Arbitraries.of(Involvement.class),
                Arbitraries.integers().between(0, 5)).as((s, cents, day, inv, who) -> Deal.of("D", s,
                        Money.ofMinor(cents, EUR), LocalDate.of(2024, 1, 1).plusDays(day), "A", "csm" + who,
                        "team" + who % 2, inv)).list().ofMaxSize(50);
    }

    @Provide
    Arbitrary<List<AccountOutcome>> outcomes() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.longs().between(0, 10_000_000L),
                Arbitraries.longs().between(0, 10_000_000L)).as((worked, start, end) -> AccountOutcome.of("acc",
                        worked, Money.ofMinor(start, EUR), Money.ofMinor(end, EUR))).list().ofMaxSize(50);
    }

    private static <K> void assertSumsToTotals(List<Contribution<K>> parts, RoiAttribution a) {
        assertThat(parts.stream().mapToLong(Contribution::deals).sum()).as("deals").isEqualTo(a.deals());
        assertThat(sum(parts, Contribution::arr).isEqual(a.totalArr())).as("ARR").isTrue();
        assertThat(sum(parts, Contribution::attributed).isEqual(a.attributedArr())).as("attributed").isTrue();
    }

    private static <T> Money sum(List<T> items, Function<T, Money> amount) {
        Money total = Money.zero(EUR);
        for (T t : items) {
            total = total.plus(amount.apply(t));
        }
        return total;
    }

    @Property
    void everyBreakdownSumsExactlyToTheTotals(@ForAll("deals") List<Deal> deals) {
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        assertThat(a.deals()).isEqualTo(deals.size());
        assertThat(a.totalArr().isEqual(sum(deals, Deal::arr))).isTrue();
        assertSumsToTotals(a.byStream(), a);
        assertSumsToTotals(a.weekly(), a);
        assertSumsToTotals(a.monthly(), a);
        assertSumsToTotals(a.byCsm(), a);
        assertSumsToTotals(a.byTeam(), a);
        assertThat(a.lines().stream().mapToLong(AttributionLine::deals).sum()).isEqualTo(a.deals());
        assertThat(sum(a.lines(), AttributionLine::attributed).isEqual(a.attributedArr())).isTrue();
        assertThat(a.byTeam()).hasSizeLessThanOrEqualTo(2);
    }

    @Property
    void attributedArrIsExactlyTheSumOfArrTimesMultiplier(@ForAll("deals") List<Deal> deals) {
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        BigDecimal expected = BigDecimal.ZERO;
        for (Deal d : deals) {
            expected = expected.add(d.arr().amount().multiply(MULTIPLIERS.multiplier(d.stream(), d.involvement())));
        }
        assertThat(a.attributedArr().amount()).isEqualByComparingTo(expected);
        for (AttributionLine line : a.lines()) {
            assertThat(line.attributed().amount()).isEqualByComparingTo(line.arr().amount().multiply(line.multiplier()));
            assertThat(line.multiplier()).isEqualTo(MULTIPLIERS.multiplier(line.stream(), line.involvement()));
        }
        assertThat(a.attributedArr().compareTo(a.totalArr())).isLessThanOrEqualTo(0);
    }

    @Property
    void scalingEveryAmountScalesMoneyAndLeavesTheRoiUnchanged(@ForAll("deals") List<Deal> deals,
            @ForAll @IntRange(min = 1, max = 1000) int k, @ForAll @IntRange(min = 1, max = 10_000_000) int costCents) {
        List<Deal> scaled = new ArrayList<>();
        for (Deal d : deals) {
            scaled.add(Deal.of(d.id(), d.stream(), d.arr().multipliedBy(k), d.date(), d.accountId(), d.csm(), d.team(),
                    d.involvement()));
        }
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        RoiAttribution b = RoiAttribution.of(MULTIPLIERS, EUR, scaled);
        Money cost = Money.ofMinor(costCents, EUR);
        assertThat(b.totalArr().isEqual(a.totalArr().multipliedBy(k))).isTrue();
        assertThat(b.attributedArr().isEqual(a.attributedArr().multipliedBy(k))).isTrue();
        Roi before = a.roi(cost);
        Roi after = b.roi(cost.multipliedBy(k));
        assertThat(after.ratio().isEquivalent(before.ratio())).isTrue();
        assertThat(after.netReturn().isEqual(before.netReturn().multipliedBy(k))).isTrue();
    }

    @Property
    void roiIsAtLeastMinusOneAndFallsAsTheCostGrows(@ForAll("deals") List<Deal> deals,
            @ForAll @IntRange(min = 1, max = 10_000_000) int costCents, @ForAll @IntRange(max = 10_000_000) int more) {
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        Ratio cheap = a.roi(Money.ofMinor(costCents, EUR)).ratio();
        Ratio dear = a.roi(Money.ofMinor((long) costCents + more, EUR)).ratio();
        assertThat(cheap.compareTo(Ratio.of(-1, 1))).isGreaterThanOrEqualTo(0);
        assertThat(dear.compareTo(cheap)).isLessThanOrEqualTo(0);
    }

    @Property
    void upliftAgreesOnEveryPathAndGrossRetentionIsARateBelowNet(@ForAll("outcomes") List<AccountOutcome> outcomes) {
        Uplift net = AccumulatorChecks.assertAllPathsAgree(outcomes, () -> CounterfactualUplift.create(EUR),
                CounterfactualUplift::uplift);
        Uplift gross = AccumulatorChecks.assertAllPathsAgree(outcomes, () -> CounterfactualUplift.create(EUR),
                u -> u.uplift(UpliftBasis.GROSS_RETENTION));
        assertThat(outcomes.stream().collect(CounterfactualUplift.collector(EUR)).uplift()).isEqualTo(net);
        assertThat(net.workedAccounts() + net.controlAccounts()).isEqualTo(outcomes.size());
        for (Ratio[] pair : List.of(new Ratio[] {gross.workedRetention(), net.workedRetention()},
                new Ratio[] {gross.controlRetention(), net.controlRetention()})) {
            if (pair[0].isDefined()) {
                assertThat(pair[0].compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
                assertThat(pair[0].compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
                assertThat(pair[0].compareTo(pair[1])).isLessThanOrEqualTo(0);
            }
        }
    }

    @Property
    void upliftScalesWithTheAmountsAndKeepsRetention(@ForAll("outcomes") List<AccountOutcome> outcomes,
            @ForAll @IntRange(min = 1, max = 1000) int k) {
        CounterfactualUplift a = CounterfactualUplift.create(EUR);
        CounterfactualUplift b = CounterfactualUplift.create(EUR);
        for (AccountOutcome o : outcomes) {
            a.accept(o);
            b.accept(AccountOutcome.of(o.accountId(), o.csWorked(), o.startArr().multipliedBy(k),
                    o.endArr().multipliedBy(k)));
        }
        Uplift u = a.uplift();
        Uplift v = b.uplift();
        if (u.workedRetention().isDefined()) {
            assertThat(v.workedRetention().isEquivalent(u.workedRetention())).isTrue();
        }
        if (u.incrementalExact().isDefined()) {
            Ratio times = Ratio.of(u.incrementalExact().numerator().multiply(BigDecimal.valueOf(k)),
                    u.incrementalExact().denominator());
            assertThat(v.incrementalExact().isEquivalent(times)).isTrue();
        }
    }

    @Property
    void accumulatorsResultsAndMultipliersSurviveSerialisation(@ForAll("deals") List<Deal> deals,
            @ForAll("outcomes") List<AccountOutcome> outcomes) {
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        RoiAttribution shipped = AccumulatorChecks.roundTrip(a);
        assertThat(shipped.lines()).isEqualTo(a.lines());
        assertThat(shipped.weekly()).isEqualTo(a.weekly());
        assertThat(shipped.multipliers()).isEqualTo(MULTIPLIERS).hasSameHashCodeAs(MULTIPLIERS);
        assertThat(shipped.currency()).isEqualTo(EUR);
        assertThat(shipped).hasToString(a.toString());
        for (AttributionLine line : a.lines()) {
            assertThat(AccumulatorChecks.roundTrip(line)).isEqualTo(line);
        }
        for (Contribution<String> c : a.byCsm()) {
            assertThat(AccumulatorChecks.roundTrip(c)).isEqualTo(c);
        }
        Roi roi = a.roi(Money.of("1000.00", "EUR"));
        assertThat(AccumulatorChecks.roundTrip(roi)).isEqualTo(roi).hasToString(roi.toString());
        for (Deal d : deals) {
            assertThat(AccumulatorChecks.roundTrip(d)).isEqualTo(d);
            assertThat(RevenueStream.of(d.stream().name())).isEqualTo(d.stream()).hasSameHashCodeAs(d.stream());
        }
        CounterfactualUplift u = outcomes.stream().collect(CounterfactualUplift.collector(EUR));
        assertThat(AccumulatorChecks.roundTrip(u).uplift()).isEqualTo(u.uplift());
        assertThat(AccumulatorChecks.roundTrip(u.uplift())).isEqualTo(u.uplift());
        for (OrganisationModel model : OrganisationModel.values()) {
            ResponsibilityMatrix m = model.matrix();
            assertThat(AccumulatorChecks.roundTrip(m)).isEqualTo(m).hasSameHashCodeAs(m);
        }
    }

    @Property
    void theCollectorAgreesWithAcceptingEveryDeal(@ForAll("deals") List<Deal> deals) {
        RoiAttribution collected = deals.parallelStream().collect(RoiAttribution.collector(MULTIPLIERS, EUR));
        RoiAttribution accepted = RoiAttribution.of(MULTIPLIERS, EUR, deals);
        assertThat(collected.lines()).isEqualTo(accepted.lines());
        assertThat(collected.monthly()).isEqualTo(accepted.monthly());
    }

    @Example
    void resultsPrintWhatTheyAreMadeOf() {
        RoiAttribution a = RoiAttribution.of(MULTIPLIERS, EUR, List.of(Deal.of("D1", RevenueStream.RENEWAL,
                Money.of("400.00", "EUR"), LocalDate.of(2024, 1, 8), "A", "ann", "emea", Involvement.LED)));
        assertThat(a).hasToString("RoiAttribution{deals=1, ARR=" + a.totalArr() + ", attributed=" + a.attributedArr()
                + ", " + MULTIPLIERS + "}");
        assertThat(a.attributedArr().isEqual(Money.of("100", "EUR"))).isTrue();
        Roi roi = a.roi(Money.of("50.00", "EUR"));
        assertThat(roi).hasToString("Roi{ARR: attributed " + a.attributedArr() + ", cost EUR 50.00, ROI " + roi.ratio()
                + "}");
        CounterfactualUplift u = CounterfactualUplift.create(EUR);
        u.accept(AccountOutcome.of("A", true, Money.of("100.00", "EUR"), Money.of("110.00", "EUR")));
        assertThat(u).hasToString("CounterfactualUplift{" + u.uplift() + "}");
        Misalignment m = new Misalignment(Department.of("finance"), BusinessMetric.of("DSO"),
                Misalignment.Kind.TARGET_WITHOUT_INFLUENCE);
        assertThat(m).hasToString(Department.of("finance") + ": " + BusinessMetric.of("DSO")
                + " (TARGET_WITHOUT_INFLUENCE)");
    }

    @Example
    void declaredMetricsAndDepartmentsAppearEvenWithoutCells() {
        Department finance = Department.of("finance");
        Department legal = Department.of("legal");
        BusinessMetric dso = BusinessMetric.of("days sales outstanding");
        BusinessMetric nps = BusinessMetric.of("NPS");
        ResponsibilityMatrix m = ResponsibilityMatrix.builder().departments(List.of(finance, legal))
                .metrics(List.of(dso, nps)).target(finance, dso).build();
        assertThat(m.metrics()).containsExactly(dso, nps);
        assertThat(m.departments()).containsExactly(finance, legal);
        assertThat(m.cell(legal, nps)).isEqualTo(ResponsibilityMatrix.Cell.NONE);
    }

    @Example
    void aSurvivalOfZeroOrOneIsValidAndOutsideIsRejected() {
        // Survives the first period only: one period of value.
        assertThat(LtvBasis.retention(t -> t == 0 ? 1.0 : 0.0, 1, 0.0, 4).factor()).isEqualTo(1.0);
        assertThatThrownBy(() -> LtvBasis.retention(t -> 1.5, 1, 0.0, 2).factor())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survival(0) must be in [0, 1]: 1.5");
    }

    @Example
    void matricesAreEqualOnlyWithTheSameDepartmentsMetricsAndCells() {
        ResponsibilityMatrix silos = OrganisationModel.SILOS.matrix();
        ResponsibilityMatrix glue = OrganisationModel.CS_AS_GLUE.matrix();
        assertThat(silos).isEqualTo(OrganisationModel.SILOS.matrix()).isNotEqualTo(glue).isNotEqualTo("silos");
        Department finance = Department.of("finance");
        BusinessMetric dso = BusinessMetric.of("days sales outstanding");
        ResponsibilityMatrix one = ResponsibilityMatrix.builder().target(finance, dso).build();
        assertThat(one).isNotEqualTo(ResponsibilityMatrix.builder().influence(finance, dso).build())
                .isNotEqualTo(ResponsibilityMatrix.builder().target(Department.of("legal"), dso).build())
                .isNotEqualTo(ResponsibilityMatrix.builder().target(finance, BusinessMetric.of("NPS")).build());
        assertThat(one).hasToString("ResponsibilityMatrix{1 departments × 1 metrics, 1 misalignments}");
    }

    @Example
    void organisationModelsListTheBuiltInMetricsInOrderAndGlueKeepsTheSilosTargets() {
        for (OrganisationModel model : OrganisationModel.values()) {
            assertThat(model.matrix().metrics()).containsExactlyElementsOf(BusinessMetric.builtIn());
            assertThat(model.matrix().departments()).containsExactlyElementsOf(Department.builtIn());
        }
        assertThat(BusinessMetric.builtIn()).hasSize(8);
        // CS as glue is the silos plus CS-held targets: sales still holds new ARR.
        assertThat(OrganisationModel.CS_AS_GLUE.matrix().targetHolders(BusinessMetric.NEW_ARR))
                .isEqualTo(OrganisationModel.SILOS.matrix().targetHolders(BusinessMetric.NEW_ARR));
    }

    @Example
    void cellsPrintAndAlignAsTheirFlagsSay() {
        assertThat(new ResponsibilityMatrix.Cell(true, true)).hasToString("TI");
        assertThat(new ResponsibilityMatrix.Cell(true, false)).hasToString("T");
        assertThat(new ResponsibilityMatrix.Cell(false, true)).hasToString("I");
        assertThat(ResponsibilityMatrix.Cell.NONE).hasToString(".");
        assertThat(new ResponsibilityMatrix.Cell(true, true).isAligned()).isTrue();
        assertThat(ResponsibilityMatrix.Cell.NONE.isAligned()).isTrue();
        assertThat(new ResponsibilityMatrix.Cell(true, false).isAligned()).isFalse();
        assertThat(new ResponsibilityMatrix.Cell(false, true).isAligned()).isFalse();
    }

    @Example
    void ltvBasesDescribeThemselvesAndValidateTheirBoundaries() {
        LtvBasis lifetime = LtvBasis.averageLifetime(new BigDecimal("30"));
        assertThat(lifetime.factor()).isEqualTo(30.0);
        assertThat(lifetime).hasToString("LTV (average lifetime 30 months)");
        // One-month periods, surviving with certainty for 3 periods, undiscounted: 3 periods of value.
        LtvBasis monthly = LtvBasis.retention(t -> 1.0, 1, 0.0, 3);
        assertThat(monthly.factor()).isEqualTo(3.0);
        assertThat(monthly).hasToString("LTV (retention model, 3 periods of 1 month, discount 0.0 per period)");
        assertThat(LtvBasis.retention(t -> 1.0, 3, 0.0, 2)).hasToString(
                "LTV (retention model, 2 periods of 3 months, discount 0.0 per period)");
        assertThatThrownBy(() -> LtvBasis.retention(t -> 1.0, 0, 0.0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthsPerPeriod must be positive: 0");
        assertThatThrownBy(() -> LtvBasis.retention(t -> 1.0, 1, 0.0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon must be positive: 0");
    }

    @Example
    void multipliersPrintEveryLevelAndOfIsPerStream() {
        assertThat(MULTIPLIERS).hasToString("Multipliers{CS-sourced new ARR=1, renewal ARR=0.25, upsell/cross-sell ARR/LED=0.5, "
                + "upsell/cross-sell ARR/ASSISTED=0.125, default=0.1}");
        Multipliers perStream = Multipliers.of(java.util.Map.of(RevenueStream.RENEWAL, new BigDecimal("0.50")));
        assertThat(perStream.byStream()).containsEntry(RevenueStream.RENEWAL, new BigDecimal("0.5"));
        assertThat(perStream.defaultMultiplier()).isEmpty();
        assertThat(MULTIPLIERS.defaultMultiplier()).contains(new BigDecimal("0.1"));
        assertThat(RevenueStream.builtIn()).containsExactly(RevenueStream.CS_SOURCED_NEW, RevenueStream.RENEWAL,
                RevenueStream.UPSELL);
        assertThat(RevenueStream.RENEWAL.name()).isEqualTo("renewal ARR");
        assertThat(RevenueStream.RENEWAL).isNotEqualTo(RevenueStream.UPSELL).isNotEqualTo("renewal ARR");
    }
}
