package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the goals family beyond {@link KpiTreeProperties}: scaling every money leaf by k scales
 * money nodes by k and leaves number nodes and elasticities unchanged, profit is monotone in price and
 * cost, a what-if by p % moves the leaf by exactly p %, SMART-target progress is monotone in the actual,
 * meeting more capabilities never lowers the maturity level, numbers survive {@code number(toString())},
 * and trees, values, targets and models survive serialisation.
 */
class GoalsInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    private static final SmartTarget MRR = SmartTarget.of("MRR", BigDecimal.valueOf(100_000),
            BigDecimal.valueOf(130_000), START, DEADLINE);

    /** margin = (customers × price − (fixed + customers × unit cost)) / (customers × price). */
    private static KpiTree margin(long customers, long priceCents, long fixedCents, long unitCostCents) {
        return KpiTree.builder("margin").ratio("margin", "profit", "revenue").difference("profit", "revenue", "cost")
                .product("revenue", "customers", "price").sum("cost", "fixed cost", "variable cost")
                .product("variable cost", "customers", "cost per customer")
                .leaf("customers", KpiValue.count(customers))
                .leaf("price", KpiValue.money(Money.ofMinor(priceCents, USD)))
                .leaf("fixed cost", KpiValue.money(Money.ofMinor(fixedCents, USD)))
                .leaf("cost per customer", KpiValue.money(Money.ofMinor(unitCostCents, USD))).build();
    }

    @Property
    void scalingEveryMoneyLeafScalesMoneyNodesAndKeepsRatiosAndElasticities(
            @ForAll @LongRange(min = 1, max = 10_000) long customers, @ForAll @LongRange(min = 1, max = 1_000_000) long price,
            @ForAll @LongRange(max = 1_000_000) long fixed, @ForAll @LongRange(max = 100_000) long unitCost,
            @ForAll @IntRange(min = 1, max = 1000) int k) {
        KpiTree tree = margin(customers, price, fixed, unitCost);
        KpiTree scaled = margin(customers, price * k, fixed * k, unitCost * k);
        KpiEvaluation a = tree.evaluate();
        KpiEvaluation b = scaled.evaluate();
        for (String node : tree.nodes()) {
            KpiValue before = a.value(node);
            KpiValue after = b.value(node);
            if (before.isMoney()) {
                assertThat(after.toRatio().isEquivalent(before.toRatio().multipliedBy(k))).as(node).isTrue();
            } else {
                assertThat(after).as(node).isEqualTo(before);
            }
        }
        assertThat(scaled.elasticities()).isEqualTo(tree.elasticities());
    }

    @Property
    void profitRisesWithThePriceAndFallsWithTheCost(@ForAll @LongRange(min = 1, max = 10_000) long customers,
            @ForAll @LongRange(min = 1, max = 1_000_000) long price, @ForAll @LongRange(max = 1_000_000) long fixed,
            @ForAll @IntRange(max = 200) int percent) {
        KpiTree tree = margin(customers, price, fixed, 100);
        KpiEvaluation base = tree.evaluate();
        KpiEvaluation dearer = tree.whatIf("price", Change.byPercent(BigDecimal.valueOf(percent))).after();
        KpiEvaluation costlier = tree.whatIf("fixed cost", Change.byPercent(BigDecimal.valueOf(percent))).after();
        assertThat(dearer.value("profit").compareTo(base.value("profit"))).isGreaterThanOrEqualTo(0);
        assertThat(costlier.value("profit").compareTo(base.value("profit"))).isLessThanOrEqualTo(0);
    }

    @Property
    void aWhatIfByPercentMovesTheLeafByExactlyThatPercent(@ForAll @LongRange(min = 1, max = 1_000_000) long price,
            @ForAll @IntRange(min = -100, max = 300) int percent) {
        KpiTree tree = KpiTree.mrr(40, Money.ofMinor(price, USD));
        WhatIf w = tree.whatIf("monthly fee", Change.byPercent(BigDecimal.valueOf(percent)));
        Ratio expected = tree.leafValue("monthly fee").toRatio().multipliedBy(100 + percent);
        assertThat(w.after().value("monthly fee").toRatio().multipliedBy(100).isEquivalent(expected)).isTrue();
        assertThat(w.goal().after().toRatio().multipliedBy(100)
                .isEquivalent(w.goal().before().toRatio().multipliedBy(100 + percent))).isTrue();
    }

    @Property
    void progressNeverWorsensAsTheActualRises(@ForAll @IntRange(max = 365) int day,
            @ForAll @IntRange(min = 90_000, max = 140_000) int actual, @ForAll @IntRange(max = 5_000) int more) {
        LocalDate asOf = START.plusDays(day);
        TargetProgress low = MRR.progress(asOf, BigDecimal.valueOf(actual));
        TargetProgress high = MRR.progress(asOf, BigDecimal.valueOf(actual + more));
        assertThat(high.achieved().compareTo(low.achieved())).isGreaterThanOrEqualTo(0);
        assertThat(rank(high.status())).isLessThanOrEqualTo(rank(low.status()));
        assertThat(low.elapsed().compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
        assertThat(low.elapsed().compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        assertThat(AccumulatorChecks.roundTrip(low)).isEqualTo(low);
    }

    private static int rank(PaceStatus s) {
        return s == PaceStatus.ACHIEVED ? 0 : s == PaceStatus.ON_TRACK ? 1 : 2;
    }

    @Provide
    Arbitrary<List<String>> capabilityIds() {
        List<String> all = MaturityModel.standard().capabilities().stream().map(Capability::id).toList();
        return Arbitraries.subsetOf(all).map(ArrayList::new);
    }

    @Property
    void meetingMoreCapabilitiesNeverLowersTheLevel(@ForAll("capabilityIds") List<String> met,
            @ForAll("capabilityIds") List<String> extra) {
        MaturityModel model = MaturityModel.standard();
        Set<String> more = new HashSet<>(met);
        more.addAll(extra);
        MaturityAssessment before = model.assess(met);
        MaturityAssessment after = model.assess(more);
        assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
        assertThat(before.met()).extracting(Capability::id).containsExactlyInAnyOrderElementsOf(new HashSet<>(met));
        assertThat(before.missingForNext()).noneMatch(c -> met.contains(c.id()));
        assertThat(AccumulatorChecks.roundTrip(before)).isEqualTo(before);
    }

    @Property
    void numbersReadBackFromTheirText(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long unscaled,
            @ForAll @IntRange(min = -3, max = 8) int scale) {
        KpiValue v = KpiValue.number(BigDecimal.valueOf(unscaled, scale));
        assertThat(KpiValue.number(v.toString())).isEqualTo(v);
        assertThat(v.toBigDecimalExact()).isEqualByComparingTo(BigDecimal.valueOf(unscaled, scale));
        Change c = Change.byPercent(BigDecimal.valueOf(unscaled, scale));
        String text = c.toString();
        assertThat(Change.byPercent(text.substring(0, text.length() - 1))).hasToString(text);
    }

    @Property
    void treesAndValuesSurviveSerialisation(@ForAll @LongRange(min = 1, max = 10_000) long customers,
            @ForAll @LongRange(min = 1, max = 1_000_000) long price, @ForAll @LongRange(max = 1_000_000) long fixed) {
        KpiTree tree = margin(customers, price, fixed, 100);
        KpiTree copy = AccumulatorChecks.roundTrip(tree);
        assertThat(copy.evaluate()).isEqualTo(tree.evaluate()).hasSameHashCodeAs(tree.evaluate());
        assertThat(copy.nodes()).isEqualTo(tree.nodes());
        assertThat(copy.goal()).isEqualTo("margin");
        WhatIf w = tree.whatIf("price", Change.byPercent("10"));
        WhatIf shipped = AccumulatorChecks.roundTrip(w);
        assertThat(shipped).isEqualTo(w).hasSameHashCodeAs(w);
        assertThat(shipped.change()).isEqualTo(Change.byPercent("10.0")).isNotEqualTo(Change.byPercent("11"));
        for (String leaf : tree.leaves()) {
            KpiValue v = tree.leafValue(leaf);
            assertThat(AccumulatorChecks.roundTrip(v)).isEqualTo(v).hasSameHashCodeAs(v);
        }
        MaturityModel model = MaturityModel.standard();
        assertThat(AccumulatorChecks.roundTrip(model)).isEqualTo(model).hasSameHashCodeAs(model);
        assertThat(AccumulatorChecks.roundTrip(MRR)).isEqualTo(MRR);
    }

    @Example
    void evaluationsOfDifferentTreesDifferAndPrintTheirValues() {
        KpiEvaluation a = KpiTree.mrr(10, Money.of("50.00", "USD")).evaluate();
        KpiEvaluation b = KpiTree.mrr(11, Money.of("50.00", "USD")).evaluate();
        assertThat(a).isNotEqualTo(b).isNotEqualTo("MRR");
        assertThat(a).isEqualTo(KpiTree.mrr(10, Money.of("50.00", "USD")).evaluate());
        assertThat(a).hasToString("KpiEvaluation" + a.values());
        assertThat(a.toString()).contains("MRR=USD 500");
    }

    @Example
    void valuesKnowTheirUnitAndExactness() {
        // 1/3 has no terminating decimal: exact conversion refuses, a MathContext rounds.
        KpiValue third = KpiValue.number(Ratio.of(1, 3));
        assertThat(third.isTerminating()).isFalse();
        assertThat(third).hasToString("1/3");
        assertThat(third.toBigDecimal(MathContext.DECIMAL32)).isEqualByComparingTo("0.3333333");
        assertThatThrownBy(third::toBigDecimalExact).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("1/3 is not a terminating decimal");
        KpiValue fee = KpiValue.money(Ratio.of(2501, 20), USD);
        assertThat(fee.isMoney()).isTrue();
        assertThat(fee.currency()).contains(USD);
        assertThat(fee.isTerminating()).isTrue();
        assertThat(fee.toBigDecimalExact()).isEqualByComparingTo("125.05");
        assertThat(KpiValue.number(" 1.50 ")).isEqualTo(KpiValue.number(new BigDecimal("1.5")));
        assertThat(KpiValue.number("1E+3").toBigDecimalExact()).isEqualTo(new BigDecimal("1000"));
        assertThat(KpiValue.number("1.25").toBigDecimalExact()).isEqualTo(new BigDecimal("1.25"));
        assertThat(KpiValue.count(3).isMoney()).isFalse();
        assertThat(KpiValue.count(3).currency()).isEmpty();
        assertThat(KpiValue.count(3).compareTo(KpiValue.count(4))).isNegative();
        assertThat(KpiValue.count(4).compareTo(KpiValue.count(3))).isPositive();
        assertThat(KpiValue.money(Money.of("3", "USD")).compareTo(KpiValue.money(Ratio.of(3, 1), USD))).isZero();
        assertThatThrownBy(() -> KpiValue.count(3).compareTo(fee)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units differ");
    }

    @Example
    void dividingMoneyByACountIsMoneyAndAWrongUnitTargetIsNamed() {
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(Money.of("1000.00", "USD"))).leaf("customers", KpiValue.count(8)).build();
        assertThat(arpa.evaluate().goal()).isEqualTo(KpiValue.money(Money.of("125", "USD")));
        assertThatThrownBy(() -> arpa.backSolve("customers", KpiValue.count(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in the goal's unit (USD)");
        KpiTree perHead = KpiTree.builder("x").ratio("x", "a", "b").leaf("a", KpiValue.count(6))
                .leaf("b", KpiValue.count(3)).build();
        assertThatThrownBy(() -> perHead.backSolve("a", KpiValue.money(Money.of("1", "USD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in the goal's unit (number)");
    }

    @Example
    void changesPrintTheirSignOrTarget() {
        assertThat(Change.byPercent("5")).hasToString("+5%");
        assertThat(Change.byPercent("0")).hasToString("+0%");
        assertThat(Change.byPercent("-2.5")).hasToString("-2.5%");
        assertThat(Change.to(KpiValue.count(12))).hasToString("to 12");
    }

    @Example
    void aBackSolveReportsTheLeafsChange() {
        KpiTree mrr = KpiTree.mrr(10, Money.of("50.00", "USD"));
        BackSolve b = mrr.backSolve("customers", KpiValue.money(Money.of("600.00", "USD")));
        assertThat(b.change()).isEqualTo(new NodeChange("customers", KpiValue.count(10), KpiValue.count(12)));
    }

    @Example
    void backSolvingASquaredLeafStaysOnTheSideOfTheCurrentValue() {
        // goal = x × x + 9. From x = -3 (goal 18) to 25 the nearest solution is x = -4, not +4.
        KpiTree squared = KpiTree.builder("g").sum("g", "sq", "c").product("sq", "x", "x")
                .leaf("x", KpiValue.count(-3)).leaf("c", KpiValue.count(9)).build();
        BackSolve exact = squared.backSolve("x", KpiValue.count(25));
        assertThat(exact.method()).isEqualTo(BackSolve.Method.NUMERIC);
        assertThat(exact.required().toDouble()).isCloseTo(-4, org.assertj.core.api.Assertions.within(1e-9));
        // From x = -3 to 20: x = -√11 = -3.31662…, found by bracketing and Brent's method.
        BackSolve irrational = squared.backSolve("x", KpiValue.count(20));
        assertThat(irrational.required().toDouble()).isCloseTo(-Math.sqrt(11), org.assertj.core.api.Assertions.within(1e-9));
        // From x = 8 (goal 73) down to 25: halving x lands exactly on 4.
        KpiTree fromEight = squared.withLeaf("x", KpiValue.count(8));
        assertThat(fromEight.backSolve("x", KpiValue.count(25)).required()).isEqualTo(KpiValue.count(4));
    }

    @Example
    void fromZeroTheSearchTriesThePositiveSideFirst() {
        // goal = x × x + 9 from x = 0 (goal 9) to 25: both ±4 solve it; the outward search from zero
        // brackets [0, 2^k] before [−2^k, 0], so it lands on +4 exactly.
        KpiTree squared = KpiTree.builder("g").sum("g", "sq", "c").product("sq", "x", "x")
                .leaf("x", KpiValue.count(0)).leaf("c", KpiValue.count(9)).build();
        assertThat(squared.backSolve("x", KpiValue.count(25)).required()).isEqualTo(KpiValue.count(4));
        // From x = 2 to 25 the bracket [2, 4] ends on the root.
        assertThat(squared.withLeaf("x", KpiValue.count(2)).backSolve("x", KpiValue.count(25)).required())
                .isEqualTo(KpiValue.count(4));
    }

    @Example
    void theSearchCrossesZeroAndSkipsPoles() {
        // g = 1 / x from x = 1 (g = 1) to −1: no bracket on the positive side changes sign; the
        // symmetric widening [1 − 2, 1 + 2] reaches x = −1.
        KpiTree reciprocal = KpiTree.builder("g").ratio("g", "one", "x").leaf("one", KpiValue.count(1))
                .leaf("x", KpiValue.count(1)).build();
        BackSolve b = reciprocal.backSolve("x", KpiValue.count(-1));
        assertThat(b.method()).isEqualTo(BackSolve.Method.NUMERIC);
        assertThat(b.required()).isEqualTo(KpiValue.count(-1));
        // g = 1 / (x − 2) from x = 0 (g = −0.5) to 0.5: the bracket [0, 2] ends on the pole and is
        // skipped; [0, 4] ends on the root x = 4.
        KpiTree shifted = KpiTree.builder("g").ratio("g", "one", "d").difference("d", "x", "two")
                .leaf("one", KpiValue.count(1)).leaf("two", KpiValue.count(2)).leaf("x", KpiValue.count(0)).build();
        assertThat(shifted.backSolve("x", KpiValue.number("0.5")).required()).isEqualTo(KpiValue.count(4));
    }

    @Example
    void aLargeTargetIsReachedWithinAToleranceRelativeToIt() {
        // x × x from 3 to 2 × 10^12: x = √2 × 10^6; in doubles the residual is not zero but far below
        // 1e-9 × 2 × 10^12.
        KpiTree squared = KpiTree.builder("g").product("g", "x", "x").leaf("x", KpiValue.count(3)).build();
        BackSolve b = squared.backSolve("x", KpiValue.count(2_000_000_000_000L));
        assertThat(b.required().toDouble()).isCloseTo(Math.sqrt(2e12), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Math.abs(b.achieved().toDouble() - 2e12)).isLessThanOrEqualTo(KpiTree.NUMERIC_TOLERANCE * 2e12);
    }

    @Example
    void affinityFollowsTheStructureOfTheTree() {
        // A numerator leaf with a constant divisor is linear: solved exactly.
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(Money.of("1000.00", "USD"))).leaf("customers", KpiValue.count(8)).build();
        BackSolve mrr = arpa.backSolve("MRR", KpiValue.money(Money.of("150", "USD")));
        assertThat(mrr.method()).isEqualTo(BackSolve.Method.EXACT_LINEAR);
        assertThat(mrr.required()).isEqualTo(KpiValue.money(Money.of("1200", "USD")));
        // k × x² has one dependent factor, but that factor is not affine: solved numerically.
        KpiTree scaledSquare = KpiTree.builder("g").product("g", "k", "sq").product("sq", "x", "x")
                .leaf("k", KpiValue.count(2)).leaf("x", KpiValue.count(3)).build();
        BackSolve x = scaledSquare.backSolve("x", KpiValue.count(32));
        assertThat(x.method()).isEqualTo(BackSolve.Method.NUMERIC);
        assertThat(x.required().toDouble()).isCloseTo(4, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Example
    void moneyDividedByACountIsMoneyAndAddsToMoney() {
        KpiTree tree = KpiTree.builder("total").sum("total", "ARPA", "bonus").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(Money.of("1000.00", "USD"))).leaf("customers", KpiValue.count(8))
                .leaf("bonus", KpiValue.money(Money.of("5", "USD"))).build();
        assertThat(tree.evaluate().goal()).isEqualTo(KpiValue.money(Money.of("130", "USD")));
        assertThat(tree.nodes()).containsExactly("total", "ARPA", "MRR", "customers", "bonus");
        assertThat(KpiTree.mrr(3, Money.of("10", "USD")).nodes()).containsExactly("MRR", "customers", "monthly fee");
    }

    @Example
    void reachingTheTargetExactlyIsAchievedAndExactlyOnPaceIsOnTrack() {
        // 2024-03-14 is day 73 of 365: the linear pace is 100,000 + 30,000 × 73 / 365 = 106,000.
        LocalDate day73 = START.plusDays(73);
        assertThat(MRR.progress(day73, BigDecimal.valueOf(106_000)).status()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(MRR.progress(day73, BigDecimal.valueOf(105_999)).status()).isEqualTo(PaceStatus.BEHIND);
        assertThat(MRR.progress(DEADLINE, BigDecimal.valueOf(130_000)).status()).isEqualTo(PaceStatus.ACHIEVED);
    }

    @Example
    void customModelsSortByLevelRejectDuplicatesAndCompareByCapabilities() {
        Capability cadence = new Capability("cadence", MaturityLevel.MANAGED, "regular contact");
        Capability roi = new Capability("roi", MaturityLevel.OPTIMISING, "ROI measured");
        Capability playbooks = new Capability("playbooks", MaturityLevel.DEFINED, "written playbooks");
        MaturityModel model = MaturityModel.of(List.of(roi, cadence, playbooks));
        assertThat(model.capabilities()).containsExactly(cadence, playbooks, roi);
        assertThat(model).isEqualTo(MaturityModel.of(List.of(cadence, playbooks, roi)))
                .isNotEqualTo(MaturityModel.of(List.of(cadence))).isNotEqualTo("model");
        assertThat(model).hasToString("MaturityModel{3 capabilities}");
        assertThat(MaturityModel.standard()).isSameAs(MaturityModel.standard());
        assertThat(MaturityModel.standard().capabilities()).isNotEmpty();
        assertThatThrownBy(() -> MaturityModel.of(List.of(cadence, cadence)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate capability id: 'cadence'");
        assertThat(MaturityLevel.INITIAL.number()).isEqualTo(1);
        assertThat(MaturityLevel.OPTIMISING.number()).isEqualTo(5);
    }

    @Example
    void elasticitiesAreOrderedByMagnitudeWhateverTheirSign() {
        // profit = c × p − c × u with c = 1, p = 100, u = 90: profit 10; +1 % of p adds 1 (+10 %), of u
        // subtracts 0.9 (−9 %), of c adds 0.1 (+1 %). By |elasticity|: price, unit cost, customers.
        KpiTree tree = KpiTree.builder("profit").difference("profit", "revenue", "cost")
                .product("revenue", "c", "p").product("cost", "c", "u").leaf("c", KpiValue.count(1))
                .leaf("p", KpiValue.count(100)).leaf("u", KpiValue.count(90)).build();
        assertThat(tree.elasticities()).extracting(Elasticity::leaf).containsExactly("p", "u", "c");
        assertThat(tree.elasticities().get(1).value().isEquivalent(Ratio.of(-9, 1))).isTrue();
    }
}
