package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class KpiTreeProperties {

    /** profit = customers × price − (fixed + customers × cost per customer); ARPA-like ratio on top. */
    @Provide
    Arbitrary<KpiTree> trees() {
        return Combinators.combine(Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.longs().between(0, 10_000_000), Arbitraries.longs().between(0, 1_000_000))
                .as((customers, price, fixed, unitCost) -> KpiTree.builder("margin")
                        .ratio("margin", "profit", "revenue")
                        .difference("profit", "revenue", "cost")
                        .product("revenue", "customers", "price")
                        .sum("cost", "fixed cost", "variable cost")
                        .product("variable cost", "customers", "cost per customer")
                        .leaf("customers", KpiValue.count(customers))
                        .leaf("price", KpiValue.money(Money.ofMinor(price, java.util.Currency.getInstance("USD"))))
                        .leaf("fixed cost", KpiValue.money(Money.ofMinor(fixed, java.util.Currency.getInstance("USD"))))
                        .leaf("cost per customer",
                                KpiValue.money(Money.ofMinor(unitCost, java.util.Currency.getInstance("USD"))))
                        .build());
    }

    @Property
    void whatIfOfZeroPercentChangesNothing(@ForAll("trees") KpiTree tree, @ForAll @IntRange(min = 0, max = 3) int leaf) {
        WhatIf w = tree.whatIf(tree.leaves().get(leaf), Change.byPercent(BigDecimal.ZERO));
        assertThat(w.changed()).isEmpty();
        assertThat(w.after()).isEqualTo(w.before());
    }

    @Property
    void backSolvingALinearLeafHitsTheTargetExactly(@ForAll("trees") KpiTree tree,
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long targetCents) {
        KpiTree profit = KpiTree.builder("profit").difference("profit", "revenue", "cost")
                .product("revenue", "customers", "price").sum("cost", "fixed cost", "variable cost")
                .product("variable cost", "customers", "cost per customer")
                .leaf("customers", tree.leafValue("customers")).leaf("price", tree.leafValue("price"))
                .leaf("fixed cost", tree.leafValue("fixed cost"))
                .leaf("cost per customer", tree.leafValue("cost per customer")).build();
        KpiValue target = KpiValue.money(Money.ofMinor(targetCents, java.util.Currency.getInstance("USD")));
        BackSolve b = profit.backSolve("fixed cost", target);
        assertThat(b.method()).isEqualTo(BackSolve.Method.EXACT_LINEAR);
        assertThat(profit.withLeaf("fixed cost", b.required()).evaluate().goal()).isEqualTo(target);
    }

    @Property
    void backSolvingANonLinearLeafHitsTheTargetWithinTolerance(@ForAll @LongRange(min = 1, max = 1_000_000) long mrr,
            @ForAll @LongRange(min = 1, max = 10_000) long customers, @ForAll @IntRange(min = 1, max = 400) int percent) {
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.count(mrr)).leaf("customers", KpiValue.count(customers)).build();
        double t = (double) mrr / customers * percent / 100;
        KpiValue target = KpiValue.number(BigDecimal.valueOf(t));
        BackSolve b = arpa.backSolve("customers", target);
        double achieved = arpa.withLeaf("customers", b.required()).evaluate().goal().toDouble();
        assertThat(Math.abs(achieved - t)).isLessThanOrEqualTo(KpiTree.NUMERIC_TOLERANCE * Math.max(1, t));
    }

    @Property
    void productFactorsHaveElasticityOne(@ForAll @LongRange(min = 1, max = 1_000_000) long customers,
            @ForAll @LongRange(min = 1, max = 1_000_000) long feeCents) {
        KpiTree tree = KpiTree.mrr(customers, Money.ofMinor(feeCents, java.util.Currency.getInstance("USD")));
        assertThat(tree.elasticities()).allMatch(e -> e.value().isEquivalent(io.csmetrics.Ratio.ONE));
    }
}
