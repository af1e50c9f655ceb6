package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchModelTest {

    private static final Money USD_100K = Money.of("100000", "USD");
    private static final Money USD_20K = Money.of("20000", "USD");

    @Test
    void byThresholds() {
        // DESIGN.md: the seeds' touch model, LTV tiers → high / low / tech touch.
        TouchModel m = TouchModel.byThresholds(USD_100K, USD_20K);
        assertThat(m.tierOf(Money.of("50000", "USD"))).isEqualTo(TouchTier.LOW_TOUCH);
        assertThat(m.tierOf(USD_100K)).isEqualTo(TouchTier.HIGH_TOUCH);
        assertThat(m.tierOf(Money.of("19999.99", "USD"))).isEqualTo(TouchTier.TECH_TOUCH);
    }

    @Test
    void byQuantiles() {
        List<Money> ltvs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ltvs.add(Money.of(String.valueOf(i * 10), "USD"));
        }
        TouchModel m = TouchModel.byQuantiles(ltvs, 0.1, 0.3);
        assertThat(m.highTouchFrom().isEqual(Money.of("100", "USD"))).isTrue();
        assertThat(m.lowTouchFrom().isEqual(Money.of("70", "USD"))).isTrue();
        assertThat(ltvs.stream().map(m::tierOf).filter(t -> t == TouchTier.TECH_TOUCH).count()).isEqualTo(6);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> TouchModel.byThresholds(USD_20K, USD_100K)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds highTouchFrom");
        assertThatThrownBy(() -> TouchModel.byThresholds(USD_100K, Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> TouchModel.byQuantiles(List.of(USD_20K), 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highShare");
        assertThatThrownBy(() -> TouchModel.byQuantiles(List.of(USD_20K), 0.6, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowShare");
        assertThatThrownBy(() -> TouchModel.byQuantiles(List.of(), 0.1, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
