package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HealthRollupTest {

    private static final Money USD_3000 = Money.of("3000", "USD");
    private static final Money USD_1000 = Money.of("1000", "USD");

    @Test
    void mrrWeightedMean() {
        HealthRollup r = HealthRollup.create();
        r.accept(new HealthRollup.Child("a", 80, USD_3000));
        r.accept(new HealthRollup.Child("b", 40, USD_1000));
        r.accept(new HealthRollup.Child("c", 0, Money.of("0", "USD")));
        assertThat(r.value()).isEqualTo(70);
        assertThat(r.children()).isEqualTo(3);
        assertThat(r.totalMrr().isEqual(Money.of("4000", "USD"))).isTrue();
    }

    @Test
    void allPathsAgree() {
        SplittableRandom random = new SplittableRandom(3);
        List<HealthRollup.Child> children = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            children.add(new HealthRollup.Child("c" + i, random.nextDouble() * 100, Money.ofMinor(random.nextInt(500_000),
                    java.util.Currency.getInstance("USD"))));
        }
        children.add(new HealthRollup.Child("big", 12.5, USD_3000));
        AccumulatorChecks.assertAllPathsAgree(children, HealthRollup::create, HealthRollup::value);
        assertThat(children.stream().collect(HealthRollup.collector())).isBetween(0.0, 100.0);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> HealthRollup.create().value()).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("total MRR zero");
        HealthRollup r = HealthRollup.create();
        r.accept(new HealthRollup.Child("a", 80, USD_3000));
        assertThatThrownBy(() -> r.accept(new HealthRollup.Child("b", 80, Money.of("1", "EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(r.children()).isEqualTo(1);
        assertThatThrownBy(() -> new HealthRollup.Child("a", 101, USD_1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..100: 101");
        assertThatThrownBy(() -> new HealthRollup.Child("a", 1, USD_1000.negated()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
