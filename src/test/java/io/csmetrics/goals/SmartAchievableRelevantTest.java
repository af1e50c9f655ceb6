package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Money;
import io.csmetrics.goals.Achievability.Basis;
import io.csmetrics.goals.Achievability.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** SMART's Achievable and Relevant, and KPI node owners (issue 18). */
class SmartAchievableRelevantTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 3, 1);

    private static SmartTarget target(String metric, String baseline, String target) {
        return SmartTarget.of(metric, new BigDecimal(baseline), new BigDecimal(target), START, END);
    }

    @Test
    void achievableJavadocExamples() {
        Achievability a = Achievability.assess(target("MRR", "100000", "121000"), Basis.RELATIVE, 2,
                new double[] {0.02, 0.04, 0.05, 0.08, 0.09, 0.12, 0.15, 0.20});
        assertThat(a.requiredRate()).isCloseTo(0.10, within(1e-12));
        assertThat(a.percentile()).isEqualTo(0.625);
        assertThat(a.verdict()).isEqualTo(Verdict.STRETCH);
        Achievability abs = Achievability.assess(target("MRR", "100", "120"), Basis.ABSOLUTE, 2,
                new double[] {20, 5, 15, 10});
        assertThat(abs.requiredRate()).isEqualTo(10);
        assertThat(abs.percentile()).isEqualTo(0.375);
        assertThat(abs.verdict()).isEqualTo(Verdict.ACHIEVABLE);
        assertThat(abs.verdict(0.2, 0.3)).isEqualTo(Verdict.UNREALISTIC);
    }

    @Test
    void downwardTargetsCountLowerRatesAsBetter() {
        // Churn from 5 % to 4 % in 2 periods: −0.5 points a period; past changes −1, −0.2, 0.1, 0.3:
        // only −1 is at least as good, so 3 of 4 periods are worse: percentile 0.75.
        Achievability a = Achievability.assess(target("churn", "5", "4"), Basis.ABSOLUTE, 2,
                new double[] {-1, -0.2, 0.1, 0.3});
        assertThat(a.requiredRate()).isEqualTo(-0.5);
        assertThat(a.percentile()).isEqualTo(0.75);
        assertThat(a.verdict()).isEqualTo(Verdict.STRETCH);
    }

    @Test
    void achievableBadInput() {
        SmartTarget t = target("MRR", "100", "120");
        assertThatThrownBy(() -> Achievability.assess(t, Basis.RELATIVE, 2, new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("historicalRates must not be empty");
        assertThatThrownBy(() -> Achievability.assess(t, Basis.RELATIVE, 0, new double[] {1}))
                .hasMessage("periods must be positive and finite: 0.0");
        assertThatThrownBy(() -> Achievability.assess(t, Basis.RELATIVE, 2, new double[] {1, Double.NaN}))
                .hasMessage("historicalRates[1] must be finite: NaN");
        assertThatThrownBy(() -> Achievability.assess(target("x", "0", "5"), Basis.RELATIVE, 2, new double[] {1}))
                .hasMessage("a relative rate needs a positive baseline and target: baseline 0, target 5");
        Achievability a = Achievability.assess(t, Basis.ABSOLUTE, 2, new double[] {1});
        assertThatThrownBy(() -> a.verdict(0.9, 0.5)).hasMessageStartingWith("thresholds must satisfy");
    }

    @Property(tries = 200)
    void percentileWithinBoundsAndMonotoneInTheTarget(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -50,
            max = 50) Double> history, @ForAll @DoubleRange(min = 101, max = 200) double t1,
            @ForAll @DoubleRange(min = 0, max = 100) double more) {
        double[] h = history.stream().mapToDouble(Double::doubleValue).toArray();
        Achievability a = Achievability.assess(target("m", "100", BigDecimal.valueOf(t1).toPlainString()),
                Basis.ABSOLUTE, 3, h);
        Achievability harder = Achievability.assess(target("m", "100", BigDecimal.valueOf(t1 + more)
                .toPlainString()), Basis.ABSOLUTE, 3, h);
        assertThat(a.percentile()).isBetween(0.0, 1.0);
        assertThat(harder.percentile()).isGreaterThanOrEqualTo(a.percentile());
    }

    @Test
    void relevantThroughTheTreeWithOwners() {
        KpiTree tree = KpiTree.operatingProfit(100, Money.of("50", "USD"));
        Relevance r = Relevance.of(target("customers", "100", "120"), tree);
        assertThat(r.isRelevant()).isTrue();
        assertThat(r.path()).containsExactly("operating profit", "customers");
        assertThat(r.depth()).contains(1);
        assertThat(r.owner()).isEmpty();
        Relevance no = Relevance.of(target("office plants", "1", "2"), tree);
        assertThat(no.isRelevant()).isFalse();
        assertThat(no.depth()).isEmpty();
        assertThat(no).hasToString("Relevance{office plants is not in the tree of operating profit}");

        KpiOwners owners = KpiOwners.of(tree, Map.of("customers", "customer success", "unit price", "product"));
        Relevance owned = Relevance.of(target("customers", "100", "120"), owners);
        assertThat(owned.owner()).contains("customer success");
        assertThat(owned).hasToString(
                "Relevance{customers drives operating profit via customers ← operating profit, owned by customer success}");
        assertThat(Relevance.of(target("operating profit", "1", "2"), owners).depth()).contains(0);
        assertThat(owners.owner("operating profit")).isEqualTo(Optional.empty());
        assertThat(owners.unowned()).containsExactly("operating profit");
        assertThat(owners.ownedBy("product")).containsExactly("unit price");
        assertThat(owners.checkDepartments(List.of("customer success", "product", "sales"))).isSameAs(owners);
        assertThatThrownBy(() -> owners.checkDepartments(List.of("sales")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("owners [customer success, product] are not departments of the matrix [sales]");
    }

    @Test
    void ownersBadInput() {
        KpiTree tree = KpiTree.mrr(10, Money.of("5", "USD"));
        assertThatThrownBy(() -> KpiOwners.of(tree, Map.of("seats", "sales")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 'seats' is not in the tree [MRR, customers, monthly fee]");
        assertThatThrownBy(() -> KpiOwners.of(tree, Map.of("customers", " ")))
                .hasMessage("department of node 'customers' must not be blank");
        KpiOwners o = KpiOwners.of(tree, Map.of());
        assertThatThrownBy(() -> o.owner("x")).hasMessageStartingWith("node 'x' is not in the tree");
    }
}
