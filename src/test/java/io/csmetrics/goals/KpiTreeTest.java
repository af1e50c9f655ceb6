package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTreeTest {

    private static final Money UNIT_PRICE = Money.of("100000", "JPY");
    private static final Money FEE = Money.of("50", "USD");

    /** profit = revenue − cost; revenue = customers × price; cost = fixed + customers × variable. */
    private static KpiTree profitTree() {
        return KpiTree.builder("profit")
                .difference("profit", "revenue", "cost")
                .product("revenue", "customers", "price")
                .sum("cost", "fixed cost", "variable cost")
                .product("variable cost", "customers", "cost per customer")
                .leaf("customers", KpiValue.count(200))
                .leaf("price", KpiValue.money(Money.of("100", "USD")))
                .leaf("fixed cost", KpiValue.money(Money.of("5000", "USD")))
                .leaf("cost per customer", KpiValue.money(Money.of("30", "USD")))
                .build();
    }

    @Test
    void seedsOperatingProfitIsCustomersTimesUnitPrice() {
        // DESIGN.md, "KPI tree": operating profit = customers × unit price; 24 × JPY 100,000 = JPY 2,400,000
        KpiTree tree = KpiTree.operatingProfit(24, UNIT_PRICE);
        assertThat(tree.evaluate().goal()).isEqualTo(KpiValue.money(Money.of("2400000", "JPY")));
        assertThat(tree.leaves()).containsExactly("customers", "unit price");
        assertThat(tree.toString()).isEqualTo("operating profit = customers × unit price\n  customers = 24\n"
                + "  unit price = JPY 100000");
    }

    @Test
    void seedsMrrIsCustomersTimesMonthlyFee() {
        // DESIGN.md, "MRR": customers × monthly fee; 120 × USD 50 = USD 6,000
        KpiTree tree = KpiTree.mrr(120, FEE);
        assertThat(tree.evaluate().goal().toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.of("6000.00", "USD"));
        assertThat(tree.operation("MRR")).contains(Operation.PRODUCT);
        assertThat(tree.drivers("MRR")).containsExactly("customers", "monthly fee");
    }

    @Test
    void evaluatesDifferencesSumsAndRatiosExactly() {
        KpiTree tree = profitTree();
        KpiEvaluation e = tree.evaluate();
        // revenue 200 × 100 = 20,000; cost 5,000 + 200 × 30 = 11,000; profit 9,000
        assertThat(e.value("revenue")).isEqualTo(KpiValue.money(Money.of("20000", "USD")));
        assertThat(e.value("cost")).isEqualTo(KpiValue.money(Money.of("11000", "USD")));
        assertThat(e.goal()).isEqualTo(KpiValue.money(Money.of("9000", "USD")));
        assertThat(e.values().keySet()).containsExactly("profit", "revenue", "customers", "price", "cost",
                "fixed cost", "variable cost", "cost per customer");
        // ARPA = USD 1,000 / 3 customers = exactly 1000/3
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(Money.of("1000", "USD"))).leaf("customers", KpiValue.count(3)).build();
        assertThat(arpa.evaluate().goal().toRatio()).isEqualTo(Ratio.of(1000, 3));
        assertThat(arpa.evaluate().goal()).hasToString("USD 1000/3");
        assertThat(arpa.evaluate().goal().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("333.33", "USD"));
    }

    @Test
    void whatIfShowsEveryNodeChange() {
        WhatIf w = profitTree().whatIf("customers", Change.byPercent("10"));
        // customers 200 → 220: revenue 22,000, variable cost 6,600, cost 11,600, profit 10,400
        assertThat(w.goal().after()).isEqualTo(KpiValue.money(Money.of("10400", "USD")));
        assertThat(w.changed()).extracting(NodeChange::node).containsExactly("profit", "revenue", "customers", "cost",
                "variable cost");
        assertThat(w.goal().relative().isEquivalent(Ratio.of(1400, 9000))).isTrue();
        WhatIf to = profitTree().whatIf("price", Change.to(KpiValue.money(Money.of("90", "USD"))));
        // revenue 18,000, profit 7,000
        assertThat(to.goal().delta()).isEqualTo(KpiValue.money(Money.of("-2000", "USD")));
    }

    @Test
    void elasticitiesRankTheLeaves() {
        List<Elasticity> e = profitTree().elasticities();
        // +1 % price: +200 profit of 9,000 = 2.22 %; +1 % customers: +200 − 60 = +140 → 1.56 %;
        // +1 % cost per customer: −60 → −0.67 %; +1 % fixed cost: −50 → −0.56 %
        assertThat(e).extracting(Elasticity::leaf).containsExactly("price", "customers", "cost per customer",
                "fixed cost");
        assertThat(e.get(0).value().isEquivalent(Ratio.of(200, 90))).isTrue();
        assertThat(e.get(1).value().isEquivalent(Ratio.of(140, 90))).isTrue();
        // a product's factor has elasticity exactly 1
        assertThat(KpiTree.mrr(120, FEE).elasticities()).allMatch(x -> x.value().isEquivalent(Ratio.ONE));
    }

    @Test
    void backSolvesLinearLeavesExactly() {
        // customers needed for a profit of 12,000: 12,000 = 200 × 100 − ... → 70 x − 5,000 = 12,000 → x = 17,000 / 70
        BackSolve b = profitTree().backSolve("customers", KpiValue.money(Money.of("12000", "USD")));
        assertThat(b.method()).isEqualTo(BackSolve.Method.EXACT_LINEAR);
        assertThat(b.required().toRatio()).isEqualTo(Ratio.of(1700, 7));
        assertThat(b.achieved()).isEqualTo(b.target());
        assertThat(b.tolerance()).isZero();
    }

    @Test
    void backSolvesNonLinearLeavesWithinTheStatedTolerance() {
        // ARPA = MRR / customers: customers for an ARPA of 40 = 1,000 / 40 = 25 (non-linear in customers)
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(Money.of("1000", "USD"))).leaf("customers", KpiValue.count(20)).build();
        BackSolve b = arpa.backSolve("customers", KpiValue.money(Money.of("40", "USD")));
        assertThat(b.method()).isEqualTo(BackSolve.Method.NUMERIC);
        assertThat(b.required().toDouble()).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Math.abs(b.achieved().toDouble() - 40)).isLessThanOrEqualTo(KpiTree.NUMERIC_TOLERANCE * 40);
        // area = side × side: side for 2 = √2
        KpiTree square = KpiTree.builder("area").product("area", "side", "side").leaf("side", KpiValue.count(1)).build();
        assertThat(square.backSolve("side", KpiValue.count(2)).required().toDouble())
                .isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> square.backSolve("side", KpiValue.count(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value of leaf 'side'");
    }

    @Test
    void rejectsCyclesMissingLeavesAndBadUnits() {
        assertThatThrownBy(() -> KpiTree.builder("a").sum("a", "b", "c").sum("b", "a").leaf("c", KpiValue.count(1))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle: a → b → a");
        assertThatThrownBy(() -> KpiTree.builder("MRR").product("MRR", "customers", "fee")
                .leaf("customers", KpiValue.count(1)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node 'fee' (a driver of 'MRR') is not defined");
        assertThatThrownBy(() -> KpiTree.builder("g").leaf("x", KpiValue.count(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal 'g' is not defined");
        assertThatThrownBy(() -> KpiTree.builder("g").leaf("g", KpiValue.count(1)).leaf("x", KpiValue.count(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not reachable from goal 'g': [x]");
        assertThatThrownBy(() -> KpiTree.builder("g").product("g", "a", "b").leaf("a", KpiValue.money(FEE))
                .leaf("b", KpiValue.money(FEE)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplies money by money");
        assertThatThrownBy(() -> KpiTree.builder("g").sum("g", "a", "b").leaf("a", KpiValue.money(FEE))
                .leaf("b", KpiValue.count(1)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adds or subtracts money and a plain number");
        assertThatThrownBy(() -> KpiTree.builder("g").sum("g", "a", "b").leaf("a", KpiValue.money(FEE))
                .leaf("b", KpiValue.money(UNIT_PRICE)).build()).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> KpiTree.builder("g").ratio("g", "a", "b").leaf("a", KpiValue.count(1))
                .leaf("b", KpiValue.money(FEE)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("divides a plain number by money");
        assertThatThrownBy(() -> KpiTree.builder("g").node("g", Operation.DIFFERENCE, "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs exactly 2 drivers, got 1");
        assertThatThrownBy(() -> KpiTree.builder("g").leaf("a", KpiValue.count(1)).leaf("a", KpiValue.count(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' is already defined");
    }

    @Test
    void rejectsBadQueries() {
        KpiTree tree = profitTree();
        assertThatThrownBy(() -> tree.whatIf("revenue", Change.byPercent("5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'revenue' is not a leaf");
        assertThatThrownBy(() -> tree.whatIf("nope", Change.byPercent("5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no node 'nope'");
        assertThatThrownBy(() -> tree.whatIf("customers", Change.to(KpiValue.money(FEE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the leaf's unit");
        assertThatThrownBy(() -> tree.backSolve("customers", KpiValue.count(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the goal's unit");
        KpiTree zero = KpiTree.mrr(0, FEE);
        assertThatThrownBy(() -> zero.backSolve("monthly fee", KpiValue.money(FEE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not move with leaf");
        KpiTree arpa = KpiTree.builder("ARPA").ratio("ARPA", "MRR", "customers")
                .leaf("MRR", KpiValue.money(FEE)).leaf("customers", KpiValue.count(0)).build();
        assertThatThrownBy(arpa::evaluate).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("divisor 'customers' is zero");
        assertThatThrownBy(() -> Change.byPercent("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent is not a decimal number");
        assertThatThrownBy(() -> KpiValue.number(new BigDecimal("1")).toMoney(RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is a number, not money");
    }
}
